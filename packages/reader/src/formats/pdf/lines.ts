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
      const near = map.get(k);
      if (!near) continue;
      for (const l of near) {
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
    // Most lines arrive in order already (a writer draws left to right): sorting is skipped then.
    if (!inOrder(l.pieces)) l.pieces.sort((a, b) => a.x - b.x);
    (l as { size: number }).size = dominantSize(l.pieces);
  }
  return lines.sort((a, b) => b.y - a.y);
}

function inOrder(pieces: readonly Piece[]): boolean {
  for (let i = 1; i < pieces.length; i++) if (!(pieces[i - 1]!.x <= pieces[i]!.x)) return false;
  return true;
}

/** Rough advance widths (in em) of a serif text face: enough to tell where a letter falls in a run and whether a word would have fitted on a line. */
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

function dominantSize(pieces: readonly Piece[]): number {
  if (pieces.length === 1) return Math.round(pieces[0]!.size * 2) / 2 || 10;
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

/** Closing punctuation: , . ; : ! ? ) ] (by char code: tested once per piece). */
const CLOSING = new Set([...",.;:!?)]"].map((c) => c.charCodeAt(0)));

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
  // Whether `text` ends with a space, kept as it grows (asking the growing string flattens it each time).
  let endsSpace = false;
  let x0 = 0, end = -Infinity;
  for (const p of line.pieces) {
    const gap = p.x - end;
    if (text !== "" && gap > line.size * columnGap) {
      out.push({ text: text.trim(), x0, x1: end, y: line.y, size: line.size });
      text = "";
    }
    let added: string;
    if (text === "") { x0 = p.x; text = added = p.str; }
    // No space before closing punctuation unless the gap is a real one (a dropped footnote marker leaves a small gap).
    else if (CLOSING.has(p.str.charCodeAt(0)) && gap < line.size * 0.6) text += added = p.str;
    else text += added = gap > line.size * 0.12 && !endsSpace && !p.str.startsWith(" ") ? ` ${p.str}` : p.str;
    if (added !== "") endsSpace = added.endsWith(" ");
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
    else out = joinLine(out, l);
  }
  return out;
}

/**
 * A wrapped line after the one before it: a space between them, except after a hyphen inside a
 * word ("275/KH-" / "UBND", "2021-" / "2025"), where the writer broke a compound at its own hyphen
 * (Vietnamese words are not hyphenated at a line's end); a dash between spaces keeps its space.
 */
export function joinLine(before: string, line: string): string {
  return /[^\s-]-$/u.test(before) && /^[\p{L}\d]/u.test(line) ? before + line : `${before} ${line}`;
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
