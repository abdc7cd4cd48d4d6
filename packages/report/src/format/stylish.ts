import type { Diagnostic, FileReport, Severity } from "@cdsvn/core";
import { palette, type Palette } from "../color.ts";
import { groupBySection, makeQuoter, sectionTitle, totals } from "../findings.ts";
import { countsLine, msg, severityLabel } from "../messages.ts";
import type { FormatContext } from "./context.ts";

/**
 * The terminal view (ESLint's "stylish"): for each file, findings grouped by section, each with its line,
 * severity, message and rule id, and the quoted source line under it; then one summary line.
 */
export function formatStylish(reports: readonly FileReport[], ctx: FormatContext): string {
  const c = palette(ctx.color);
  const out: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0 && report.plan !== null) continue;
    out.push(c.underline(report.file));
    if (report.plan === null && report.diagnostics.length === 0) out.push(`  ${c.red(msg(ctx.locale, "unreadable"))}`);
    const quote = makeQuoter(ctx.sources?.get(report.file));
    for (const group of groupBySection(report.diagnostics)) {
      out.push(`  ${c.bold(sectionTitle(ctx.locale, group.section))}`);
      for (const d of group.items) {
        out.push(findingLine(d, ctx, c));
        const q = quote(d);
        if (q !== null) out.push(`${" ".repeat(10)}${c.dim(`│ ${q}`)}`);
      }
    }
    out.push("");
  }
  const t = totals(reports);
  const line = countsLine(ctx.locale, t);
  if (t.errors + t.warnings + t.infos === 0) out.push(`${msg(ctx.locale, "noFindings")} (${line})`);
  else out.push(c.bold(t.errors > 0 ? c.red(`✖ ${line}`) : c.yellow(`⚠ ${line}`)));
  return out.join("\n");
}

function findingLine(d: Diagnostic, ctx: FormatContext, c: Palette): string {
  const where = d.line === null ? "" : `${d.line}${d.column ? `:${d.column}` : ""}`;
  const label = severityLabel(ctx.locale, d.severity);
  const extra = d.source ? ` ${c.dim(`[${d.source.document}${d.source.article ? `, ${d.source.article}` : ""}]`)}` : "";
  return `    ${c.dim(where.padStart(5))}  ${paint(c, d.severity)(label.padEnd(9))} ${d.message}${extra}  ${c.dim(d.ruleId)}`;
}

function paint(c: Palette, severity: Severity): (s: string) => string {
  return severity === "error" ? c.red : severity === "warning" ? c.yellow : c.blue;
}
