/**
 * @cdsvn/report: what reviewers and other systems consume. Formatters turn the diagnostics contract
 * (FileReport[]) into a terminal view, JSON, SARIF, Markdown or a self-contained HTML page; exporters
 * write the plan and its findings as JSON, CSV, XLSX or a DOCX review report.
 */
export { FORMAT_NAMES, type FormatName, type FormatContext } from "./format/context.ts";
export { formatReports } from "./format/format-reports.ts";
export { reportPart, reportAssembler, type ReportPart, type ReportAssembler } from "./format/report-stream.ts";
export type { SarifPart } from "./format/sarif.ts";
export type { Counts } from "./findings.ts";
export { shouldColor } from "./color.ts";
export { groupBySection, findingNotes, type SectionKey, type FindingNotes } from "./findings.ts";
export { countsLine, severityLabel } from "./messages.ts";
export { comparisonView, notComparedLine, type ComparisonView, type ComparisonRowView } from "./comparison-view.ts";
export { statusLabel, targetLabel, unitLabel } from "./plan-labels.ts";
export { parseFormatSpecs, FormatSpecError, type FormatSpec } from "./format/format-specs.ts";
export { exportCsv, csvHeads, csvPart } from "./export/csv.ts";
export { exportJson } from "./export/json.ts";
export { exportXlsx } from "./export/xlsx.ts";
export type { DocxOptions, ReviewHeader } from "./export/docx.ts";
export type { ExtrasMode } from "./comparison-view.ts";
export {
  summarizeBatch, summaryEntry, BatchSummaryBuilder, exportSummaryXlsx, exportSummaryCsv, exportSummaryJson,
  type BatchSummary, type SummaryEntry, type SummaryGroup, type SummaryRow, type SummaryCell, type SummaryIndicator, type Unreadable,
} from "./export/summary.ts";

/**
 * The DOCX review report. Its module (and the `docx` library behind it) loads on the first call, so a
 * command that never writes a .docx (`cds parse`, `cds validate`) does not load it at start-up.
 * One "báo cáo rà soát" per plan, laid out as a Department sends it (Nghị định 30/2020/NĐ-CP); the
 * same input gives the same bytes.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { exportDocx } from "@cdsvn/report";
 * const bytes = await exportDocx([analysis.report], {
 *   locale: "vi",
 *   header: { issuingBody: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", place: "Hà Tĩnh", date: "2026-07-15" },
 *   sources: new Map([[analysis.report.file, analysis.text]]),
 * });
 * await writeFile("bao-cao-ra-soat.docx", bytes);
 * ```
 */
export async function exportDocx(...args: Parameters<typeof import("./export/docx.ts").exportDocx>): Promise<Uint8Array> {
  const { exportDocx: write } = await import("./export/docx.ts");
  return write(...args);
}
