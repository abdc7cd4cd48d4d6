import type { FileReport } from "@cdsvn/core";
import { groupBySection, makeQuoter, sectionTitle, totals } from "../findings.ts";
import { countsLine, msg, severityLabel } from "../messages.ts";
import { reportHeading, statusLabel, targetLabel, unitLabel } from "../plan-labels.ts";
import type { FormatContext } from "./context.ts";

/** Text safe inside a Markdown table cell or a line: pipes, backticks and line breaks neutralised. */
function cell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/([*_`<>[\]])/g, "\\$1");
}

/**
 * A review report in Markdown (GitHub-flavoured tables): per file a summary, the findings grouped by
 * section with the quoted line, and the comparison with the framework.
 */
export function formatMarkdown(reports: readonly FileReport[], ctx: FormatContext): string {
  const L = ctx.locale;
  const out: string[] = [`# ${msg(L, "reportTitle")}`, "", `**${msg(L, "summary")}:** ${countsLine(L, totals(reports))} · ${reports.length} ${msg(L, "files")}`, ""];
  for (const report of reports) {
    out.push(`## ${cell(reportHeading(report))}`, "");
    const meta = report.plan?.meta;
    out.push(`- ${msg(L, "file")}: \`${report.file.replace(/`/g, "'")}\``);
    if (report.plan === null) out.push(`- **${msg(L, "unreadable")}**`);
    const unit = unitLabel(report.plan);
    if (unit) out.push(`- ${msg(L, "unit")}: ${cell(unit)}`);
    if (meta?.planYear) out.push(`- ${msg(L, "planYear")}: ${meta.planYear}`);
    if (meta) out.push(`- ${msg(L, "documentNumber")}: ${meta.documentNumber ? cell(meta.documentNumber) : "—"}`);
    out.push(`- ${msg(L, "summary")}: ${countsLine(L, report.summary)}`, "");

    const quote = makeQuoter(ctx.sources?.get(report.file));
    const groups = groupBySection(report.diagnostics);
    if (groups.length > 0) out.push(`### ${msg(L, "findings")}`, "");
    let n = 0;
    for (const group of groups) {
      out.push(`#### ${sectionTitle(L, group.section)}`, "");
      for (const d of group.items) {
        n++;
        const where = d.line === null ? "" : ` (${msg(L, "line").toLowerCase()} ${d.line})`;
        const src = d.source ? ` — ${msg(L, "source")}: ${cell(d.source.document)}${d.source.article ? `, ${cell(d.source.article)}` : ""}` : "";
        out.push(`${n}. **${severityLabel(L, d.severity)}**${where}: ${cell(d.message)} \`${d.ruleId}\`${src}`);
        const q = quote(d);
        if (q !== null) out.push(`   > ${cell(q)}`);
        if (d.suggestion) out.push(`   ${msg(L, "suggestion")}: ${cell(d.suggestion)}`);
      }
      out.push("");
    }

    const cmp = report.comparison;
    if (cmp && cmp.items.length > 0) {
      out.push(`### ${msg(L, "comparison")}`, "", `${msg(L, "framework")}: ${cell(cmp.frameworkId)} (${cmp.frameworkVersion}), ${cmp.year}`, "");
      out.push(`| ${msg(L, "code")} | ${msg(L, "indicator")} | ${msg(L, "required")} | ${msg(L, "planned")} | ${msg(L, "status")} |`, "| --- | --- | --- | --- | --- |");
      for (const item of cmp.items) {
        out.push(`| ${cell(item.code ?? "")} | ${cell(item.name)} | ${cell(targetLabel(item.required))} | ${cell(targetLabel(item.planned))} | ${statusLabel(L, item.status)} |`);
      }
      out.push("");
    }
  }
  return out.join("\n").replace(/\n+$/, "\n");
}
