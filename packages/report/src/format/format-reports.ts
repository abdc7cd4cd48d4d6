import type { FileReport } from "@cdsvn/core";
import type { FormatContext, FormatName } from "./context.ts";
import { formatHtml } from "./html.ts";
import { formatJson } from "./json.ts";
import { formatMarkdown } from "./markdown.ts";
import { formatSarif } from "./sarif.ts";
import { formatStylish } from "./stylish.ts";

/**
 * Writes `reports` in the named format. The one entry point the CLI's commands call.
 *
 * @example
 * ```ts
 * import { formatReports } from "@cdsvn/report";
 * const sarif = formatReports([report], "sarif", { locale: "vi", color: false });
 * ```
 */
export function formatReports(reports: readonly FileReport[], name: FormatName, ctx: FormatContext): string {
  switch (name) {
    case "stylish": return formatStylish(reports, ctx);
    case "json": return formatJson(reports);
    case "sarif": return formatSarif(reports, ctx);
    case "markdown": return formatMarkdown(reports, ctx);
    case "html": return formatHtml(reports, ctx);
  }
}
