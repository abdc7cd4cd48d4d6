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
 *
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * import { exportCsv } from "@cdsvn/report";
 * for (const { name, content } of exportCsv([report], "vi")) await writeFile(name, content); // "indicators.csv", …
 * ```
 */
export function exportCsv(reports: readonly FileReport[], locale: Locale): Array<{ name: string; content: string }> {
  return buildTables(reports, locale).map((table) => {
    const lines = [table.columns.map((c) => csvField(c.header)).join(",")];
    for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row.cells[c.key] ?? null)).join(","));
    return { name: `${CSV_NAMES[table.id]}.csv`, content: `${BOM}${lines.join("\r\n")}\r\n` };
  });
}
