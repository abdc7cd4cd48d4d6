import type { FileReport } from "@cdsvn/core";
import type { FormatContext, FormatName } from "./context.ts";
import { reportAssembler, reportPart } from "./report-stream.ts";

/**
 * Writes `reports` in the named format. The one entry point the CLI's commands call; a run that
 * writes file by file uses `reportPart` and `reportAssembler`, the same steps.
 *
 * @example
 * ```ts
 * import { formatReports } from "@cdsvn/report";
 * const sarif = formatReports([report], "sarif", { locale: "vi", color: false });
 * ```
 */
export function formatReports(reports: readonly FileReport[], name: FormatName, ctx: FormatContext): string {
  const assembler = reportAssembler(name, ctx);
  let body = "";
  for (const report of reports) {
    const part = reportPart(report, name, ctx);
    body += assembler.add(part) + part.text;
  }
  return assembler.head() + body + assembler.tail();
}
