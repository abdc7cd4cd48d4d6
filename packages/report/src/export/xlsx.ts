import type { FileReport, Locale } from "@cdsvn/core";
// Types only: exceljs (150 modules) loads when a workbook is written, not with the package.
import type ExcelJS from "exceljs";
import { comparisonView } from "../comparison-view.ts";
import { t } from "../messages.ts";
import { inScope } from "../plan-labels.ts";
import { cellValue, columnLetter, fitRows, GRID, HEADER_FILL, NUMFMT, printSetup, sheetName as safeSheetName } from "./sheet-layout.ts";
import { documentTimestamp, latestIsoDate, stabilizeZip } from "./stable-zip.ts";
import { buildTables, pointerTarget, type Column, type Row, type Table, type TableId } from "./tables.ts";

export { columnLetter, NUMFMT };

type Worksheet = ExcelJS.Worksheet;

const GROUP_FONT: Partial<ExcelJS.Font> = { bold: true };
const MISMATCH_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } };

/** A sheet name usable in a formula or link: quoted, with inner quotes doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * One workbook, a sheet per table: real numbers with number formats, frozen header rows and filters;
 * the budget sheet recomputes every line (quantity × unit price), every group (sum of its children) and
 * the total with formulas, so a reviewer sees the stated figures next to the recomputed ones; the
 * findings sheet links each finding to the row it is about. Amounts in đồng; the same input gives the
 * same bytes. The spreadsheet library loads on the first call.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { exportXlsx } from "@cdsvn/report";
 * await writeFile("ra-soat.xlsx", await exportXlsx([report], "vi"));
 * ```
 */
export async function exportXlsx(reports: readonly FileReport[], locale: Locale): Promise<Uint8Array> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  const stamp = documentTimestamp(latestIsoDate(reports.map((r) => r.plan?.meta.issuedDate)));
  wb.creator = "cds";
  wb.created = stamp;
  wb.modified = stamp;
  const tables = buildTables(reports, locale);
  /** (table, fileIndex, entity index) → sheet row, for the findings' links. */
  const rowOf = new Map<string, number>();
  const key = (t: TableId, f: number, i: number) => `${t}:${f}:${i}`;
  const sheetName = new Map<TableId, string>();

  for (const table of tables) {
    sheetName.set(table.id, safeSheetName(table.title));
    if (table.id === "findings") continue; // written last, once every row it links to is placed
    const ws = addSheet(wb, table);
    if (table.id === "budget") writeBudget(ws, table, reports, locale, (f, i, r) => rowOf.set(key("budget", f, i), r));
    else writeRows(ws, table, (row, r) => rowOf.set(key(table.id, row.fileIndex, row.index), r));
  }

  const findings = tables.find((t) => t.id === "findings")!;
  const fws = addSheet(wb, findings, [{ key: "goTo", header: t(locale, "col.goTo"), kind: "text", width: 18 }]);
  writeRows(fws, findings, (row, r) => {
    const d = reports[row.fileIndex]!.diagnostics[row.index]!;
    const target = pointerTarget(d.path);
    const targetRow = target ? rowOf.get(key(target.table, row.fileIndex, target.index)) : undefined;
    if (target && targetRow !== undefined) {
      const name = sheetName.get(target.table)!;
      fws.getRow(r).getCell(findings.columns.length + 1).value = { text: cellValue(`${name} › ${targetRow}`) as string, hyperlink: `#${sheetRef(name)}!A${targetRow}` };
      fws.getRow(r).getCell(findings.columns.length + 1).font = { color: { argb: "FF0563C1" }, underline: true };
    }
  });

  writeComparison(wb, reports, locale);
  for (const ws of wb.worksheets) {
    printSetup(ws, 1);
    fitRows(ws, 1);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return stabilizeZip(new Uint8Array(buffer as ArrayBuffer), stamp);
}

function addSheet(wb: ExcelJS.Workbook, table: Table, extra: readonly Column[] = []): Worksheet {
  const columns = [...table.columns, ...extra];
  const ws = wb.addWorksheet(safeSheetName(table.title), { views: [{ state: "frozen", ySplit: 1 }] });
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
      cell.value = typeof v === "boolean" ? (v ? "x" : null) : cellValue(v);
      cell.border = GRID;
      if (typeof v === "number") {
        const fmt = numFmt((c.key === "value" || c.key === "max" || c.key === "baselineValue") && valueKind ? valueKind : c.kind, v);
        if (fmt) cell.numFmt = fmt;
      }
    });
    placed(row, r);
  }
}

/** Budget sheet: the stated columns, then "recomputed" and "difference" as formulas (with cached results). */
function writeBudget(ws: Worksheet, table: Table, reports: readonly FileReport[], locale: Locale, placed: (fileIndex: number, index: number, sheetRow: number) => void): void {
  const base = table.columns.length;
  const colIndex = (k: string) => table.columns.findIndex((c) => c.key === k) + 1;
  const Q = columnLetter(colIndex("quantity")), P = columnLetter(colIndex("unitPrice")), A = columnLetter(colIndex("amount"));
  const R = columnLetter(base + 1), D = columnLetter(base + 2);
  for (const [c, header] of [[base + 1, t(locale, "col.recomputed")], [base + 2, t(locale, "col.difference")]] as const) {
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
        cell.value = typeof v === "boolean" ? (v ? "x" : null) : cellValue(v);
        cell.border = GRID;
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
    total.getCell(colIndex("file")).value = cellValue(report.file);
    total.getCell(colIndex("content")).value = t(locale, "xlsx.statedTotal");
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

/**
 * The comparison sheet: per plan the framework indicators that apply to the commune (not "không áp
 * dụng", not "ngoài khung"), the requirement and the plan's figure as text and as numbers, the verdict,
 * its source (document, date, article) and how far that source can be trusted.
 */
function writeComparison(wb: ExcelJS.Workbook, reports: readonly FileReport[], locale: Locale): void {
  const rows = reports.flatMap((r) => {
    const view = comparisonView(locale, r);
    const items = (r.comparison?.items ?? []).filter(inScope);
    return view ? view.rows.map((row, i) => ({ file: r.file, row, item: items[i]! })) : [];
  });
  if (rows.length === 0) return;
  const ws = wb.addWorksheet(safeSheetName(t(locale, "sheet.comparison")), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: t(locale, "col.file"), key: "file", width: 22 }, { header: t(locale, "col.no"), key: "no", width: 6 }, { header: t(locale, "col.frameworkIndicator"), key: "name", width: 50 },
    { header: t(locale, "comparison.required"), key: "required", width: 13 }, { header: t(locale, "col.requiredValue"), key: "requiredValue", width: 11 },
    { header: t(locale, "comparison.planned"), key: "planned", width: 13 }, { header: t(locale, "col.plannedValue"), key: "plannedValue", width: 11 },
    { header: t(locale, "comparison.status"), key: "status", width: 14 }, { header: t(locale, "col.source"), key: "source", width: 30 }, { header: t(locale, "col.confidence"), key: "confidence", width: 18 },
  ];
  styleHeader(ws, 10);
  for (const { file, row, item } of rows) {
    const added = ws.addRow({
      file: cellValue(file), no: row.no, name: cellValue(row.name), required: cellValue(row.required), requiredValue: item.required?.value ?? null,
      planned: cellValue(row.planned), plannedValue: item.planned?.value ?? null, status: row.statusText, source: cellValue(row.source ?? ""), confidence: row.confidence ?? "",
    });
    added.eachCell({ includeEmpty: true }, (cell) => { cell.border = GRID; });
    for (const k of ["requiredValue", "plannedValue"] as const) {
      const cell = added.getCell(k);
      const unit = k === "requiredValue" ? item.required?.unit : item.planned?.unit;
      if (typeof cell.value === "number") cell.numFmt = numFmt(unit === "%" ? "percent" : "number", cell.value)!;
    }
  }
}
