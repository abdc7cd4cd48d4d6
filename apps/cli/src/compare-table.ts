import { type Comparison, type CoverageStatus, type Diagnostic, type FileReport, type Locale, message } from "@cdsvn/core";
import { comparisonView, findingNotes, notComparedLine, severityLabel, statusLabel } from "@cdsvn/report";

/**
 * compare's terminal view of one plan: the table of framework indicator, required, planned, status and
 * source, the coverage line and the findings. Made in the worker that analysed the plan, like every
 * other view of a report.
 */

/** The statuses the coverage line counts, in the order a reviewer reads them. */
const COVERAGE: readonly CoverageStatus[] = ["met", "below-target", "missing", "ambiguous"];

/**
 * The terminal table of one plan's comparison, from the reports' own view (`comparisonView`): in-scope
 * rows only, the same status words, sources and confidence as markdown, html and docx.
 */
export function renderComparison(report: FileReport, locale: Locale): string {
  const plan = report.plan;
  const lines = [report.file];
  const view = comparisonView(locale, report);
  const c = report.comparison;
  if (!view || !c) return [...lines, `  ${notComparedLine(locale, report) ?? message(locale, "cli.compare.notCompared")}`].join("\n");
  const evidence = plan?.meta.provinceEvidence ? ` (${plan.meta.provinceEvidence})` : "";
  lines.push(`  ${message(locale, "cli.compare.header", { province: plan?.meta.province ?? message(locale, "cli.compare.provinceUnknown"), evidence, year: String(c.year), framework: c.frameworkId })}`);
  const head = (["comparison.indicator", "comparison.required", "comparison.planned", "comparison.status", "comparison.source"] as const).map((id) => message(locale, id));
  const rows = view.rows.map((r) => [
    clip(r.code ? `${r.code} ${r.name}` : r.name, 70),
    r.required,
    r.planned,
    r.statusText,
    // The last column is not clipped: every row shows how sure its figure is and the article it comes from.
    [r.confidence ? `(${r.confidence})` : null, r.source].filter(Boolean).join(" "),
  ]);
  lines.push(...table([head, ...rows]).map((l) => `  ${l}`));
  lines.push(`  ${coverageLine(c, locale)} — ${view.scopeLine}`);
  if (view.extras.length > 0) lines.push(`  ${message(locale, "report.extras", { count: view.extras.length })}`);
  for (const d of report.diagnostics.filter((d: Diagnostic) => d.severity !== "info")) {
    const place = findingNotes(locale, d).place;
    lines.push(`  ${[place, severityLabel(locale, d.severity)].filter(Boolean).join(" · ")}: ${d.message} [${d.ruleId}]`);
  }
  return lines.join("\n");
}

/** "Độ phủ: 5 đạt / 2 thấp hơn khung / 3 chưa có / 1 chưa rõ", in the reports' status words. */
function coverageLine(c: Comparison, locale: Locale): string {
  return `${message(locale, "cli.compare.coverage")}: ${COVERAGE.map((s) => `${c.counts[s]} ${statusLabel(locale, s)}`).join(" / ")}`;
}

/** Cuts `s` to `n` characters, the last one an ellipsis. */
export function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Rows as aligned columns, two spaces apart. */
export function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd());
}
