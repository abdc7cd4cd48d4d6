import { declaredMoneyUnit, type TableNode, type TableRow } from "@cdsvn/core";
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
  /** Columns that are never amounts: "Nguồn vốn", "Nguồn kinh phí", "Ghi chú". */
  source: number | null;
  note: number | null;
}

export interface ClassifiedTable {
  readonly kind: TableKind;
  readonly headerText: string;
  /** Rows after the header row(s). */
  readonly body: readonly TableRow[];
  readonly columns: TableColumns;
  /**
   * Đồng per unit of the amount and unit-price columns, from their own header ("Thành tiền (triệu
   * đồng)"), else the table's ("ĐVT: triệu đồng" in a title row or the header); null when undeclared.
   */
  readonly amountMultiplier: number | null;
  readonly unitPriceMultiplier: number | null;
}

const HEADER_WORDS = /\b(?:tt|stt|noi dung|nhiem vu|chi tieu|don vi|chu tri|phoi hop|thoi gian|thoi han|san pham|thanh tien|kinh phi|du toan|don gia|so luong|ghi chu|ket qua|nam 20\d\d|ten|nguon von|dvt)\b/u;

export const cellText = (row: TableRow, i: number | null): string => {
  if (i === null) return "";
  const c = row.cells[i];
  return c && !(c as { covered?: unknown }).covered ? clean(c.text) : "";
};

/**
 * A cell's text; for a cell merged down from the row above (Word's vMerge, HTML's rowspan), the text
 * of the cell that opened the merge.
 */
export function mergedCellText(rows: readonly TableRow[], r: number, i: number | null): string {
  if (i === null) return "";
  for (let k = r; k >= 0; k--) {
    const c = rows[k]?.cells[i];
    if (!c) return "";
    if (c.covered !== "up") return c.covered ? "" : clean(c.text);
  }
  return "";
}

/** Index of the header row: the first of the first five rows with two or more header words. */
function headerRowIndex(rows: readonly TableRow[]): number {
  for (let i = 0; i < Math.min(5, rows.length); i++) {
    const hits = rows[i]!.cells.filter((c) => !c.covered && HEADER_WORDS.test(fold(c.text))).length;
    if (hits >= 2) return i;
  }
  return -1;
}

/** "1 2 3 4 5" or "(1) (2) (3)": the row of column numbers under a header. */
function isColumnNumbers(row: TableRow): boolean {
  const texts = row.cells.filter((c) => !c.covered).map((c) => clean(c.text)).filter(Boolean);
  return texts.length >= 3 && texts.every((t, k) => t.replace(/[()]/g, "") === String(k + 1) || /^\(\d{1,2}\)(?:=.{0,20})?$/.test(t));
}

/**
 * The rows under the first header row that still belong to the header: a merged header's second row
 * (cells covered from above, sub-headings "Tổng số | NSNN | Khác" under "Kinh phí"), and a row of
 * column numbers. Such a row has no code in its first column and no amounts.
 */
function headerDepth(rows: readonly TableRow[], hi: number): number {
  let depth = 1;
  const top = rows[hi]!;
  const merged = top.cells.some((c) => (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1) ||
    top.cells.some((c, i) => i > 0 && clean(c.text) === "" && !c.covered && clean(top.cells[i - 1]?.text ?? "") !== "");
  for (let r = hi + 1; r < Math.min(rows.length, hi + 3); r++) {
    const row = rows[r]!;
    if (isColumnNumbers(row)) { depth++; continue; }
    const texts = row.cells.filter((c) => !c.covered).map((c) => clean(c.text));
    const coveredUp = row.cells.some((c) => c.covered === "up");
    // Sub-headings are short labels ("Tổng số", "NSNN", "Năm 2026", "Trung ương"), never figures.
    const headerish = texts.some(Boolean) && texts.every((t) => t === "" || (t.length <= 40 && !/\d{3}|^\d+(?:[.,]\d+)?$/.test(t.replace(/20\d\d/g, ""))));
    if ((coveredUp || merged) && headerish && clean(row.cells[0]?.text ?? "") === "") { depth++; continue; }
    break;
  }
  return depth;
}

/**
 * One label per grid column from a header of one or more rows: the texts of the column from top to
 * bottom, a cell merged across columns ("Kinh phí (triệu đồng)" over "Tổng | NSNN") lending its text
 * to every column it covers. A text export loses the merge: an empty upper cell right of a label,
 * over a lower row that has a label, is taken as covered by that label.
 */
function headerLabels(rows: readonly TableRow[]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const labels: string[][] = Array.from({ length: width }, () => []);
  rows.forEach((row, r) => {
    let lastText = "";
    for (let i = 0; i < width; i++) {
      const c = row.cells[i];
      let t = c && !c.covered ? clean(c.text) : "";
      if (c?.covered === "left") t = lastText;
      else if (t === "" && !c?.covered && r + 1 < rows.length && lastText && clean(rows[r + 1]!.cells[i]?.text ?? "") !== "" && !isColumnNumbers(rows[r + 1]!)) t = lastText;
      if (c && !c.covered) lastText = t;
      if (t && !isColumnNumbers(row) && labels[i]![labels[i]!.length - 1] !== t) labels[i]!.push(t);
    }
  });
  return labels.map((l) => l.join(" "));
}

const AMOUNT_WORDS = /\b(?:thanh tien|kinh phi|du toan|tong (?:so|cong)|so tien|trieu dong|nghin dong|ty dong|von)\b/u;
const TOTAL_WORDS = /\b(?:tong so|tong cong|thanh tien|tong)\b/u;

function columnsOf(header: readonly string[], planYear: number | null): TableColumns {
  const cols: TableColumns = {
    code: null, content: null, lead: null, partners: null, deadline: null, output: null,
    unit: null, quantity: null, unitPrice: null, amount: null, baseline: null, target: null, source: null, note: null,
  };
  const yearCols: { i: number; year: number; result: boolean }[] = [];
  const amounts: { i: number; f: string }[] = [];
  header.forEach((h, i) => {
    const f = fold(h);
    if (f === "") return;
    if (/^(?:s?tt|so tt|so thu tu|ma)$/u.test(f)) { cols.code ??= i; return; }
    // Where the money comes from, and remarks, are never amounts ("Nguồn kinh phí" names "kinh phí").
    if (/\b(?:nguon von|nguon kinh phi|nguon)\b/u.test(f) && !/\b(?:tong|so tien|thanh tien)\b/u.test(f)) { cols.source ??= i; return; }
    if (/\bghi chu\b/u.test(f)) { cols.note ??= i; return; }
    if (/\b(?:thoi gian|thoi han|tien do)\b/u.test(f)) { cols.deadline ??= i; return; }
    if (/\bphoi hop\b/u.test(f)) { cols.partners ??= i; return; }
    if (/\b(?:chu tri|co quan thuc hien|don vi thuc hien|trach nhiem)\b/u.test(f)) { cols.lead ??= i; return; }
    if (/\b(?:san pham|ket qua dau ra)\b/u.test(f)) { cols.output ??= i; return; }
    if (/\bdon gia\b/u.test(f)) { cols.unitPrice ??= i; return; }
    if (/\b(?:so luong|khoi luong)\b/u.test(f)) { cols.quantity ??= i; return; }
    if (/\b(?:don vi tinh|dvt)\b/u.test(f) && !AMOUNT_WORDS.test(f.replace(/\b(?:don vi tinh|dvt)\b[^]*$/u, ""))) {
      // "ĐVT" alone is the unit column; "Kinh phí (ĐVT: triệu đồng)" is an amount column.
      if (!/\b(?:kinh phi|thanh tien|du toan)\b/u.test(f)) { cols.unit ??= i; return; }
    }
    if (AMOUNT_WORDS.test(f) && !/\b(?:noi dung|nhiem vu|chi tieu|ten)\b/u.test(f)) { amounts.push({ i, f }); return; }
    const y = /\b(20\d\d)\b/u.exec(f);
    if (y && !/\b(?:nhiem vu|noi dung|ten)\b/u.test(f)) {
      yearCols.push({ i, year: Number(y[1]), result: /\b(?:ket qua|thuc hien|uoc|dat duoc|hien trang)\b/u.test(f) });
      return;
    }
    // "Chỉ tiêu cụ thể", "Chỉ tiêu giao" after "Tên chỉ tiêu": the figure to reach ("Giải thích chỉ tiêu" is not).
    if ((/\b(?:muc tieu|ke hoach|chi tieu nam)\b/u.test(f) || /^chi tieu\b/u.test(f)) && cols.content !== null) { cols.target ??= i; return; }
    if (/\b(?:noi dung|nhiem vu|chi tieu|danh muc|ten|hoat dong)\b/u.test(f)) { cols.content ??= i; return; }
  });
  // Several amount columns ("Kinh phí: Tổng số | NSNN | Khác"): the total; else the plan year's; else the last.
  if (amounts.length > 0) {
    const total = amounts.find((a) => TOTAL_WORDS.test(a.f.replace(/^.*?\b(?:kinh phi|du toan)\b/u, "")));
    const ofYear = planYear === null ? undefined : amounts.find((a) => a.f.includes(String(planYear)));
    cols.amount = (total ?? ofYear ?? amounts[amounts.length - 1]!).i;
  }
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

export function classifyTable(table: TableNode, planYear: number | null, context = ""): ClassifiedTable {
  const hi = headerRowIndex(table.rows);
  const depth = hi >= 0 ? headerDepth(table.rows, hi) : 0;
  const header = hi >= 0 ? headerLabels(table.rows.slice(hi, hi + depth)) : [];
  // Tables that cross a page repeat their header rows: those repeats are not data.
  const headerKeys = new Set(hi >= 0 ? table.rows.slice(hi, hi + depth).map(rowKey) : []);
  const body = table.rows.slice(hi + depth).filter((r) => hi < 0 || !headerKeys.has(rowKey(r)));
  const columns = columnsOf(header, planYear);
  const headerText = fold(header.join(" | "));
  let kind: TableKind = "unknown";
  if (columns.amount !== null || columns.unitPrice !== null) kind = "budget";
  else if (columns.target !== null || (columns.content !== null && /\bchi tieu\b/u.test(fold(header[columns.content] ?? "")))) kind = "indicator";
  else if (columns.lead !== null || columns.deadline !== null) kind = "task";
  // The unit a table declares: in its title rows (above the header), its header, or the text before it.
  const titleRows = table.rows.slice(0, Math.max(0, hi)).map((r) => r.cells.map((c) => c.text).join(" ")).join(" ");
  const tableUnit = declaredMoneyUnit(titleRows) ?? declaredMoneyUnit(header.join(" | ")) ?? declaredMoneyUnit(context);
  const columnUnit = (i: number | null) => (i === null ? null : declaredMoneyUnit(header[i] ?? "") ?? null);
  return {
    kind, headerText, body, columns,
    amountMultiplier: columnUnit(columns.amount) ?? tableUnit,
    unitPriceMultiplier: columnUnit(columns.unitPrice) ?? tableUnit,
  };
}

const rowKey = (r: TableRow) => fold(r.cells.map((c) => c.text).join(" "));

/**
 * A group row written as one cell merged across the columns ("A. CHUYỂN ĐỔI SỐ", "II. Kinh tế số"):
 * its code and title. Null for any other row.
 */
export function spanningGroup(row: TableRow): { code: string | null; title: string } | null {
  const filled = row.cells.filter((c) => !c.covered && clean(c.text) !== "");
  if (filled.length !== 1) return null;
  const cell = filled[0]!;
  const at = row.cells.indexOf(cell);
  const spans = (cell.colSpan ?? 1) >= 2 || row.cells[at + 1]?.covered === "left";
  if (!spans) return null;
  const text = clean(cell.text);
  const m = /^([A-ZĐ]|[IVXLC]+|\d+(?:\.\d+)*)\s*[.):-]\s+([^]+)$/u.exec(text);
  return m ? { code: m[1]!, title: m[2]! } : { code: null, title: text };
}
