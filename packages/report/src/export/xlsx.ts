import type { FileReport, Locale } from "@cdsvn/core";
// Types only: exceljs (150 modules) loads when a workbook is written, not with the package.
import type ExcelJS from "exceljs";
import { statusLabel, targetLabel } from "../plan-labels.ts";
import { buildTables, pointerTarget, type Column, type Row, type Table, type TableId } from "./tables.ts";

type Worksheet = ExcelJS.Worksheet;

/**
 * Number formats. Excel format codes are locale-neutral ("," groups, "." decimals) and every spreadsheet
 * shows them with the reader's own separators, so a Vietnamese Excel shows 3.711.000.000 and 83,77.
 */
export const NUMFMT = {
  integer: "#,##0",
  decimal: "#,##0.00",
  money: "#,##0",
  percent: '0"%"',
  percentDecimal: '0.00"%"',
} as const;

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
const GROUP_FONT: Partial<ExcelJS.Font> = { bold: true };
const MISMATCH_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } };

const L10N = {
  vi: { recomputed: "Thành tiền tính lại", difference: "Chênh lệch", total: "Tổng cộng (văn bản nêu)", goTo: "Đến dòng", comparison: "Đối chiếu khung", code: "Mã", indicator: "Chỉ tiêu khung", required: "Khung yêu cầu", requiredValue: "Giá trị yêu cầu", planned: "Kế hoạch", plannedValue: "Giá trị kế hoạch", status: "Tình trạng", source: "Căn cứ", file: "Tệp" },
  en: { recomputed: "Recomputed amount", difference: "Difference", total: "Total (as stated)", goTo: "Go to row", comparison: "Comparison", code: "Code", indicator: "Framework indicator", required: "Required", requiredValue: "Required value", planned: "Planned", plannedValue: "Planned value", status: "Status", source: "Source", file: "File" },
} as const;

/** Excel letters for a 1-based column number. */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A sheet name usable in a formula or link: quoted, with inner quotes doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * One workbook, a sheet per table: real numbers with number formats, frozen header rows and filters;
 * the budget sheet recomputes every line (quantity × unit price), every group (sum of its children) and
 * the total with formulas, so a reviewer sees the stated figures next to the recomputed ones; the
 * findings sheet links each finding to the row it is about.
 */
export async function exportXlsx(reports: readonly FileReport[], locale: Locale): Promise<Uint8Array> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  wb.creator = "cds";
  wb.created = new Date(0); // deterministic output: the same input gives the same bytes
  wb.modified = new Date(0);
  const tables = buildTables(reports, locale);
  /** (table, fileIndex, entity index) → sheet row, for the findings' links. */
  const rowOf = new Map<string, number>();
  const key = (t: TableId, f: number, i: number) => `${t}:${f}:${i}`;
  const sheetName = new Map<TableId, string>();

  for (const table of tables) {
    sheetName.set(table.id, table.title);
    if (table.id === "findings") continue; // written last, once every row it links to is placed
    const ws = addSheet(wb, table);
    if (table.id === "budget") writeBudget(ws, table, reports, locale, (f, i, r) => rowOf.set(key("budget", f, i), r));
    else writeRows(ws, table, (row, r) => rowOf.set(key(table.id, row.fileIndex, row.index), r));
  }

  const findings = tables.find((t) => t.id === "findings")!;
  const fws = addSheet(wb, findings, [{ key: "goTo", header: L10N[locale].goTo, kind: "text", width: 18 }]);
  writeRows(fws, findings, (row, r) => {
    const d = reports[row.fileIndex]!.diagnostics[row.index]!;
    const target = pointerTarget(d.path);
    const targetRow = target ? rowOf.get(key(target.table, row.fileIndex, target.index)) : undefined;
    if (target && targetRow !== undefined) {
      const name = sheetName.get(target.table)!;
      fws.getRow(r).getCell(findings.columns.length + 1).value = { text: `${name} › ${targetRow}`, hyperlink: `#${sheetRef(name)}!A${targetRow}` };
      fws.getRow(r).getCell(findings.columns.length + 1).font = { color: { argb: "FF0563C1" }, underline: true };
    }
  });

  writeComparison(wb, reports, locale);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addSheet(wb: ExcelJS.Workbook, table: Table, extra: readonly Column[] = []): Worksheet {
  const columns = [...table.columns, ...extra];
  const ws = wb.addWorksheet(table.title, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
  styleHeader(ws, columns.length);
  return ws;
}

function styleHeader(ws: Worksheet, count: number): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  for (let c = 1; c <= count; c++) header.getCell(c).fill = HEADER_FILL;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: count } };
}

function numFmt(kind: Column["kind"], value: number): string | undefined {
  const whole = Number.isInteger(value);
  switch (kind) {
    case "money": return NUMFMT.money;
    case "integer": return NUMFMT.integer;
    case "percent": return whole ? NUMFMT.percent : NUMFMT.percentDecimal;
    case "number": return whole ? NUMFMT.integer : NUMFMT.decimal;
    default: return undefined;
  }
}

function writeRows(ws: Worksheet, table: Table, placed: (row: Row, sheetRow: number) => void): void {
  for (const row of table.rows) {
    const r = ws.rowCount + 1;
    const valueKind = row.cells._valueKind as Column["kind"] | undefined;
    table.columns.forEach((c, i) => {
      const v = row.cells[c.key] ?? null;
      const cell = ws.getRow(r).getCell(i + 1);
      cell.value = typeof v === "boolean" ? (v ? "x" : null) : v;
      if (typeof v === "number") {
        const fmt = numFmt((c.key === "value" || c.key === "max" || c.key === "baselineValue") && valueKind ? valueKind : c.kind, v);
        if (fmt) cell.numFmt = fmt;
      }
      if (c.kind === "text" && typeof v === "string" && v.length > 40) cell.alignment = { wrapText: true, vertical: "top" };
    });
    placed(row, r);
  }
}

/** Budget sheet: the stated columns, then "recomputed" and "difference" as formulas (with cached results). */
function writeBudget(ws: Worksheet, table: Table, reports: readonly FileReport[], locale: Locale, placed: (fileIndex: number, index: number, sheetRow: number) => void): void {
  const t = L10N[locale];
  const base = table.columns.length;
  const colIndex = (k: string) => table.columns.findIndex((c) => c.key === k) + 1;
  const Q = columnLetter(colIndex("quantity")), P = columnLetter(colIndex("unitPrice")), A = columnLetter(colIndex("amount"));
  const R = columnLetter(base + 1), D = columnLetter(base + 2);
  for (const [c, header] of [[base + 1, t.recomputed], [base + 2, t.difference]] as const) {
    ws.getColumn(c).width = 18;
    ws.getRow(1).getCell(c).value = header;
    ws.getRow(1).getCell(c).fill = HEADER_FILL;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: base + 2 } };

  reports.forEach((report, fileIndex) => {
    const rows = table.rows.filter((r) => r.fileIndex === fileIndex);
    if (rows.length === 0 && report.plan?.budget.declaredTotal == null) return;
    const sheetRow = new Map<Row, number>();
    for (const row of rows) {
      const r = ws.rowCount + 1;
      sheetRow.set(row, r);
      table.columns.forEach((c, i) => {
        const v = row.cells[c.key] ?? null;
        const cell = ws.getRow(r).getCell(i + 1);
        cell.value = typeof v === "boolean" ? (v ? "x" : null) : v;
        if (typeof v === "number") cell.numFmt = c.kind === "money" ? NUMFMT.money : numFmt("number", v)!;
      });
      if (row.isGroup) ws.getRow(r).font = GROUP_FONT;
      placed(fileIndex, row.index, r);
    }
    // Recomputed amounts: a line with quantity and unit price → Q × P; a group → the sum of its direct children.
    const recomputed = new Map<Row, number | null>();
    const childrenOf = (g: Row) => rows.filter((c) => c !== g && c.path && g.path && c.path.length === g.path.length + 1 && g.path.every((p, i) => c.path![i] === p));
    const valueOf = (row: Row): number | null => {
      if (recomputed.has(row)) return recomputed.get(row)!;
      const kids = row.isGroup ? childrenOf(row) : [];
      let v: number | null = null;
      if (kids.length > 0) v = kids.reduce((s, k) => s + ((k.cells.amount as number | null) ?? 0), 0);
      else if (typeof row.cells.quantity === "number" && typeof row.cells.unitPrice === "number") v = (row.cells.quantity as number) * (row.cells.unitPrice as number);
      recomputed.set(row, v);
      return v;
    };
    for (const row of rows) {
      const r = sheetRow.get(row)!;
      const v = valueOf(row);
      if (v === null) continue;
      const kids = row.isGroup ? childrenOf(row) : [];
      const formula = kids.length > 0 ? `SUM(${kids.map((k) => `${A}${sheetRow.get(k)}`).join(",")})` : `${Q}${r}*${P}${r}`;
      const rc = ws.getRow(r).getCell(base + 1);
      rc.value = { formula, result: v };
      rc.numFmt = NUMFMT.money;
      const dc = ws.getRow(r).getCell(base + 2);
      const stated = row.cells.amount;
      dc.value = { formula: `IF(ISNUMBER(${A}${r}),${A}${r}-${R}${r},"")`, result: typeof stated === "number" ? stated - v : "" };
      dc.numFmt = NUMFMT.money;
    }
    // The total: stated vs the sum of the top-level lines.
    const minDepth = Math.min(...rows.map((r) => r.path?.length ?? 1));
    const top = rows.filter((r) => (r.path?.length ?? 1) === minDepth);
    const r = ws.rowCount + 1;
    const total = ws.getRow(r);
    total.getCell(colIndex("file")).value = report.file;
    total.getCell(colIndex("content")).value = t.total;
    total.font = GROUP_FONT;
    const declared = report.plan?.budget.declaredTotal ?? null;
    if (declared !== null) {
      total.getCell(colIndex("amount")).value = declared;
      total.getCell(colIndex("amount")).numFmt = NUMFMT.money;
    }
    if (top.length > 0) {
      const sum = top.reduce((s, k) => s + ((k.cells.amount as number | null) ?? 0), 0);
      total.getCell(base + 1).value = { formula: `SUM(${top.map((k) => `${A}${sheetRow.get(k)}`).join(",")})`, result: sum };
      total.getCell(base + 1).numFmt = NUMFMT.money;
      total.getCell(base + 2).value = { formula: `IF(ISNUMBER(${A}${r}),${A}${r}-${R}${r},"")`, result: declared === null ? "" : declared - sum };
      total.getCell(base + 2).numFmt = NUMFMT.money;
    }
  });
  const last = Math.max(ws.rowCount, 2);
  ws.addConditionalFormatting({ ref: `${D}2:${D}${last}`, rules: [{ type: "expression", priority: 1, formulae: [`AND(ISNUMBER(${D}2),${D}2<>0)`], style: { fill: MISMATCH_FILL, font: { color: { argb: "FF9C0006" } } } }] });
}

function writeComparison(wb: ExcelJS.Workbook, reports: readonly FileReport[], locale: Locale): void {
  const t = L10N[locale];
  const items = reports.flatMap((r) => (r.comparison?.items ?? []).map((item) => ({ file: r.file, item })));
  if (items.length === 0) return;
  const ws = wb.addWorksheet(t.comparison, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: t.file, key: "file", width: 24 }, { header: t.code, key: "code", width: 22 }, { header: t.indicator, key: "name", width: 56 },
    { header: t.required, key: "required", width: 14 }, { header: t.requiredValue, key: "requiredValue", width: 12 },
    { header: t.planned, key: "planned", width: 14 }, { header: t.plannedValue, key: "plannedValue", width: 12 },
    { header: t.status, key: "status", width: 16 }, { header: t.source, key: "source", width: 24 },
  ];
  styleHeader(ws, 9);
  for (const { file, item } of items) {
    const row = ws.addRow({
      file, code: item.code, name: item.name, required: targetLabel(item.required), requiredValue: item.required?.value ?? null,
      planned: item.planned ? targetLabel(item.planned) : null, plannedValue: item.planned?.value ?? null, status: statusLabel(locale, item.status), source: item.source?.document ?? null,
    });
    for (const k of ["requiredValue", "plannedValue"] as const) {
      const cell = row.getCell(k);
      const unit = k === "requiredValue" ? item.required?.unit : item.planned?.unit;
      if (typeof cell.value === "number") cell.numFmt = numFmt(unit === "%" ? "percent" : "number", cell.value)!;
    }
  }
}
