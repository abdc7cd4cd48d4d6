import type { FileReport, Locale } from "@cdsvn/core";
import { spreadsheetText } from "../safe-text.ts";
import { buildTables, CSV_NAMES, type Cell } from "./tables.ts";

/** A UTF-8 byte order mark: without it Excel reads Vietnamese CSV as Windows-1252 mojibake. */
export const BOM = "\uFEFF";

/**
 * RFC 4180 field: quoted when it holds a separator, quote or line break. Text that a spreadsheet would
 * run as a formula (= + - @, tab, CR leading) is defused with a leading apostrophe (OWASP); a value
 * that is entirely a number stays a number.
 */
export function csvField(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "1" : "0";
  const text = spreadsheetText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV per table (indicators, tasks, budget lines, legal bases, findings), UTF-8 with BOM, CRLF
 * line ends, numbers in machine form (3711000000, 83.77) so other systems parse them unambiguously.
 * Amounts are in đồng. Text a spreadsheet would run as a formula is defused. Same input, same output.
 * The same bytes as `csvHeads` followed by each report's `csvPart`, which a batch writes plan by plan.
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { exportCsv } from "@cdsvn/report";
 * for (const { name, content } of exportCsv([report], "vi")) await writeFile(name, content); // "indicators.csv", …
 * ```
 */
export function exportCsv(reports: readonly FileReport[], locale: Locale): Array<{ name: string; content: string }> {
  const parts = reports.map((r) => csvPart(r, locale));
  return csvHeads(locale).map((h, i) => ({ name: h.name, content: h.head + parts.map((p) => p[i]!).join("") }));
}

/**
 * Each CSV file of the export (in `exportCsv`'s order) with what it starts with: the byte order mark
 * and the header line. A batch writes these first, then each plan's `csvPart`.
 *
 * @example
 * ```ts
 * import { csvHeads, csvPart } from "@cdsvn/report";
 * const heads = csvHeads("vi"); // [{ name: "indicators.csv", head: "\uFEFF…\r\n" }, …]
 * const lines = csvPart(report, "vi"); // lines[i] goes after heads[i].head and the plans before
 * ```
 */
export function csvHeads(locale: Locale): Array<{ name: string; head: string }> {
  return buildTables([], locale).map((table) => ({ name: `${CSV_NAMES[table.id]}.csv`, head: `${BOM}${table.columns.map((c) => csvField(c.header)).join(",")}\r\n` }));
}

/**
 * One plan's rows in each CSV file (in `csvHeads`' order), each line ended by CRLF; a table the plan
 * has no rows in gets "". Depends on nothing but the report, so it can be made where the plan was analysed.
 *
 * @example
 * ```ts
 * import { csvPart } from "@cdsvn/report";
 * const [indicators, tasks] = csvPart(report, "vi");
 * ```
 */
export function csvPart(report: FileReport, locale: Locale): string[] {
  return buildTables([report], locale).map((table) => table.rows.map((row) => `${table.columns.map((c) => csvField(row.cells[c.key] ?? null)).join(",")}\r\n`).join(""));
}
