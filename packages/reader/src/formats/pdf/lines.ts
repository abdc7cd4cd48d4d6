import type { Box, Piece } from "./geometry.ts";

/** Pieces on one baseline, left to right. */
export interface Line {
  readonly y: number;
  readonly size: number;
  readonly pieces: Piece[];
}

/** A stretch of a line without a wide gap: a cell of a borderless table, or a column of a two-column page. */
export interface Fragment {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
}

/**
 * Pieces → lines, through a map from baseline bucket to the lines near it, so each piece finds its
 * line in constant time (a page with 160,000 baselines stays linear). A piece joins a line whose
 * baseline is within a third of the font size; superscripts (footnote markers) sit higher than that
 * and are recognised by the caller by their small size.
 */
export function groupLines(pieces: readonly Piece[]): Line[] {
  const BUCKET = 2;
  const map = new Map<number, Line[]>();
  const lines: Line[] = [];
  for (const p of pieces) {
    const key = Math.round(p.y / BUCKET);
    const tolerance = p.size * 0.33;
    let found: Line | undefined;
    const reach = Math.ceil(tolerance / BUCKET);
    for (let k = key - reach; k <= key + reach && !found; k++) {
      for (const l of map.get(k) ?? []) {
        if (Math.abs(l.y - p.y) <= Math.max(tolerance, l.size * 0.33)) { found = l; break; }
      }
    }
    if (found) { found.pieces.push(p); continue; }
    const line: Line = { y: p.y, size: p.size, pieces: [p] };
    lines.push(line);
    const list = map.get(key);
    if (list) list.push(line);
    else map.set(key, [line]);
  }
  for (const l of lines) {
    unweave(l.pieces);
    (l as { size: number }).size = dominantSize(l.pieces);
  }
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * Letters drawn over another run's gap. PDF writers that subset fonts (LibreOffice, for Vietnamese)
 * draw a line in two passes: the letters of the first font with blanks where the others go, then
 * those others ("ạ", "ộ", "ướ") in a second font, each at its place inside the first run. Such a
 * piece goes into the run it lands in, replacing the blanks nearest to its place.
 */
function unweave(pieces: Piece[]): void {
  const chars = new Map<string | undefined, number>();
  for (const p of pieces) if (p.str.trim() !== "") chars.set(p.font, (chars.get(p.font) ?? 0) + p.str.replace(/\s/g, "").length);
  // Blank pieces are the first pass's room for the second pass's letters: exact places, then dropped.
  const slots: Piece[] = [];
  for (let k = pieces.length - 1; k >= 0; k--) {
    if (pieces[k]!.str.trim() !== "") continue;
    slots.push(pieces[k]!);
    pieces.splice(k, 1);
  }
  slots.sort((a, b) => a.x - b.x);
  const advance = advanceOf(pieces);
  let primary: string | undefined;
  let most = -1;
  for (const [f, n] of chars) if (n > most) { primary = f; most = n; }
  // The second pass's runs hold blanks where the first pass's letters are: cut them into their
  // letter groups, each at its estimated place, so they sort among the first pass's letters.
  const spread: Piece[] = [];
  for (const p of pieces) {
    if (p.font === primary || chars.size < 2 || !/\S\s+\S/.test(p.str)) { spread.push(p); continue; }
    spread.push(...spreadRun(p, slots.filter((x) => x.font === primary && x.x >= p.x - 1 && x.x <= p.x + p.width + 1), advance));
  }
  spread.sort((a, b) => a.x - b.x);
  const guests = new Map<number, Piece[]>();
  const kept: Piece[] = [];
  for (const p of spread) {
    const mid = p.x + p.width / 2;
    // The host is an earlier piece of the first pass whose extent holds this piece's middle.
    let host = -1;
    if (p.font !== primary) {
      for (let k = kept.length - 1; k >= Math.max(0, kept.length - 8); k--) {
        const h = kept[k]!;
        if (h.font === primary && mid > h.x && mid < h.x + h.width - 0.3) { host = k; break; }
      }
    }
    if (host < 0) { kept.push(p); continue; }
    const list = guests.get(host);
    if (list) list.push(p);
    else guests.set(host, [p]);
  }
  for (const [k, list] of guests) kept[k] = { ...kept[k]!, str: place(kept[k]!, list, advance) };
  pieces.length = 0;
  pieces.push(...kept);
}

/**
 * A run with blanks → its letter groups. The first starts where the run starts and the last ends
 * where it ends; each other group is put at the first pass's blank (slot) nearest to where its rough
 * width puts it, since that blank is exactly where the writer left room for it.
 */
function spreadRun(p: Piece, slots: readonly Piece[], em: (ch: string) => number): Piece[] {
  const parts = [...p.str.matchAll(/\S+/g)];
  let total = 0;
  for (const ch of p.str) total += em(ch);
  const scale = p.width / Math.max(total, 1e-6);
  const out: Piece[] = [];
  let floor = -Infinity;
  parts.forEach((m, i) => {
    let before = 0;
    for (const ch of p.str.slice(0, m.index)) before += em(ch);
    let w = 0;
    for (const ch of m[0]) w += em(ch);
    const last = i === parts.length - 1;
    let x = i === 0 ? p.x : last ? p.x + p.width - w * p.size : p.x + before * scale;
    let width = w * p.size;
    if (i > 0) {
      let best: Piece | undefined;
      for (const s of slots) if (s.x > floor && Math.abs(s.x - x) <= p.size * 0.6 && (!best || Math.abs(s.x - x) < Math.abs(best.x - x))) best = s;
      // The slot is as wide as the letters, unless it also holds a word space.
      if (best) { x = best.x; if (best.width < width + p.size * 0.2) width = best.width; }
    }
    if (last && i > 0) width = Math.max(0, p.x + p.width - x);
    floor = x + 0.5;
    out.push({ ...p, str: m[0], x, width });
  });
  return out;
}

/**
 * The advance widths to estimate with on this line: a monospaced face (a text file printed as is)
 * has every letter 0.6 em wide, which the serif table gets badly wrong; it shows in runs without
 * blanks whose width is their length times the same advance.
 */
function advanceOf(pieces: readonly Piece[]): (ch: string) => number {
  const ratios = pieces.filter((p) => p.str.length >= 3 && !p.str.includes(" ")).map((p) => p.width / (p.str.length * p.size));
  if (ratios.length >= 2 && ratios.every((r) => Math.abs(r - ratios[0]!) < 0.02)) {
    const mono = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    return () => mono;
  }
  return em;
}

/** Rough advance widths (in em) of a serif text face: enough to tell which blank a letter was drawn over. */
export function em(ch: string): number {
  if (ch === " ") return 0.25;
  // The i's with their tone marks are as narrow as i: taking them for average letters glues words.
  if ("iljtI'.,:;!|ìíỉĩịÌÍỈĨỊ".includes(ch)) return 0.28;
  if ("frs()-/".includes(ch)) return 0.36;
  if (ch === "m" || ch === "M") return 0.82;
  if (ch === "w" || ch === "W") return 0.75;
  if (/\p{Lu}/u.test(ch)) return 0.68;
  return 0.48;
}

/**
 * Puts the guests (letters drawn in the gaps of `host`) into the host's blanks: each guest takes one
 * blank, in order, the one whose estimated position is nearest to where the guest was drawn. The
 * position of a blank depends on how many guests came before it (their blanks are as wide as the
 * guest, not as a space), so the choice is a small dynamic programme over (guest, blank).
 */
function place(host: Piece, guests: readonly Piece[], em: (ch: string) => number): string {
  const s = host.str;
  const blanks: number[] = [];
  const before: number[] = [];
  let acc = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === " ") { blanks.push(i); before.push(acc); }
    acc += em(s[i]!) * host.size;
  }
  const extra = guests.map((g) => g.width - 0.25 * host.size);
  const scale = host.width / Math.max(acc + extra.reduce((a, b) => a + b, 0), 1e-6);
  const n = guests.length, m = blanks.length;
  if (m < n || n > 64 || m > 512) return s + guests.map((g) => g.str).join("");
  // cost[i][j]: best total error with guest i in blank j (blanks strictly increasing with i).
  const cost: number[][] = Array.from({ length: n }, () => Array<number>(m).fill(Infinity));
  const from: number[][] = Array.from({ length: n }, () => Array<number>(m).fill(-1));
  let shift = 0;
  for (let i = 0; i < n; i++) {
    let bestPrev = Infinity, bestPrevJ = -1;
    for (let j = 0; j < m; j++) {
      const at = host.x + (before[j]! + shift) * scale;
      const err = Math.abs(at - guests[i]!.x);
      if (i === 0) cost[0]![j] = err;
      else if (bestPrevJ >= 0) { cost[i]![j] = bestPrev + err; from[i]![j] = bestPrevJ; }
      if (i > 0 && cost[i - 1]![j]! < bestPrev) { bestPrev = cost[i - 1]![j]!; bestPrevJ = j; }
    }
    shift += extra[i]!;
  }
  let j = cost[n - 1]!.reduce((b, c, k, a) => (c < a[b]! ? k : b), 0);
  const chosen = Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { chosen[i] = blanks[j]!; j = from[i]![j]!; }
  // PDF.js writes one blank for a gap whatever its width, so a blank that held a letter and a word
  // space is one blank. The blank's width is measured between the nearest exact positions around
  // it (the letters drawn before and after it in the other pass, or the ends of the run) minus the
  // rough widths of the letters in between; room left beside the letter is a word space.
  const width = (from: number, to: number) => { let w = 0; for (let k = from; k < to; k++) w += em(s[k]!) * host.size; return w; };
  const room = 0.22 * host.size;
  let out = "";
  let last = 0;
  chosen.forEach((b, i) => {
    const g = guests[i]!;
    const leftAt = i > 0 ? guests[i - 1]!.x + guests[i - 1]!.width : host.x;
    const leftFrom = i > 0 ? chosen[i - 1]! + 1 : 0;
    const rightAt = i + 1 < n ? guests[i + 1]!.x : host.x + host.width;
    const rightTo = i + 1 < n ? chosen[i + 1]! : s.length;
    // Word spaces in the run are stretched by justification: only a side without one is measured.
    const leftClean = !s.slice(leftFrom, b).includes(" ");
    const rightClean = !s.slice(b + 1, rightTo).includes(" ");
    const before = leftClean ? g.x - (leftAt + width(leftFrom, b)) : 0;
    const after = rightClean ? rightAt - width(b + 1, rightTo) - (g.x + g.width) : 0;
    const space = before + after > room && b > 0 && b + 1 < s.length && s[b - 1] !== " " && s[b + 1] !== " ";
    out += s.slice(last, b) + (space && before > after ? ` ${g.str}` : space ? `${g.str} ` : g.str);
    last = b + 1;
  });
  return out + s.slice(last);
}

function dominantSize(pieces: readonly Piece[]): number {
  let best = 0, bestWeight = -1;
  const weights = new Map<number, number>();
  for (const p of pieces) {
    const s = Math.round(p.size * 2) / 2;
    const w = (weights.get(s) ?? 0) + p.str.length;
    weights.set(s, w);
    if (w > bestWeight) { best = s; bestWeight = w; }
  }
  return best || 10;
}

/** Gap (in font sizes) above which two pieces of a line belong to different columns or cells. */
export const COLUMN_GAP = 1.8;

/**
 * A line's pieces → fragments of text. Word spaces come from the geometry: PDF writers place each
 * word or glyph run themselves (LibreOffice even writes Vietnamese letters from a second font on a
 * second pass), so a space is where the gap between two runs is wider than a thin space.
 */
export function fragments(line: Line, columnGap = COLUMN_GAP): Fragment[] {
  const out: Fragment[] = [];
  let text = "";
  let x0 = 0, end = -Infinity;
  for (const p of line.pieces) {
    const gap = p.x - end;
    if (text !== "" && gap > line.size * columnGap) {
      out.push({ text: text.trim(), x0, x1: end, y: line.y, size: line.size });
      text = "";
    }
    if (text === "") { x0 = p.x; text = p.str; }
    // No space before closing punctuation unless the gap is a real one (a dropped footnote marker leaves a small gap).
    else if (/^[,.;:!?)\]]/.test(p.str) && gap < line.size * 0.6) text += p.str;
    else text += gap > line.size * 0.12 && !text.endsWith(" ") && !p.str.startsWith(" ") ? ` ${p.str}` : p.str;
    end = Math.max(end, p.x + p.width);
  }
  if (text.trim() !== "") out.push({ text: text.trim(), x0, x1: end, y: line.y, size: line.size });
  return out.filter((f) => f.text !== "");
}

/** The text of a line as one string (no column split). */
export const lineText = (line: Line): string => fragments(line, Infinity).map((f) => f.text).join(" ");

export const lineBox = (line: Line): Box => {
  const first = line.pieces[0]!;
  const last = line.pieces.reduce((a, p) => Math.max(a, p.x + p.width), first.x);
  return [first.x, line.y - line.size * 0.25, last, line.y + line.size * 0.8];
};

/**
 * Lines of one cell → its text: the lines of a wrapped cell are one text, joined by a space; a
 * number cut by the wrap ("200.00" / "0") is joined without one; a line starting with a list
 * marker starts a new line of the cell, as a paragraph of a Word cell would.
 */
export function joinWrapped(lines: readonly string[]): string {
  let out = "";
  for (const l of lines) {
    if (out === "") { out = l; continue; }
    // A marker line opens a new item of the cell only after a closed item (else the wrap fell at " - ").
    if (/^[-+•]\s/.test(l) && (/[.;:]$/.test(out) || /^[-+•]\s/.test(out))) out += `\n${l}`;
    else if (/\d[.,]\d{0,2}$/.test(out) && /^\d{1,3}(?:\D|$)/.test(l) && !/\s/.test(out.slice(-4))) out += l;
    else out += ` ${l}`;
  }
  return out;
}

/**
 * Cuts a piece at page position `x` (a cell border it runs over: PDF.js joins text of neighbouring
 * cells into one item when they are close). The cut falls on the blank nearest to `x`, else between
 * the two letters nearest to it; letter positions are estimated from their rough widths.
 */
export function cutPiece(p: Piece, x: number): [Piece, Piece] | null {
  const s = p.str;
  const pos: number[] = [];
  let acc = 0;
  for (const ch of s) { pos.push(acc); acc += em(ch); }
  const scale = p.width / Math.max(acc, 1e-6);
  const target = (x - p.x) / scale;
  let at = pos.findIndex((v) => v >= target);
  if (at < 0) at = s.length;
  let cut = at;
  for (let d = 0; d <= 4; d++) {
    if (s[at + d] === " ") { cut = at + d; break; }
    if (s[at - d] === " ") { cut = at - d; break; }
  }
  const left = s.slice(0, cut).trimEnd();
  const right = s.slice(cut).trimStart();
  if (left === "" || right === "") return null;
  const rightStart = s.length - right.length;
  const rx = p.x + (pos[rightStart] ?? acc) * scale;
  return [{ ...p, str: left, width: Math.max(0, x - p.x) }, { ...p, str: right, x: Math.max(rx, x), width: Math.max(0, p.x + p.width - Math.max(rx, x)) }];
}
