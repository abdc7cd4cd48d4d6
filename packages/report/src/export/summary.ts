import type { CoverageStatus, FileReport, Locale } from "@cdsvn/core";
// Types only: exceljs (150 modules) loads when a workbook is written, not with the package.
import type ExcelJS from "exceljs";
import { statusLabel, targetLabel, unitLabel } from "../plan-labels.ts";
import { columnLetter as colLetter, NUMFMT } from "./xlsx.ts";

/** One framework indicator's column in the summary. */
export interface SummaryIndicator {
  readonly code: string;
  readonly name: string;
  /** The requirement as written ("≥ 80%"), from the first plan compared against it. */
  readonly required: string | null;
}

export interface SummaryCell {
  readonly status: CoverageStatus;
  /** The plan's figure as written ("≥ 84%"), or null. */
  readonly figure: string | null;
  readonly value: number | null;
}

/** One plan (commune) in the summary. */
export interface SummaryRow {
  readonly file: string;
  readonly unit: string | null;
  readonly planYear: number | null;
  readonly documentNumber: string | null;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly cells: Readonly<Record<string, SummaryCell>>;
}

export interface Unreadable {
  readonly file: string;
  readonly reason: string;
}

/** A folder of plans at a glance: one row per plan, one column per framework indicator, the files that failed. */
export interface BatchSummary {
  readonly province: string | null;
  readonly indicators: readonly SummaryIndicator[];
  readonly rows: readonly SummaryRow[];
  readonly unreadable: readonly Unreadable[];
}

/** Builds the summary from the reports of the plans that could be read and the files that could not. */
export function summarizeBatch(reports: readonly FileReport[], unreadable: readonly Unreadable[], province: string | null): BatchSummary {
  const indicators = new Map<string, SummaryIndicator>();
  const rows: SummaryRow[] = reports.map((r) => {
    const cells: Record<string, SummaryCell> = {};
    for (const item of r.comparison?.items ?? []) {
      if (item.code === null || item.status === "extra") continue;
      if (!indicators.has(item.code)) indicators.set(item.code, { code: item.code, name: item.name, required: item.required ? targetLabel(item.required) : null });
      cells[item.code] = { status: item.status, figure: item.planned ? targetLabel(item.planned) : null, value: item.planned?.value ?? null };
    }
    return {
      file: r.file, unit: unitLabel(r.plan), planYear: r.plan?.meta.planYear ?? null, documentNumber: r.plan?.meta.documentNumber ?? null,
      errors: r.summary.errors, warnings: r.summary.warnings, infos: r.summary.infos, cells,
    };
  });
  return { province, indicators: [...indicators.values()], rows, unreadable };
}

const L10N = {
  vi: { sheet: "Tổng hợp", unreadableSheet: "Không đọc được", indicatorsSheet: "Chỉ tiêu khung", file: "Tệp", unit: "Đơn vị", year: "Năm", number: "Số văn bản", errors: "Lỗi", warnings: "Cảnh báo", infos: "Thông tin", findings: "Tổng phát hiện", met: "Số chỉ tiêu đạt", total: "Tổng cộng", reason: "Lý do", code: "Mã", name: "Chỉ tiêu", required: "Yêu cầu", metCount: "Số xã đạt" },
  en: { sheet: "Summary", unreadableSheet: "Unreadable", indicatorsSheet: "Framework indicators", file: "File", unit: "Unit", year: "Year", number: "Number", errors: "Errors", warnings: "Warnings", infos: "Infos", findings: "Findings", met: "Indicators met", total: "Total", reason: "Reason", code: "Code", name: "Indicator", required: "Required", metCount: "Plans meeting it" },
} as const;

const FILL: Partial<Record<CoverageStatus, string>> = { met: "FFC6EFCE", "below-target": "FFFFC7CE", missing: "FFFFC7CE", ambiguous: "FFFFEB9C" };

/**
 * The province summary workbook: per plan its unit, year, counts of findings and, per framework
 * indicator, the status and the plan's figure (two columns each); totals with formulas; the framework
 * indicators with how many plans meet them; and the files that could not be read, with the reason.
 */
export async function exportSummaryXlsx(summary: BatchSummary, locale: Locale): Promise<Uint8Array> {
  const t = L10N[locale];
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  wb.creator = "cds";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: "frozen", ySplit: 2, xSplit: 2 }] });
  const fixed = [t.file, t.unit, t.year, t.number, t.errors, t.warnings, t.infos, t.findings, t.met];
  const first = fixed.length + 1;
  // Two header rows: the indicator (merged over its two columns), then "status" / "figure".
  const top = ws.getRow(1), sub = ws.getRow(2);
  fixed.forEach((h, i) => { top.getCell(i + 1).value = h; ws.mergeCells(1, i + 1, 2, i + 1); });
  summary.indicators.forEach((ind, k) => {
    const c = first + 2 * k;
    top.getCell(c).value = `${ind.code} ${ind.name}${ind.required ? ` (${ind.required})` : ""}`;
    ws.mergeCells(1, c, 1, c + 1);
    sub.getCell(c).value = locale === "vi" ? "Tình trạng" : "Status";
    sub.getCell(c + 1).value = locale === "vi" ? "Chỉ tiêu xã" : "Figure";
    ws.getColumn(c).width = 14;
    ws.getColumn(c + 1).width = 12;
  });
  for (const row of [top, sub]) { row.font = { bold: true }; row.alignment = { wrapText: true, vertical: "middle" }; }
  top.height = 60;
  [28, 22, 7, 14, 8, 10, 10, 12, 12].forEach((w, i) => { ws.getColumn(i + 1).width = w; });

  summary.rows.forEach((r, i) => {
    const n = 3 + i;
    const row = ws.getRow(n);
    row.values = [r.file, r.unit, r.planYear, r.documentNumber, r.errors, r.warnings, r.infos];
    row.getCell(8).value = { formula: `SUM(E${n}:G${n})`, result: r.errors + r.warnings + r.infos };
    const metCount = Object.values(r.cells).filter((c) => c.status === "met").length;
    const statusCols = summary.indicators.map((_, k) => `${colLetter(first + 2 * k)}${n}`);
    const metLabel = locale === "vi" ? statusLabel("vi", "met") : statusLabel("en", "met");
    row.getCell(9).value = statusCols.length > 0 ? { formula: statusCols.map((c) => `(${c}="${metLabel}")`).join("+"), result: metCount } : 0;
    summary.indicators.forEach((ind, k) => {
      const cell = r.cells[ind.code];
      const c = first + 2 * k;
      if (!cell) return;
      row.getCell(c).value = statusLabel(locale, cell.status);
      const fill = FILL[cell.status];
      if (fill) row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
      if (cell.value !== null) {
        row.getCell(c + 1).value = cell.value;
        row.getCell(c + 1).numFmt = cell.figure?.includes("%") ? (Number.isInteger(cell.value) ? NUMFMT.percent : NUMFMT.percentDecimal) : Number.isInteger(cell.value) ? NUMFMT.integer : NUMFMT.decimal;
      }
    });
    for (const c of [3, 5, 6, 7]) row.getCell(c).numFmt = c === 3 ? "0" : NUMFMT.integer;
  });
  const last = 2 + summary.rows.length;
  const totalRow = ws.getRow(last + 1);
  totalRow.getCell(1).value = `${t.total} (${summary.rows.length})`;
  totalRow.font = { bold: true };
  for (const c of [5, 6, 7, 8, 9]) {
    const L = colLetter(c);
    const sum = summary.rows.reduce((s, r) => s + (c === 5 ? r.errors : c === 6 ? r.warnings : c === 7 ? r.infos : c === 8 ? r.errors + r.warnings + r.infos : Object.values(r.cells).filter((x) => x.status === "met").length), 0);
    totalRow.getCell(c).value = summary.rows.length > 0 ? { formula: `SUM(${L}3:${L}${last})`, result: sum } : 0;
    totalRow.getCell(c).numFmt = NUMFMT.integer;
  }
  summary.indicators.forEach((ind, k) => {
    const c = first + 2 * k;
    const L = colLetter(c);
    const met = summary.rows.filter((r) => r.cells[ind.code]?.status === "met").length;
    const label = statusLabel(locale, "met");
    totalRow.getCell(c).value = summary.rows.length > 0 ? { formula: `COUNTIF(${L}3:${L}${last},"${label}")`, result: met } : 0;
    totalRow.getCell(c + 1).value = `/${summary.rows.length}`;
  });

  const iws = wb.addWorksheet(t.indicatorsSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  iws.columns = [{ header: t.code, width: 26 }, { header: t.name, width: 60 }, { header: t.required, width: 14 }, { header: t.metCount, width: 14 }];
  iws.getRow(1).font = { bold: true };
  summary.indicators.forEach((ind) => iws.addRow([ind.code, ind.name, ind.required, summary.rows.filter((r) => r.cells[ind.code]?.status === "met").length]));

  const uws = wb.addWorksheet(t.unreadableSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  uws.columns = [{ header: t.file, width: 40 }, { header: t.reason, width: 60 }];
  uws.getRow(1).font = { bold: true };
  for (const u of summary.unreadable) uws.addRow([u.file, u.reason]);

  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

