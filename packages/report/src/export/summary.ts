import type { CoverageStatus, FileReport, Locale } from "@cdsvn/core";
// Types only: exceljs (150 modules) loads when a workbook is written, not with the package.
import type ExcelJS from "exceljs";
import { t } from "../messages.ts";
import { confidenceLabel, inScope, itemConfidence, notComparedReason, sourceLabel, statusLabel, targetLabel, unitLabel } from "../plan-labels.ts";
import { csvField, BOM } from "./csv.ts";
import { cellValue, columnLetter as col, fitRows, GRID, HEADER_FILL, NUMFMT, printSetup, sheetName } from "./sheet-layout.ts";
import { documentTimestamp, stabilizeZip } from "./stable-zip.ts";

/** One framework indicator's column in a summary sheet. */
export interface SummaryIndicator {
  readonly code: string;
  readonly name: string;
  /** The requirement as written ("≥ 80%"), from the first plan compared against it. */
  readonly required: string | null;
  /** Document, date and article, in words; null when none a reviewer can look up. */
  readonly source: string | null;
  readonly confidence: string | null;
}

/**
 * One plan × one framework indicator in a summary: the status, the plan's figure as written and as a
 * number, and whether it is a percentage.
 */
export interface SummaryCell {
  readonly status: CoverageStatus;
  /** The plan's figure as written ("≥ 84%"), or null. */
  readonly figure: string | null;
  readonly value: number | null;
  /** Whether the figure is a percentage (for its number format). */
  readonly percent: boolean;
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
  /** Framework indicators that apply to the commune, by code (not "không áp dụng", not "ngoài khung"). */
  readonly cells: Readonly<Record<string, SummaryCell>>;
  /** Indicators met, and the denominator: indicators that apply (the keys of `cells`). */
  readonly met: number;
  readonly inScope: number;
  /** Why the plan was not compared with a framework, in words; null when it was. */
  readonly notCompared: string | null;
}

/** The plans held to one framework year, with that year's indicators: one sheet of the workbook. */
export interface SummaryGroup {
  /** The framework year (the plan year for plans not compared); null when unknown. */
  readonly year: number | null;
  /** "ha-tinh-2026 (1)", the frameworks the group's plans were compared with. */
  readonly frameworks: readonly string[];
  readonly indicators: readonly SummaryIndicator[];
  readonly rows: readonly SummaryRow[];
}

/** A file of a batch that could not be used, with why in one line (the same words the CLI prints). */
export interface Unreadable {
  readonly file: string;
  readonly reason: string;
}

/** A folder of plans at a glance: plans grouped by framework year, and the files that could not be used. */
export interface BatchSummary {
  readonly province: string | null;
  readonly groups: readonly SummaryGroup[];
  /** Every plan, in input order (the groups hold the same rows). */
  readonly rows: readonly SummaryRow[];
  readonly unreadable: readonly Unreadable[];
}

/**
 * What the summary takes from one plan's report: its row, the framework year it is grouped under, the
 * framework it was compared with and the indicators that apply to it. Small plain data, made where the
 * plan was analysed, so a run over thousands of plans keeps these and not the reports.
 */
export interface SummaryEntry {
  readonly row: SummaryRow;
  readonly year: number | null;
  readonly framework: string | null;
  readonly indicators: readonly SummaryIndicator[];
}

/** A plan's entry in the folder summary, from its report (in `locale`, like the summary's words). */
export function summaryEntry(r: FileReport, locale: Locale = "vi"): SummaryEntry {
  const cells: Record<string, SummaryCell> = {};
  const indicators: SummaryIndicator[] = [];
  const cmp = r.comparison ?? null;
  for (const item of cmp?.items ?? []) {
    if (item.code === null || !inScope(item)) continue;
    indicators.push({
      code: item.code, name: item.name, required: item.required ? targetLabel(item.required, locale) : null,
      source: sourceLabel(locale, item.source), confidence: confidenceLabel(locale, itemConfidence(item)),
    });
    cells[item.code] = { status: item.status, figure: item.planned ? targetLabel(item.planned, locale) : null, value: item.planned?.value ?? null, percent: item.planned?.unit === "%" };
  }
  const row: SummaryRow = {
    file: r.file, unit: unitLabel(r.plan, locale), planYear: r.plan?.meta.planYear ?? null, documentNumber: r.plan?.meta.documentNumber ?? null,
    errors: r.summary.errors, warnings: r.summary.warnings, infos: r.summary.infos, cells,
    met: Object.values(cells).filter((c) => c.status === "met").length, inScope: Object.keys(cells).length,
    notCompared: notComparedReason(locale, r),
  };
  return { row, year: cmp?.year ?? r.plan?.meta.planYear ?? null, framework: cmp ? `${cmp.frameworkId} (${cmp.frameworkVersion})` : null, indicators };
}

/**
 * Builds the summary from the entries of the plans that could be read (in input order) and the files
 * that could not. Plans are grouped by the year of the framework they were compared with, so no sheet
 * mixes indicators of different years; an indicator is described as the first plan that has it says;
 * denominators count only the indicators that apply to the commune.
 */
export class BatchSummaryBuilder {
  private readonly groups = new Map<string, { year: number | null; frameworks: Set<string>; indicators: Map<string, SummaryIndicator>; rows: SummaryRow[] }>();
  private readonly rows: SummaryRow[] = [];

  add(entry: SummaryEntry): void {
    const key = String(entry.year);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { year: entry.year, frameworks: new Set(), indicators: new Map(), rows: [] }));
    if (entry.framework !== null) group.frameworks.add(entry.framework);
    for (const indicator of entry.indicators) if (!group.indicators.has(indicator.code)) group.indicators.set(indicator.code, indicator);
    group.rows.push(entry.row);
    this.rows.push(entry.row);
  }

  summary(unreadable: readonly Unreadable[], province: string | null): BatchSummary {
    const ordered = [...this.groups.values()].sort((a, b) => (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER));
    return {
      province,
      groups: ordered.map((g) => ({ year: g.year, frameworks: [...g.frameworks].sort(), indicators: [...g.indicators.values()], rows: g.rows })),
      rows: this.rows,
      unreadable,
    };
  }
}

/** The summary of a folder from its reports (`summaryEntry` of each, then `BatchSummaryBuilder`). */
export function summarizeBatch(reports: readonly FileReport[], unreadable: readonly Unreadable[], province: string | null, locale: Locale = "vi"): BatchSummary {
  const builder = new BatchSummaryBuilder();
  for (const r of reports) builder.add(summaryEntry(r, locale));
  return builder.summary(unreadable, province);
}

const FILL: Partial<Record<CoverageStatus, string>> = { met: "FFC6EFCE", "below-target": "FFFFC7CE", missing: "FFFFC7CE", ambiguous: "FFFFEB9C" };

/** The fixed columns of a summary sheet, before one column per indicator. */
const FIXED = ["summary.no", "summary.unit", "report.file", "summary.number", "summary.errors", "summary.warnings", "summary.infos", "summary.met", "summary.inScope", "summary.metShare", "summary.status"] as const;
const FIXED_WIDTHS = [5, 18, 22, 13, 6, 8, 8, 8, 9, 8, 18];
const HEAD = 3; // title, framework and legend, column headers
const INDICATOR_WIDTH = 7;

/**
 * The province summary workbook, one set of sheets per framework year: "Tổng hợp <year>" (per plan its
 * unit, file, number, findings, indicators met over those that apply, the share met, whether it could
 * be compared and why not, and per indicator the status), "Số liệu <year>" (the plans' figures as
 * numbers), "Chỉ tiêu khung <year>" (each indicator, its requirement, source and confidence, how many
 * plans meet it), and "Không đọc được". Totals are formulas a spreadsheet recalculates to the same
 * values; every sheet prints landscape, one page wide, headers repeated.
 */
export async function exportSummaryXlsx(summary: BatchSummary, locale: Locale): Promise<Uint8Array> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  const stamp = documentTimestamp(null);
  wb.creator = "cds";
  wb.created = stamp;
  wb.modified = stamp;
  for (const group of summary.groups) {
    const year = group.year === null ? null : String(group.year);
    const names = {
      summary: sheetName(year ? t(locale, "summary.sheet", { year }) : t(locale, "summary.sheetNoYear")),
      figures: sheetName(t(locale, "summary.figuresSheet", { year: year ?? "" })),
      indicators: sheetName(t(locale, "summary.indicatorsSheet", { year: year ?? "" })),
    };
    writeStatusSheet(wb, group, names, locale);
    if (group.indicators.length > 0) {
      writeFiguresSheet(wb, group, names, locale);
      writeIndicatorsSheet(wb, group, names, locale);
    }
  }
  const uws = wb.addWorksheet(sheetName(t(locale, "summary.unreadableSheet")), { views: [{ state: "frozen", ySplit: 1 }] });
  uws.columns = [{ header: t(locale, "report.file"), width: 45 }, { header: t(locale, "summary.reason"), width: 70 }];
  headerStyle(uws.getRow(1), 2);
  for (const u of summary.unreadable) uws.addRow([cellValue(u.file), cellValue(u.reason)]).eachCell((c) => { c.border = GRID; });
  printSetup(uws, 1);
  fitRows(uws, 1);
  return stabilizeZip(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), stamp);
}

function headerStyle(row: ExcelJS.Row, count: number, rotateFrom = Number.MAX_SAFE_INTEGER): void {
  row.font = { bold: true };
  for (let c = 1; c <= count; c++) {
    const cell = row.getCell(c);
    cell.fill = HEADER_FILL;
    cell.border = GRID;
    cell.alignment = c >= rotateFrom ? { textRotation: 90, wrapText: true, vertical: "bottom", horizontal: "center" } : { wrapText: true, vertical: "middle", horizontal: "center" };
  }
}

/** Title and the framework/legend line over the columns, merged across the sheet's width. */
function sheetTitle(ws: ExcelJS.Worksheet, width: number, title: string, subtitle: string): void {
  ws.mergeCells(1, 1, 1, width);
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(1, 1).value = cellValue(title);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(1, 1).alignment = { horizontal: "center", vertical: "middle" };
  ws.getCell(2, 1).value = cellValue(subtitle);
  ws.getCell(2, 1).font = { italic: true };
  ws.getCell(2, 1).alignment = { horizontal: "left", vertical: "top", wrapText: true };
  ws.getRow(1).height = 22;
  ws.getRow(2).height = 32;
}

function writeStatusSheet(wb: ExcelJS.Workbook, group: SummaryGroup, names: { summary: string; figures: string; indicators: string }, locale: Locale): void {
  const ws = wb.addWorksheet(names.summary, { views: [{ state: "frozen", ySplit: HEAD, xSplit: 2 }] });
  const first = FIXED.length + 1;
  const width = FIXED.length + group.indicators.length;
  const frameworks = group.frameworks.length > 0 && group.year !== null ? t(locale, "summary.framework", { year: String(group.year) }) : "";
  sheetTitle(ws, width, group.year === null ? t(locale, "summary.titleNoYear") : t(locale, "summary.title", { year: String(group.year) }),
    [frameworks, group.indicators.length > 0 ? t(locale, "summary.statusLegend", { figures: names.figures, indicators: names.indicators }) : ""].filter(Boolean).join(" "));
  FIXED_WIDTHS.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  const header = ws.getRow(HEAD);
  FIXED.forEach((id, i) => { header.getCell(i + 1).value = t(locale, id); });
  group.indicators.forEach((ind, k) => {
    header.getCell(first + k).value = cellValue(`${k + 1}. ${ind.name}`);
    ws.getColumn(first + k).width = INDICATOR_WIDTH;
  });
  headerStyle(header, width, first);
  // Rotated names: tall enough for the longest, within what a printed page can give them.
  const longest = Math.max(0, ...group.indicators.map((i) => i.name.length + 4));
  header.height = group.indicators.length > 0 ? Math.min(220, Math.max(60, Math.ceil(longest / 2) * 7)) : 32;

  const start = HEAD + 1;
  const last = HEAD + group.rows.length;
  group.rows.forEach((r, i) => {
    const n = start + i;
    const row = ws.getRow(n);
    const metFormula = group.indicators.length > 0 ? `COUNTIF(${col(first)}${n}:${col(width)}${n},"${statusLabel(locale, "met")}")` : null;
    const scopeFormula = group.indicators.length > 0 ? `COUNTA(${col(first)}${n}:${col(width)}${n})-COUNTIF(${col(first)}${n}:${col(width)}${n},"${statusLabel(locale, "not-applicable")}")` : null;
    const values: ExcelJS.CellValue[] = [
      i + 1, cellValue(r.unit ?? ""), cellValue(r.file), cellValue(r.documentNumber ?? ""), r.errors, r.warnings, r.infos,
      metFormula ? { formula: metFormula, result: r.met } : r.met,
      scopeFormula ? { formula: scopeFormula, result: r.inScope } : r.inScope,
      r.inScope > 0 ? { formula: `IF(${col(9)}${n}>0,${col(8)}${n}/${col(9)}${n},"")`, result: r.met / r.inScope } : null,
      cellValue(r.notCompared ?? t(locale, "summary.compared")),
    ];
    values.forEach((v, c) => { row.getCell(c + 1).value = v; });
    for (const c of [5, 6, 7, 8, 9]) row.getCell(c).numFmt = NUMFMT.integer;
    row.getCell(10).numFmt = NUMFMT.share;
    if (r.notCompared) row.getCell(11).font = { color: { argb: "FF9C0006" } };
    group.indicators.forEach((ind, k) => {
      const cell = row.getCell(first + k);
      const c = r.cells[ind.code];
      // Compared, and this indicator does not apply to it: said so, and left out of the denominator.
      cell.value = c ? statusLabel(locale, c.status) : r.notCompared ? null : statusLabel(locale, "not-applicable");
      const fill = c ? FILL[c.status] : undefined;
      if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
      if (!c) cell.font = { color: { argb: "FF667085" } };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
    for (let c = 1; c <= width; c++) row.getCell(c).border = GRID;
  });

  // Totals: sums of the counts; per indicator, plans meeting it and plans it applies to (two rows, numbers).
  const totalRow = ws.getRow(last + 1);
  const scopeRow = ws.getRow(last + 2);
  totalRow.getCell(2).value = t(locale, "summary.total", { count: group.rows.length });
  scopeRow.getCell(first - 1).value = t(locale, "summary.plansInScope");
  const any = group.rows.length > 0;
  const sum = (pick: (r: SummaryRow) => number) => group.rows.reduce((s, r) => s + pick(r), 0);
  ([[5, (r: SummaryRow) => r.errors], [6, (r: SummaryRow) => r.warnings], [7, (r: SummaryRow) => r.infos], [8, (r: SummaryRow) => r.met], [9, (r: SummaryRow) => r.inScope]] as const).forEach(([c, pick]) => {
    const letter = col(c);
    totalRow.getCell(c).value = any ? { formula: `SUM(${letter}${start}:${letter}${last})`, result: sum(pick) } : 0;
    totalRow.getCell(c).numFmt = NUMFMT.integer;
  });
  const totalMet = sum((r) => r.met), totalScope = sum((r) => r.inScope);
  if (totalScope > 0) {
    totalRow.getCell(10).value = { formula: `IF(${col(9)}${last + 1}>0,${col(8)}${last + 1}/${col(9)}${last + 1},"")`, result: totalMet / totalScope };
    totalRow.getCell(10).numFmt = NUMFMT.share;
  }
  totalRow.getCell(first - 1).value = t(locale, "summary.plansMet");
  group.indicators.forEach((ind, k) => {
    const letter = col(first + k);
    const range = `${letter}${start}:${letter}${last}`;
    const met = group.rows.filter((r) => r.cells[ind.code]?.status === "met").length;
    const applies = group.rows.filter((r) => r.cells[ind.code] !== undefined).length;
    totalRow.getCell(first + k).value = any ? { formula: `COUNTIF(${range},"${statusLabel(locale, "met")}")`, result: met } : 0;
    scopeRow.getCell(first + k).value = any ? { formula: `COUNTA(${range})-COUNTIF(${range},"${statusLabel(locale, "not-applicable")}")`, result: applies } : 0;
  });
  for (const row of [totalRow, scopeRow]) {
    row.font = { bold: true };
    for (let c = 1; c <= width; c++) {
      row.getCell(c).border = GRID;
      if (c >= first) { row.getCell(c).numFmt = NUMFMT.integer; row.getCell(c).alignment = { horizontal: "center" }; }
    }
  }
  printSetup(ws, HEAD);
  fitRows(ws, start);
}

function writeFiguresSheet(wb: ExcelJS.Workbook, group: SummaryGroup, names: { figures: string; indicators: string }, locale: Locale): void {
  const ws = wb.addWorksheet(names.figures, { views: [{ state: "frozen", ySplit: HEAD, xSplit: 2 }] });
  const fixed = ["summary.no", "summary.unit", "report.file"] as const;
  const first = fixed.length + 1;
  const width = fixed.length + group.indicators.length;
  sheetTitle(ws, width, group.year === null ? t(locale, "summary.titleNoYear") : t(locale, "summary.title", { year: String(group.year) }), group.year === null ? "" : t(locale, "summary.framework", { year: String(group.year) }));
  [5, 18, 22].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  const header = ws.getRow(HEAD);
  fixed.forEach((id, i) => { header.getCell(i + 1).value = t(locale, id); });
  group.indicators.forEach((ind, k) => {
    header.getCell(first + k).value = cellValue(`${k + 1}. ${ind.name}`);
    ws.getColumn(first + k).width = INDICATOR_WIDTH + 1;
  });
  headerStyle(header, width, first);
  const longest = Math.max(0, ...group.indicators.map((i) => i.name.length + 4));
  header.height = Math.min(220, Math.max(60, Math.ceil(longest / 2) * 7));
  group.rows.forEach((r, i) => {
    const row = ws.getRow(HEAD + 1 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = cellValue(r.unit ?? "");
    row.getCell(3).value = cellValue(r.file);
    group.indicators.forEach((ind, k) => {
      const c = r.cells[ind.code];
      if (!c || c.value === null) return;
      const cell = row.getCell(first + k);
      cell.value = c.value;
      cell.numFmt = c.percent ? (Number.isInteger(c.value) ? NUMFMT.percent : NUMFMT.percentDecimal) : Number.isInteger(c.value) ? NUMFMT.integer : NUMFMT.decimal;
    });
    for (let c = 1; c <= width; c++) row.getCell(c).border = GRID;
  });
  printSetup(ws, HEAD);
  fitRows(ws, HEAD + 1);
}

function writeIndicatorsSheet(wb: ExcelJS.Workbook, group: SummaryGroup, names: { summary: string; indicators: string }, locale: Locale): void {
  const ws = wb.addWorksheet(names.indicators, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: t(locale, "summary.indicatorNo"), width: 6 }, { header: t(locale, "col.code"), width: 20 }, { header: t(locale, "comparison.indicator"), width: 55 },
    { header: t(locale, "comparison.required"), width: 12 }, { header: t(locale, "comparison.source"), width: 32 }, { header: t(locale, "comparison.confidence"), width: 18 },
    { header: t(locale, "summary.plansMet"), width: 10 }, { header: t(locale, "summary.plansInScope"), width: 10 },
  ];
  headerStyle(ws.getRow(1), 8);
  const ref = `'${names.summary.replace(/'/g, "''")}'`;
  const firstRow = HEAD + 1, lastRow = HEAD + group.rows.length;
  group.indicators.forEach((ind, k) => {
    const letter = col(FIXED.length + 1 + k);
    const range = `${ref}!${letter}${firstRow}:${letter}${lastRow}`;
    const met = group.rows.filter((r) => r.cells[ind.code]?.status === "met").length;
    const applies = group.rows.filter((r) => r.cells[ind.code] !== undefined).length;
    const row = ws.addRow([
      k + 1, cellValue(ind.code), cellValue(ind.name), cellValue(ind.required ?? ""), cellValue(ind.source ?? ""), ind.confidence ?? "",
      group.rows.length > 0 ? { formula: `COUNTIF(${range},"${statusLabel(locale, "met")}")`, result: met } : 0,
      group.rows.length > 0 ? { formula: `COUNTA(${range})-COUNTIF(${range},"${statusLabel(locale, "not-applicable")}")`, result: applies } : 0,
    ]);
    row.eachCell({ includeEmpty: true }, (c) => { c.border = GRID; });
  });
  printSetup(ws, 1);
  fitRows(ws, 1);
}

/**
 * The summary as CSV, one row per plan (and one per file that could not be used, with the reason):
 * the same neutral fields as the workbook, every text defused against formula injection.
 */
export function exportSummaryCsv(summary: BatchSummary, locale: Locale): string {
  const indicators = summary.groups.flatMap((g) => g.indicators.map((i) => ({ year: g.year, i })));
  const head = [t(locale, "report.file"), t(locale, "summary.unit"), t(locale, "summary.year"), t(locale, "summary.errors"), t(locale, "summary.warnings"), t(locale, "summary.infos"),
    t(locale, "summary.met"), t(locale, "summary.inScope"), t(locale, "summary.status"), ...indicators.map(({ year, i }) => `${year ?? ""} ${i.code}`.trim())];
  const lines = [head.map(csvField).join(",")];
  for (const g of summary.groups) {
    for (const r of g.rows) {
      const cells = indicators.map(({ year, i }) => (year === g.year ? (r.cells[i.code] ? statusLabel(locale, r.cells[i.code]!.status) : null) : null));
      lines.push([r.file, r.unit, r.planYear, r.errors, r.warnings, r.infos, r.met, r.inScope, r.notCompared ?? t(locale, "summary.compared"), ...cells].map(csvField).join(","));
    }
  }
  for (const u of summary.unreadable) lines.push([u.file, null, null, null, null, null, null, null, u.reason].map(csvField).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** The summary as JSON: the same data, for other systems. */
export function exportSummaryJson(summary: BatchSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
