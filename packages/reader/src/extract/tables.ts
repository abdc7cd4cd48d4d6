import type { TableNode, TableRow } from "@cdsvn/core";
import { clean, fold } from "./text.ts";

/** What a table is, decided from its header words (and, for budgets, its figures). */
export type TableKind = "budget" | "indicator" | "task" | "unknown";

export interface TableColumns {
  code: number | null;
  content: number | null;
  lead: number | null;
  partners: number | null;
  deadline: number | null;
  output: number | null;
  unit: number | null;
  quantity: number | null;
  unitPrice: number | null;
  amount: number | null;
  /** Indicator tables: the column of results already reached, and of the target. */
  baseline: number | null;
  target: number | null;
}

export interface ClassifiedTable {
  readonly kind: TableKind;
  readonly headerText: string;
  /** Rows after the header row(s). */
  readonly body: readonly TableRow[];
  readonly columns: TableColumns;
}

const HEADER_WORDS = /\b(?:tt|stt|noi dung|nhiem vu|chi tieu|don vi|chu tri|phoi hop|thoi gian|thoi han|san pham|thanh tien|kinh phi|du toan|don gia|so luong|ghi chu|ket qua|nam 20\d\d|ten)\b/u;

export const cellText = (row: TableRow, i: number | null): string => {
  if (i === null) return "";
  const c = row.cells[i];
  return c && !(c as { covered?: unknown }).covered ? clean(c.text) : "";
};

/** Index of the header row: the first of the first three rows with two or more header words. */
function headerRowIndex(rows: readonly TableRow[]): number {
  for (let i = 0; i < Math.min(3, rows.length); i++) {
    const hits = rows[i]!.cells.filter((c) => HEADER_WORDS.test(fold(c.text))).length;
    if (hits >= 2) return i;
  }
  return -1;
}

function columnsOf(header: readonly string[], planYear: number | null): TableColumns {
  const cols: TableColumns = {
    code: null, content: null, lead: null, partners: null, deadline: null, output: null,
    unit: null, quantity: null, unitPrice: null, amount: null, baseline: null, target: null,
  };
  const yearCols: { i: number; year: number; result: boolean }[] = [];
  header.forEach((h, i) => {
    const f = fold(h);
    if (f === "") return;
    if (/^(?:s?tt|so tt|so thu tu|ma)$/u.test(f)) { cols.code ??= i; return; }
    if (/\b(?:thoi gian|thoi han|tien do)\b/u.test(f)) { cols.deadline ??= i; return; }
    if (/\bphoi hop\b/u.test(f)) { cols.partners ??= i; return; }
    if (/\b(?:chu tri|co quan thuc hien|don vi thuc hien|don vi thuc hien|trach nhiem)\b/u.test(f)) { cols.lead ??= i; return; }
    if (/\b(?:san pham|ket qua dau ra)\b/u.test(f)) { cols.output ??= i; return; }
    if (/\bdon gia\b/u.test(f)) { cols.unitPrice ??= i; return; }
    if (/\b(?:so luong|khoi luong)\b/u.test(f)) { cols.quantity ??= i; return; }
    if (/\b(?:don vi tinh|dvt)\b/u.test(f) && !/\b(?:kinh phi|thanh tien|du toan)\b/u.test(f)) { cols.unit ??= i; return; }
    if (/\b(?:thanh tien|kinh phi|du toan|tong (?:so|cong)|so tien|trieu dong|nghin dong)\b/u.test(f)) { cols.amount = i; return; }
    const y = /\b(20\d\d)\b/u.exec(f);
    if (y && !/\b(?:nhiem vu|noi dung|ten)\b/u.test(f)) {
      yearCols.push({ i, year: Number(y[1]), result: /\b(?:ket qua|thuc hien|uoc|dat duoc|hien trang)\b/u.test(f) });
      return;
    }
    if (/\b(?:muc tieu|ke hoach|chi tieu nam)\b/u.test(f) && cols.content !== null) { cols.target ??= i; return; }
    if (/\b(?:ghi chu)\b/u.test(f)) return;
    if (/\b(?:noi dung|nhiem vu|chi tieu|danh muc|ten|hoat dong)\b/u.test(f)) { cols.content ??= i; return; }
  });
  for (const y of yearCols) {
    if (y.result || (planYear !== null && y.year < planYear)) cols.baseline ??= y.i;
    else cols.target = y.i;
  }
  if (cols.content === null) {
    // The widest column after the code is the content.
    const first = cols.code === null ? 0 : cols.code + 1;
    if (first < header.length) cols.content = first;
  }
  return cols;
}

export function classifyTable(table: TableNode, planYear: number | null): ClassifiedTable {
  const hi = headerRowIndex(table.rows);
  const header = hi >= 0 ? table.rows[hi]!.cells.map((c) => clean(c.text)) : [];
  // Tables that cross a page repeat their header row: those repeats are not data.
  const headerKey = fold(header.join(" "));
  const body = table.rows.slice(hi + 1).filter((r) => hi < 0 || fold(r.cells.map((c) => c.text).join(" ")) !== headerKey);
  const columns = columnsOf(header, planYear);
  const headerText = fold(header.join(" | "));
  let kind: TableKind = "unknown";
  if (columns.amount !== null || columns.unitPrice !== null) kind = "budget";
  else if (columns.target !== null || (columns.content !== null && /\bchi tieu\b/u.test(fold(header[columns.content] ?? "")))) kind = "indicator";
  else if (columns.lead !== null || columns.deadline !== null) kind = "task";
  return { kind, headerText, body, columns };
}
