import type { FileReport } from "@cdsvn/core";
import { comparisonView } from "../comparison-view.ts";
import { findingNotes, groupBySection, makeQuoter, sectionTitle, type Counts } from "../findings.ts";
import { countsLine, severityLabel, t } from "../messages.ts";
import { dateLabel, reportHeading, unitLabel } from "../plan-labels.ts";
import { markdownInline } from "../safe-text.ts";
import type { FormatContext } from "./context.ts";

/** Everything from a document, a file name or a rule goes through this: no raw HTML, no new block. */
const md = markdownInline;

/**
 * A review report in Markdown (GitHub-flavoured tables), the same content as the HTML one: per file a
 * summary, the findings grouped by section with the quoted line, the suggested correction and the
 * source, and the comparison with the framework (rows that apply to the commune, source, confidence).
 * The title and the run's counts head it (markdownHead); each file's section follows (markdownPart).
 */
export function markdownHead(all: Counts, files: number, ctx: FormatContext): string {
  const L = ctx.locale;
  return [`# ${md(t(L, "report.title"))}`, "", `**${md(t(L, "report.summary"))}:** ${md(countsLine(L, all))} · ${md(t(L, "report.files", { count: files }))}`].join("\n");
}

/** One file's section, every line ending in a newline (the assembler leaves one at the very end). */
export function markdownPart(report: FileReport, ctx: FormatContext): string {
  const L = ctx.locale;
  const out: string[] = [];
  out.push(`## ${md(reportHeading(report))}`, "");
  const meta = report.plan?.meta;
  out.push(`- ${md(t(L, "report.file"))}: ${md(report.file)}`);
  if (report.plan === null) out.push(`- **${md(t(L, "report.unreadable"))}**`);
  const unit = unitLabel(report.plan, L);
  if (unit) out.push(`- ${md(t(L, "report.unit"))}: ${md(unit)}`);
  if (meta?.planYear) out.push(`- ${md(t(L, "report.planYear"))}: ${meta.planYear}`);
  if (meta) out.push(`- ${md(t(L, "report.documentNumber"))}: ${md(meta.documentNumber ?? t(L, "report.blank"))}`);
  if (meta?.issuedDate) out.push(`- ${md(t(L, "report.issuedDate"))}: ${md(dateLabel(L, meta.issuedDate)!)}`);
  out.push(`- ${md(t(L, "report.summary"))}: ${md(countsLine(L, report.summary))}`, "");

  const quote = makeQuoter(ctx.sources?.get(report.file));
  const groups = groupBySection(report.diagnostics);
  if (groups.length > 0) out.push(`### ${md(t(L, "report.findings"))}`, "");
  let n = 0;
  for (const group of groups) {
    out.push(`#### ${md(sectionTitle(L, group.section))}`, "");
    for (const d of group.items) {
      n++;
      const notes = findingNotes(L, d);
      const where = notes.place === null ? "" : ` (${md(notes.place)})`;
      const src = notes.source ? ` — ${md(t(L, "report.source"))}: ${md(notes.source)}` : "";
      out.push(`${n}. **${md(severityLabel(L, d.severity))}**${where}: ${md(d.message)} — ${md(d.ruleId)}${src}`);
      const q = quote(d);
      if (q !== null) out.push(`   > ${md(q)}`);
      if (notes.suggestion) out.push(`   ${md(t(L, "report.suggestion"))}: ${md(notes.suggestion)}`);
    }
    out.push("");
  }

  const view = comparisonView(L, report);
  if (view && (view.rows.length > 0 || view.extras.length > 0)) {
    out.push(`### ${md(t(L, "report.comparison"))}`, "", `${md(view.frameworkLine)} · ${md(view.scopeLine)}`, "");
    if (view.rows.length > 0) {
      const ids = ["comparison.no", "comparison.indicator", "comparison.required", "comparison.planned", "comparison.status", "comparison.source"] as const;
      out.push(`| ${ids.map((id) => md(t(L, id))).join(" | ")} |`, `| ${ids.map(() => "---").join(" | ")} |`);
      for (const row of view.rows) {
        out.push(`| ${row.no} | ${md(row.name)} | ${md(row.required)} | ${md(row.planned)} | ${md(row.statusText)} | ${md(row.cite)} |`);
      }
      out.push("");
      if (view.sourcesLine) out.push(md(view.sourcesLine), "");
    }
    if (view.extras.length > 0) out.push(`**${md(t(L, "report.extras", { count: view.extras.length }))}:** ${md(view.extras.join("; "))}`, "");
  }
  return `${out.join("\n")}\n`;
}
