/**
 * @cdsvn/report: what reviewers and other systems consume. Formatters turn the diagnostics contract
 * (FileReport[]) into a terminal view, JSON, SARIF, Markdown or a self-contained HTML page; exporters
 * write the plan and its findings as JSON, CSV, XLSX or a DOCX review report.
 */
export { FORMAT_NAMES, isFormatName, type FormatName, type FormatContext } from "./format/context.ts";
export { formatReports } from "./format/format-reports.ts";
export { reportPart, reportAssembler, type ReportPart, type ReportAssembler } from "./format/report-stream.ts";
export type { SarifPart } from "./format/sarif.ts";
export type { Counts } from "./findings.ts";
export { shouldColor, palette, type Palette } from "./color.ts";
export { groupBySection, sectionOf, sectionTitle, makeQuoter, findingNotes, type SectionKey, type FindingNotes } from "./findings.ts";
export { countsLine, formatNumber, severityLabel } from "./messages.ts";
export { xmlSafe, spreadsheetText, terminalSafe, markdownInline } from "./safe-text.ts";
export { comparisonView, notComparedLine, type ComparisonView, type ComparisonRowView } from "./comparison-view.ts";
export { sourceLabel, confidenceLabel, dateLabel, valueLabel, statusLabel, targetLabel, unitLabel, inScope } from "./plan-labels.ts";
export { parseFormatSpecs, FormatSpecError, type FormatSpec } from "./format/format-specs.ts";
export { buildTables, pointerTarget, CSV_NAMES, type Table, type TableId, type Column, type Row } from "./export/tables.ts";
export { exportCsv, csvField, BOM } from "./export/csv.ts";
export { exportJson } from "./export/json.ts";
export { exportXlsx } from "./export/xlsx.ts";
export { NUMFMT, columnLetter } from "./export/sheet-layout.ts";
export { documentTimestamp } from "./export/stable-zip.ts";
export type { DocxOptions, ReviewHeader } from "./export/docx.ts";
export type { ExtrasMode } from "./comparison-view.ts";
export { escapeHtml } from "./safe-text.ts";
export {
  summarizeBatch, summaryEntry, BatchSummaryBuilder, exportSummaryXlsx, exportSummaryCsv, exportSummaryJson,
  type BatchSummary, type SummaryEntry, type SummaryGroup, type SummaryRow, type SummaryCell, type SummaryIndicator, type Unreadable,
} from "./export/summary.ts";

/**
 * The DOCX review report. Its module (and the `docx` library behind it) loads on the first call, so a
 * command that never writes a .docx (`cds parse`, `cds validate`) does not load it at start-up.
 */
export async function exportDocx(...args: Parameters<typeof import("./export/docx.ts").exportDocx>): Promise<Uint8Array> {
  const { exportDocx: write } = await import("./export/docx.ts");
  return write(...args);
}
