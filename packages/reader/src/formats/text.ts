import type { BlockNode, DocTree, Span, TableCell, TableRow } from "@cdsvn/core";
import { continuesParagraph, listMarker } from "./classify.ts";
import { hasMarkup, htmlFragmentToText } from "./inline-html.ts";
import { checkDocumentCells, checkTableCells, cleanText } from "./builder.ts";

/**
 * Plain text and Markdown → the neutral tree. Spans point into the text as given.
 *   - Word tables exported as text are lines of tab-separated cells; a cell cut by a page break
 *     continues on a later line whose first cell is empty, after a blank line.
 *   - Markdown converters write pipe tables, and put HTML inside cells (`<ul><li>…</li></ul>`, `<br>`).
 *   - Word wraps long sentences over several lines; a line that continues an open sentence is joined
 *     to its paragraph (node text joined by a space, span over all its lines).
 */
export function textToTree(text: string, format: "txt" | "md"): DocTree {
  const children: BlockNode[] = [];
  const lines = splitLines(text);
  const md = format === "md";
  let tableIndex = 0;
  const counter = { cells: 0 };
  let i = 0;
  /** The last block, while it may still take continuation lines. */
  let open: { kind: "paragraph" | "list-item"; marker: string; parts: string[]; span: Span; last: string } | null = null;
  const close = () => {
    if (!open) return;
    const joined = open.parts.join(" ");
    children.push(
      open.kind === "list-item"
        ? { type: "list-item", marker: open.marker, depth: 0, text: joined, span: open.span }
        : { type: "paragraph", text: joined, span: open.span },
    );
    open = null;
  };
  while (i < lines.length) {
    const line = lines[i]!;
    // where the line's words start and end: one look at each end (trim, trimStart and trimEnd were
    // three copies of every line)
    const { lead, wordsEnd: end } = line;
    if (line.blank) { i++; continue; }
    if (isPipeRow(line)) {
      close();
      const start = line.start;
      const rows: TableRow[] = [];
      let end = line.end;
      while (i < lines.length && isPipeRow(lines[i]!)) {
        const l = lines[i]!;
        if (!isPipeSeparator(l.text)) rows.push(row(pipeCells(l.text, l.start, md), l));
        end = l.end;
        i++;
      }
      children.push({ type: "table", rows: withOrigin(rows, tableIndex, counter), span: { start, end }, index: tableIndex++ });
      continue;
    }
    if (line.tab) {
      close();
      const start = line.start;
      const rows: TableRow[] = [];
      let end = line.end;
      let afterBlank = false;
      while (i < lines.length) {
        const l = lines[i]!;
        if (l.blank) {
          // Blank lines inside a table (page breaks of the exported document): the table goes on
          // when the next non-blank line is a row.
          let j = i + 1;
          while (j < lines.length && lines[j]!.blank) j++;
          if (j >= lines.length || !lines[j]!.tab) break;
          afterBlank = true;
          i = j;
          continue;
        }
        if (!l.tab) break;
        const cells = splitCells(l.text, l.start, "\t", md);
        const prev = rows[rows.length - 1];
        if (afterBlank && prev && cells[0]!.text === "" && cells.some((c) => c.text !== "")) rows[rows.length - 1] = continueRow(prev, cells, l);
        else rows.push(row(cells, l));
        end = l.end;
        afterBlank = false;
        i++;
      }
      children.push({ type: "table", rows: withOrigin(rows, tableIndex, counter), span: { start, end }, index: tableIndex++ });
      continue;
    }
    const trimmed = lead === 0 && end === line.text.length ? line.text : line.text.slice(lead, end);
    const span = { start: line.start + lead, end: line.start + end };
    const heading = md ? /^(#{1,6})\s+([^]*)$/.exec(trimmed) : null;
    if (heading) {
      close();
      const t = inline(heading[2]!.replace(/\s#+\s*$/, ""), md);
      // The span covers the heading's words, not the "###" that only Markdown has.
      const words = trimmed.length - heading[2]!.length;
      if (t !== "") children.push({ type: "heading", level: heading[1]!.length, text: t, span: { start: span.start + words, end: span.end } });
      i++;
      continue;
    }
    const content = md ? mdBlockPrefix(trimmed) : trimmed;
    // A Markdown bullet ("* item") must be seen before emphasis stripping eats the star.
    const mdBullet = md ? /^([-+*])\s+(?=\S)/.exec(content) : null;
    const clean = mdBullet ? `${mdBullet[1]} ${inline(content.slice(mdBullet[0].length), md)}` : inline(content, md);
    if (clean === "" || clean === mdBullet?.[1] + " ") { i++; continue; }
    if (open && continuesParagraph(open.last, clean, i === 0 || !lines[i - 1]!.blank)) {
      open.parts.push(clean);
      open.last = clean;
      open.span = { start: open.span.start, end: span.end };
      i++;
      continue;
    }
    close();
    const marker = listMarker(clean);
    if (marker) open = { kind: "list-item", marker, parts: [clean.slice(marker.length).trim()], span, last: clean };
    else open = { kind: "paragraph", marker: "", parts: [clean], span, last: clean };
    i++;
  }
  close();
  return { type: "document", text, format, children };
}

/**
 * A line of the text, with where its words start and end (offsets into the line: `lead` blanks before
 * them, `wordsEnd` where the trailing blanks start) and whether it holds a tab: read from the whole
 * text as it is split, not from each line's copy (a trim, trimStart, trimEnd and includes per line).
 */
interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly lead: number;
  readonly wordsEnd: number;
  /** Only blanks (`text.trim() === ""`). */
  readonly blank: boolean;
  readonly tab: boolean;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let tab = text.indexOf("\t");
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    let from = start;
    while (from < end && isBlank(text.charCodeAt(from))) from++;
    let to = end;
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    while (tab >= 0 && tab < start) tab = text.indexOf("\t", tab + 1);
    out.push({ text: text.slice(start, end), start, end, lead: from - start, wordsEnd: to - start, blank: from === end, tab: tab >= 0 && tab < end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Markdown block prefixes that carry no meaning for a plan: quotes. */
const mdBlockPrefix = (s: string) => s.replace(/^(?:>\s?)+/, "");

/**
 * A cell's or line's text without its markup: HTML (in Markdown, and in text pasted from a portal),
 * Markdown emphasis, escapes and links. Paragraph text is one line; cell text keeps its line breaks.
 */
function inline(s: string, md: boolean, keepLines = false): string {
  // Most cells and lines carry no markup and no odd spacing: leave them as they are, cheaply.
  if (!PLAIN_UNSAFE.test(s) && !EDGE_SPACE.test(s[0] ?? "") && !EDGE_SPACE.test(s[s.length - 1] ?? "")) return s;
  let t = s;
  if (hasMarkup(t)) t = htmlFragmentToText(t);
  if (md) {
    t = t
      .replace(/!?\[([^\][]{0,500})\]\([^()\s]{0,2000}\)/g, "$1")
      .replace(/\*+|(?<=^|\s)_+|(?<!_)_+(?=\s|$)|`+/g, "")
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1");
  }
  t = cleanText(t);
  return keepLines ? t : t.replace(/\n/g, " ");
}

/**
 * Anything `inline` would change inside the text: markup, Markdown syntax, tabs, runs of spaces, odd
 * spaces; white space at either end is checked by hand (anchors in the alternation would be tried at
 * every position of every line).
 */
const PLAIN_UNSAFE = /[<&*_`[\\\t\n\u00a0\u2000-\u200b\u3000\f\v]| {2}/;
const EDGE_SPACE = /\s/;

/** A line whose words start and end with "|" (`t.length > 1 && t.startsWith("|") && t.endsWith("|")` of the trimmed line). */
const isPipeRow = (l: Line) => l.wordsEnd - l.lead > 1 && l.text.charCodeAt(l.lead) === 124 && l.text.charCodeAt(l.wordsEnd - 1) === 124;

/** A unit `String.prototype.trim` removes (white space and line terminators, as `\s`). */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isPipeSeparator = (s: string) => /^\s*(?:\|\s*)?(?::?-+:?\s*\|\s*)+(?::?-+:?\s*)?$/.test(s) && s.includes("-");

function pipeCells(line: string, lineStart: number, md: boolean): TableCell[] {
  const from = line.indexOf("|") + 1;
  const to = line.lastIndexOf("|");
  return splitCells(line.slice(0, to), lineStart, "|", md, from);
}

/** Splits a row at `sep` (an escaped "\|" does not split a pipe row); each cell's text is cleaned of markup. */
function splitCells(line: string, lineStart: number, sep: string, md: boolean, from = 0): TableCell[] {
  const cells: TableCell[] = [];
  let cellStart = from;
  for (let j = from; j <= line.length; j++) {
    // Past MAX_CELLS the rest of the line is one cell: no plan has such a table, and a hostile
    // line of millions of separators must not become millions of nodes.
    if (j === line.length || (line[j] === sep && !(sep === "|" && line[j - 1] === "\\") && cells.length < MAX_CELLS - 1)) {
      const raw = line.slice(cellStart, j);
      const lead = raw.length - raw.trimStart().length;
      const rawTrim = raw.trim();
      const text = inline(sep === "|" ? rawTrim.replace(/\\\|/g, "|") : rawTrim, md, true);
      const start = lineStart + cellStart + lead;
      cells.push({ text, span: { start, end: start + rawTrim.length } });
      cellStart = j + 1;
    }
  }
  return cells;
}

/** Columns a text table may have; real plan tables have under twenty. */
export const MAX_CELLS = 256;

const row = (cells: TableCell[], line: Line): TableRow => ({ cells, span: { start: line.start, end: line.end } });

/** A row cut by a page break: each non-empty cell of the continuation is appended to the cell above. */
function continueRow(prev: TableRow, cells: readonly TableCell[], line: Line): TableRow {
  const merged: TableCell[] = prev.cells.map((c) => ({ ...c }));
  cells.forEach((cell, k) => {
    if (cell.text === "") return;
    const above = merged[k];
    if (!above) merged[k] = cell;
    else merged[k] = { text: above.text === "" ? cell.text : `${above.text}${above.text.includes("\n") || cell.text.includes("\n") ? "\n" : " "}${cell.text}`, span: { start: above.text === "" ? cell.span.start : above.span.start, end: cell.span.end } };
  });
  return { cells: merged, span: { start: prev.span.start, end: line.end } };
}

/** Pads rows to the widest and records each cell's place (table, row, column); the grid is capped like the structured formats'. */
function withOrigin(rows: readonly TableRow[], table: number, counter: { cells: number }): TableRow[] {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  checkTableCells(rows.length, width);
  counter.cells += rows.length * width;
  checkDocumentCells(counter.cells);
  return rows.map((r, ri) => {
    const cells: TableCell[] = r.cells.map((c, col) => ({ ...c, origin: { table, row: ri, col } }));
    for (let col = cells.length; col < width; col++) cells.push({ text: "", span: { start: r.span.end, end: r.span.end }, origin: { table, row: ri, col } });
    return { cells, span: r.span };
  });
}
