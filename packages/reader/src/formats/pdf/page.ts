import type { RawCell } from "../builder.ts";
import type { Box, PageContent, Piece } from "./geometry.ts";
import { cellAt, ruledTables, type RuledTable } from "./lattice.ts";
import { COLUMN_GAP, cutPiece, em, fragments, groupLines, joinLine, joinWrapped, lineBox, lineText, type Fragment, type Line } from "./lines.ts";

/** A block of a page in reading order: a paragraph (lines already joined) or a table. */
export type PageBlock =
  | { readonly kind: "paragraph"; text: string; readonly size: number; readonly x0: number; readonly indentLast: number; box: Box; readonly page: number; endsLine: boolean }
  | { readonly kind: "table"; rows: RawCell[][]; readonly xs: readonly number[]; box: Box; readonly page: number; readonly endsPage: boolean; readonly startsPage: boolean };

/** The first pass over a page: its tables and the lines outside them. */
export interface PageDraft {
  readonly page: PageContent;
  readonly tables: readonly { table: RuledTable; cells: Map<string, Piece[]> }[];
  lines: Line[];
  readonly bodySize: number;
  /** Footnote lines at the bottom of the page (small print under the text). */
  readonly footnotes: Line[];
  /** The footnote markers dropped from the text: their number and where they were printed. */
  readonly markers: readonly FootnoteMarker[];
}

export interface FootnoteMarker { readonly label: string; readonly x: number; readonly y: number }

/** Pieces ≤ this share of the body size that are only digits or a star are footnote markers. */
const MARKER_SCALE = 0.75;

export function draftPage(page: PageContent): PageDraft {
  const tables = ruledTables(page.hRules, page.vRules).map((table) => ({ table, cells: new Map<string, Piece[]>() }));
  const bodySize = dominant(page.pieces);
  const free: Piece[] = [];
  const markers: FootnoteMarker[] = [];
  const queue = [...page.pieces];
  for (let q = 0; q < queue.length; q++) {
    const p = queue[q]!;
    if (p.size <= bodySize * MARKER_SCALE && /^\s*[\d*]{1,3}\s*$/.test(p.str)) {
      markers.push({ label: p.str.trim(), x: p.x + p.width / 2, y: p.y });
      continue;
    }
    const mx = p.x + Math.min(p.width, p.size) / 2;
    const my = p.y + p.size * 0.3;
    const t = tables.find(({ table: { box } }) => mx >= box[0] && mx <= box[2] && my >= box[1] && my <= box[3]);
    const cell = t ? cellAt(t.table, mx, my) : null;
    if (t && cell) {
      // Text running over the cell's right border belongs to the next cell: cut it there.
      if (p.x + p.width > cell.box[2] + 2) {
        const parts = cutPiece(p, cell.box[2]);
        if (parts) { queue.push(parts[1]); addTo(t.cells, cell, parts[0]); continue; }
      }
      addTo(t.cells, cell, p);
    } else free.push(p);
  }
  return { page, tables, lines: groupLines(free), bodySize, footnotes: [], markers };
}

/** Footnotes: small print below every line of body size and below every table (running lines already gone). */
export function takeFootnotes(draft: PageDraft): void {
  const { bodySize, page } = draft;
  const lowestBody = Math.min(...draft.lines.filter((l) => l.size > bodySize * 0.85).map((l) => l.y), ...draft.tables.map((t) => t.table.box[1]), Infinity);
  const notes = draft.lines.filter((l) => l.size <= bodySize * 0.85 && l.y < lowestBody && l.y < page.height * 0.3);
  if (notes.length === 0) return;
  draft.footnotes.push(...notes);
  draft.lines = draft.lines.filter((l) => !notes.includes(l));
}

function addTo(cells: Map<string, Piece[]>, cell: { row: number; col: number }, p: Piece): void {
  const key = `${cell.row}:${cell.col}`;
  const list = cells.get(key);
  if (list) list.push(p);
  else cells.set(key, [p]);
}

function dominant(pieces: readonly Piece[]): number {
  const weights = new Map<number, number>();
  for (const p of pieces) weights.set(Math.round(p.size), (weights.get(Math.round(p.size)) ?? 0) + p.str.length);
  let best = 10, w = -1;
  for (const [s, n] of weights) if (n > w) { best = s; w = n; }
  return best;
}

/** The text column of pages of one size, from the lines and tables of all of them: where full lines start and end. */
export interface TextColumn { readonly left: number; readonly right: number }

export function textColumn(drafts: readonly PageDraft[]): TextColumn {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const d of drafts) {
    for (const l of d.lines) { const b = lineBox(l); starts.push(b[0]); ends.push(b[2]); }
    for (const t of d.tables) { starts.push(t.table.box[0]); ends.push(t.table.box[2]); }
  }
  return { left: percentile(starts, 0.1), right: percentile(ends, 0.9) };
}

/** The second pass: the page's lines (running headers already removed) and tables → blocks in reading order. */
export function layoutPage(draft: PageDraft, column: TextColumn): PageBlock[] {
  const { page } = draft;
  const blocks: { top: number; blocks: PageBlock[] }[] = [];
  for (const { table, cells } of draft.tables) {
    const rows: RawCell[][] = table.rows.map((row) => row.map((cell) => {
      const pieces = cells.get(`${cell.row}:${cell.col}`) ?? [];
      const text = joinWrapped(groupLines(pieces).map(lineText).filter((t) => t !== ""));
      return { text, colSpan: cell.colSpan, rowSpan: cell.rowSpan, source: { page: page.number, box: cell.box } };
    }));
    const lastLine = Math.min(...draft.lines.map((l) => l.y), Infinity);
    const firstLine = Math.max(...draft.lines.map((l) => l.y), -Infinity);
    blocks.push({
      top: table.box[3],
      blocks: [{ kind: "table", rows, xs: table.xs, box: table.box, page: page.number, endsPage: lastLine > table.box[1], startsPage: firstLine < table.box[3] }],
    });
  }
  // Lines between tables are read in runs, each run top to bottom.
  const runs: Line[][] = [];
  let run: Line[] = [];
  const tableTops = draft.tables.map((t) => t.table.box).sort((a, b) => b[3] - a[3]);
  for (const line of draft.lines) {
    const prev = run[run.length - 1];
    if (prev && tableTops.some((b) => b[3] <= prev.y && b[1] >= line.y)) { runs.push(run); run = []; }
    run.push(line);
  }
  if (run.length > 0) runs.push(run);
  for (const r of runs) blocks.push({ top: r[0]!.y, blocks: readRun(r, page, column) });
  return blocks.sort((a, b) => b.top - a.top).flatMap((b) => b.blocks);
}

/**
 * A run of lines → blocks. Stretches where every line leaves the same vertical gutter(s) free are
 * laid out side by side: a long stretch of two wide columns is a two-column page (read the left
 * column, then the right); anything else (the letterhead, a table without borders) is a table whose
 * columns are the gutters.
 */
function readRun(lines: readonly Line[], page: PageContent, { left, right }: TextColumn): PageBlock[] {
  const out: PageBlock[] = [];
  const frags = lines.map((l) => hangMarker(fragments(l, COLUMN_GAP)));
  let single: Line[] = [];
  const flushSingle = () => { if (single.length) out.push(...paragraphs(single, left, right, page)); single = []; };
  for (let i = 0; i < lines.length;) {
    if (frags[i]!.length < 2) { single.push(lines[i]!); i++; continue; }
    let gutters = gaps(frags[i]!);
    let j = i + 1;
    let multi = 1;
    while (j < lines.length) {
      const next = intersect(gutters, frags[j]!);
      if (next.length === 0) break;
      gutters = next;
      if (frags[j]!.length > 1) multi++;
      j++;
    }
    if (multi < 2) { single.push(lines[i]!); i++; continue; }
    flushSingle();
    let stretch = lines.slice(i, j);
    const width = right - left;
    const cols = columnsOf(stretch, gutters);
    const wide = cols.every((c) => c.x1 - c.x0 >= width * 0.3);
    if (gutters.length === 1 && stretch.length >= 5 && wide) {
      for (const c of cols) out.push(...paragraphs(c.lines, c.x0, c.x1, page));
    } else {
      // A table without borders ends at its last line of several cells; a title under it is not a row.
      let last = j - 1;
      while (last > i && frags[last]!.length < 2) last--;
      stretch = lines.slice(i, last + 1);
      out.push(borderless(stretch, gutters, page));
      j = last + 1;
    }
    i = j;
  }
  flushSingle();
  return out;
}

/** A list marker on its own at the start of a line, the item's text at a tab stop after it ("-", "a)", "1.", "+"). */
const MARKER = /^(?:[-+•*–·▪◦]|[a-zđ]\)|\d{1,2}[.)]|[IVX]{1,5}\.)$/u;

/**
 * A list item with a hanging indent ("-" then its text at a tab stop) is one piece of text, not
 * two cells: a line of two fragments whose first is a bare marker becomes one fragment. A row of a
 * borderless table numbered "1." has more cells than that and stays a row.
 */
function hangMarker(f: Fragment[]): Fragment[] {
  if (f.length !== 2 || !MARKER.test(f[0]!.text)) return f;
  const [marker, text] = f as [Fragment, Fragment];
  return [{ ...marker, text: `${marker.text} ${text.text}`, x1: text.x1 }];
}

/** The free x-intervals between the fragments of a line. */
function gaps(f: readonly Fragment[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < f.length; k++) out.push([f[k - 1]!.x1, f[k]!.x0]);
  return out;
}

/** The gutters that stay free of this line's text. */
function intersect(gutters: readonly [number, number][], f: readonly Fragment[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of gutters) {
    let lo = a, hi = b;
    for (const x of f) {
      if (x.x1 <= lo || x.x0 >= hi) continue;
      // Text inside the gutter narrows it from the side it is nearer to.
      if (x.x0 <= lo && x.x1 >= hi) { lo = hi; break; }
      if ((x.x0 + x.x1) / 2 < (lo + hi) / 2) lo = Math.max(lo, x.x1);
      else hi = Math.min(hi, x.x0);
    }
    if (hi - lo >= 4) out.push([lo, hi]);
  }
  return out;
}

/** Lines split at the gutters: each column's lines and extent, and for each line its part in each column. */
function columnsOf(lines: readonly Line[], gutters: readonly [number, number][]): { x0: number; x1: number; lines: Line[] }[] & { byLine: (Line | undefined)[][] } {
  const edges = gutters.map(([a, b]) => (a + b) / 2);
  const cols = Array.from({ length: edges.length + 1 }, () => ({ x0: Infinity, x1: -Infinity, lines: [] as Line[] }));
  const byLine: (Line | undefined)[][] = [];
  for (const line of lines) {
    const parts: Line[] = cols.map(() => ({ y: line.y, size: line.size, pieces: [] }));
    for (const p of line.pieces) {
      let k = 0;
      while (k < edges.length && p.x + Math.min(p.width, p.size) / 2 > edges[k]!) k++;
      parts[k]!.pieces.push(p);
    }
    byLine.push(parts.map((part, k) => {
      if (part.pieces.length === 0 || lineText(part) === "") return undefined;
      const col = cols[k]!;
      const box = lineBox(part);
      col.x0 = Math.min(col.x0, box[0]);
      col.x1 = Math.max(col.x1, box[2]);
      col.lines.push(part);
      return part;
    }));
  }
  return Object.assign(cols, { byLine });
}

/**
 * A table without borders, one row per line, except that a line whose first column is empty and
 * which holds no lone number, at the run's usual line pitch, is the wrap of the row above (its text
 * goes on in the same columns); a total row ("Tổng cộng … 1.535") keeps its own row by its amount.
 */
function borderless(lines: readonly Line[], gutters: readonly [number, number][], page: PageContent): PageBlock {
  const cols = columnsOf(lines, gutters);
  const pitches: number[] = [];
  for (let k = 1; k < lines.length; k++) pitches.push(lines[k - 1]!.y - lines[k]!.y);
  const pitch = percentile(pitches, 0.3);
  const rows: RawCell[][] = [];
  lines.forEach((line, k) => {
    const parts = cols.byLine[k]!;
    const texts = parts.map((part) => (part ? lineText(part) : ""));
    const prev = rows[rows.length - 1];
    const wraps = prev && texts[0] === "" && prev[0]!.text !== "" && !texts.some((t) => /^[\d.,%]+$/.test(t))
      && lines[k - 1]!.y - line.y <= pitch * 1.15;
    if (prev && wraps) {
      texts.forEach((t, c) => { if (t !== "") prev[c] = { ...prev[c]!, text: joinWrapped([prev[c]!.text, t].filter((x) => x !== "")) }; });
      return;
    }
    rows.push(parts.map((part, c) => ({ text: texts[c]!, colSpan: 1, rowSpan: 1, ...(part ? { source: { page: page.number, box: lineBox(part) } } : {}) })));
  });
  const top = lines[0]!, bottom = lines[lines.length - 1]!;
  const xs = [Math.min(...cols.map((c) => c.x0)), ...gutters.map(([a, b]) => (a + b) / 2), Math.max(...cols.map((c) => c.x1))];
  return { kind: "table", rows, xs, box: [xs[0]!, bottom.y - bottom.size * 0.25, xs[xs.length - 1]!, top.y + top.size], page: page.number, endsPage: false, startsPage: false };
}

/**
 * Lines of running text → paragraphs. A paragraph ends where the next line is indented (first-line
 * indent), the line is short of the right edge, the vertical gap is wider than the usual line pitch
 * of the run, the font size changes, or the next line opens a list item or a numbered heading after
 * a closed sentence.
 */
function paragraphs(lines: readonly Line[], left: number, right: number, page: PageContent): PageBlock[] {
  const pitches: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const d = lines[k - 1]!.y - lines[k]!.y;
    if (d > 0 && d < lines[k]!.size * 3) pitches.push(d);
  }
  const pitch = percentile(pitches, 0.3) || 1.2 * (lines[0]?.size ?? 12);
  // Justified text: many of its lines end flush with the column's right edge.
  const flush = lines.filter((l) => Math.abs(lineBox(l)[2] - right) < 1).length;
  const justified = flush >= Math.max(2, lines.length * 0.25);
  const out: PageBlock[] = [];
  let cur: { parts: string[]; box: [number, number, number, number]; size: number; x0: number; last: Line; hang: number | undefined } | null = null;
  const close = () => {
    if (!cur) return;
    out.push({ kind: "paragraph", text: cur.parts.reduce(joinLine), size: cur.size, x0: cur.x0, indentLast: cur.last.pieces[0]!.x, box: cur.box, page: page.number, endsLine: lineBox(cur.last)[2] < right - cur.size * 2 });
    cur = null;
  };
  for (const line of lines) {
    const text = lineText(line);
    if (text === "") continue;
    const box = lineBox(line);
    if (cur) {
      const prev = cur.last;
      const prevBox = lineBox(prev);
      const prevText = cur.parts[cur.parts.length - 1]!;
      const centre = (left + right) / 2;
      const centred = (b: Box) => Math.abs((b[0] + b[2]) / 2 - centre) < line.size * 0.6;
      // A centred title that wraps: its first line nearly fills the column, the next is centred
      // under it, in the same font (a body line that happens to fill the column is in another).
      const wrappedTitle = centred(prevBox) && centred(box) && box[0] > left + line.size * 2
        && prevBox[2] - prevBox[0] > (right - left) * 0.75 && prev.pieces[0]?.font === line.pieces[0]?.font;
      // The wrapped lines of a list item with a hanging indent start under its text, not under its marker.
      const hanging = cur.hang !== undefined && Math.abs(box[0] - cur.hang) < line.size * 0.6;
      const indented = box[0] > prevBox[0] + line.size * 0.6 && !wrappedTitle && !hanging;
      // The line before ended its paragraph if this line's first word would have fitted after it
      // (the rule a word processor wraps by; it holds for ragged-right text as for justified text).
      const firstWord = /^\S+/.exec(text)?.[0] ?? "";
      let wordWidth = 0;
      for (const ch of firstWord) wordWidth += em(ch) * line.size;
      const short = prevBox[2] + 0.3 * line.size + wordWidth < right && !wrappedTitle;
      const spaced = prev.y - line.y > pitch * 1.2;
      const resized = Math.abs(prev.size - line.size) > 1;
      const opens = /^(?:[-+•–]\s|[a-zđ]\)|\d{1,2}[.)]\s|[IVX]{1,5}\.\s)/u.test(text) && /[.;:!?]$/.test(prevText);
      // Ragged-right text: a clause closed by ";" or ":" then a capital is the next item of a run
      // of items ("Căn cứ …;" then "Ủy ban nhân dân xã … như sau:") even when the line nearly fills
      // the column. Justified text breaks lines anywhere: there a full line ending in ";" goes on.
      const nextItem = !justified && /[;:]$/.test(prevText) && /^\p{Lu}/u.test(text);
      if (indented || short || spaced || resized || opens || nextItem) close();
    }
    if (!cur) cur = { parts: [text], box: [...box] as [number, number, number, number], size: line.size, x0: box[0], last: line, hang: hangAt(line) };
    else {
      cur.parts.push(text);
      cur.box = [Math.min(cur.box[0], box[0]), Math.min(cur.box[1], box[1]), Math.max(cur.box[2], box[2]), Math.max(cur.box[3], box[3])];
      cur.last = line;
    }
  }
  close();
  return out;
}

/** Where the text of a list item with a hanging indent starts (the fragment after its marker), if the line is one. */
function hangAt(line: Line): number | undefined {
  const f = fragments(line, 1);
  return f.length >= 2 && MARKER.test(f[0]!.text) ? f[1]!.x0 : undefined;
}

function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
