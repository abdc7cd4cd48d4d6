import type { Span, TableCell, TableRow } from "@cdsvn/core";

/**
 * A table as some portals flatten it into text: every cell on its own line(s), each cell closed by
 * a line holding only "|", and nothing marking where a row ends:
 *
 *   STT / | / Tên chỉ tiêu / | / Đơn vị tính / | / Chỉ tiêu / | / I / | / Hạ tầng số / | / 1 / | / Tỷ lệ … / | / % / | / 100 / |
 *
 * Only a table whose header opens with "STT" (or "TT") is read back: a data table, never the
 * letterhead a portal flattens the same way. The header's cells give the width; a row ends when it is
 * full, or at the next row number after a group row ("I", "II", or a row whose other cells are empty).
 */
export interface CellLine { readonly text: string; readonly start: number; readonly end: number }

const HEADER_START = /^(?:STT|TT|Số TT)$/iu;
/** A row's number in the first column: "1", "12", "I", "IV", "a", "A". */
const ROW_NUMBER = /^(?:\d{1,3}|[IVX]{1,5}|[a-zA-Z])\.?$/u;
const GROUP_NUMBER = /^(?:[IVX]{1,5}|[A-Z])\.?$/u;
/** Non-blank lines to look past for the next "|" before the table is taken to have ended. */
const LOOKAHEAD = 12;
/** Cells one table may have (the text front-end's grid limit applies after). */
const MAX_FLAT_CELLS = 20_000;

interface FlatCell { text: string; span: Span }

/** The table that starts at `lines[at]`, or null; `next` is the first line after it. */
export function cellLineTable(lines: readonly CellLine[], at: number): { rows: TableRow[]; span: Span; next: number } | null {
  const first = lines[at]!.text.trim();
  if (first.length > 6 || !HEADER_START.test(first)) return null;
  const sepAt = nextNonBlank(lines, at + 1);
  if (sepAt < 0 || lines[sepAt]!.text.trim() !== "|") return null;

  const cells: FlatCell[] = [];
  let parts: string[] = [];
  let span: Span | null = null;
  let i = at;
  let next = at;
  while (i < lines.length && cells.length < MAX_FLAT_CELLS) {
    const t = lines[i]!.text.trim();
    if (t === "|") {
      cells.push({ text: parts.join(" "), span: span ?? { start: lines[i]!.start, end: lines[i]!.start } });
      parts = [];
      span = null;
      next = i + 1;
      i++;
      // The table goes on while another "|" comes within a few lines.
      if (!separatorAhead(lines, i)) break;
      continue;
    }
    if (t !== "") {
      const l = lines[i]!;
      const lead = l.text.length - l.text.trimStart().length;
      parts.push(t);
      span = { start: span ? span.start : l.start + lead, end: l.start + lead + t.length };
    }
    i++;
  }
  const rows = toRows(cells);
  if (rows === null) return null;
  return { rows, span: { start: lines[at]!.start, end: lines[next - 1]!.end }, next };
}

function nextNonBlank(lines: readonly CellLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.text.trim() !== "") return i;
  return -1;
}

function separatorAhead(lines: readonly CellLine[], from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen <= LOOKAHEAD; i++) {
    const t = lines[i]!.text.trim();
    if (t === "") continue;
    if (t === "|") return true;
    seen++;
  }
  return false;
}

/** The flat cells cut into rows: the header up to the first row number gives the width. */
function toRows(cells: readonly FlatCell[]): TableRow[] | null {
  const width = cells.findIndex((c, k) => k > 0 && ROW_NUMBER.test(c.text));
  if (width < 3) return null;
  const rows: FlatCell[][] = [cells.slice(0, width)];
  let cur: FlatCell[] = [];
  for (const c of cells.slice(width)) {
    const startsRow = cur.length >= width || (ROW_NUMBER.test(c.text) && cur.length >= 2 && isGroupRow(cur));
    if (startsRow) { rows.push(cur); cur = []; }
    cur.push(c);
  }
  if (cur.length > 0) rows.push(cur);
  // A row that only numbers the columns ("1 | 2 | 3 | 4 | 5" under the header) holds no data.
  return rows.filter((r, k) => k === 0 || !r.every((c) => /^\(?\d{1,2}\)?$/u.test(c.text))).map((r) => ({
    cells: r.map((c): TableCell => ({ text: c.text, span: c.span })),
    span: { start: r[0]!.span.start, end: r[r.length - 1]!.span.end },
  }));
}

/** A group row: numbered "I", "II", "A" …, or with empty cells past its title ("| II | Xã hội số | | |"). */
const isGroupRow = (row: readonly FlatCell[]) => GROUP_NUMBER.test(row[0]!.text) || (row.length > 2 && row.slice(2).every((c) => c.text === ""));
