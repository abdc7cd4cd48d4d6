import {
  type Comparison,
  type CoverageStatus,
  type Diagnostic,
  type FileReport,
  type Locale,
  type Plan,
  type Target,
  message,
} from "@cdsvn/core";
import { diffPlans, type PlanDiff } from "@cdsvn/checker";
import { comparisonView, findingNotes, notComparedLine, severityLabel, statusLabel } from "@cdsvn/report";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Command, Flag } from "effect/cli";
import { FindingsFound, SomeInputsFailed, UsageError } from "../errors.ts";
import { isDirectory } from "../batch/collect.ts";
import { summaryFlag } from "../batch/flags.ts";
import { runBatch } from "../batch/run-batch.ts";
import { loadPlanOrReport, userPath } from "../io/load.ts";
import { engineFlags, jobsFlag, files, lang, province } from "../options.ts";
import { analyzeInputs } from "../pipeline.ts";
import { emitReports, reportFormatFlag, reportFormats } from "../report-output.ts";
import { provinceOption } from "../province-flag.ts";
import { makeSession } from "../session.ts";
import { plainLines, plainText } from "../io/terminal-text.ts";

/**
 * The plan years `--year` takes: plans under NQ 57-NQ/TW (2024) and the programmes before it, to the
 * horizon of the strategies they cite (2045); a year outside is a typo, not a plan without a framework.
 */
const MIN_PLAN_YEAR = 2000;
const MAX_PLAN_YEAR = 2050;

const year = Flag.Int("year").pipe(Flag.withDescription("The plan year to compare for; read from the plan when absent"), Flag.optional);
const diff = Flag.Boolean("diff").pipe(
  Flag.withDescription("Compare two plans with each other: indicators added, dropped, raised, lowered"),
  Flag.withDefault(false),
);

/** compare's own view: the comparison table. Every other --format value goes to @cdsvn/report. */
const TABLE_VIEW = new Set(["text", "table"]);

/**
 * `cds compare <file…>`: each plan against its province's framework for its plan year (a table of
 * framework indicator, required, planned, status, source, and a coverage line), or two plans with
 * each other (`--diff`). Exit 1 when a required (confirmed) indicator is missing or below target.
 */
export const compare = Command.make(
  "compare",
  { files, province, year, diff, format: reportFormatFlag, lang, summary: summaryFlag, ...engineFlags, jobs: jobsFlag },
  Effect.fn(function* ({ files, province, year, diff, format, lang, summary, config, plugin, framework, jobs }) {
    const tableView = format.length === 0 || format.some((f) => TABLE_VIEW.has(f));
    const reportFormatValues = format.filter((f) => !TABLE_VIEW.has(f));
    yield* reportFormats(reportFormatValues); // a bad --format is a usage error before any file is read
    if (diff) return yield* comparePair(files, reportFormatValues.includes("json") ? "json" : "text", lang);
    const planYear = Option.getOrNull(year);
    if (planYear !== null && (planYear < MIN_PLAN_YEAR || planYear > MAX_PLAN_YEAR)) {
      return yield* new UsageError({ message: message(lang, "cli.yearOutOfRange", { year: planYear, min: MIN_PLAN_YEAR, max: MAX_PLAN_YEAR }) });
    }
    const session = yield* makeSession({ config, plugin, framework, lang, jobs: Option.getOrUndefined(jobs) });
    const forced = yield* provinceOption(Option.getOrNull(province), session, lang);
    const options = { locale: lang, province: forced, checks: false, compare: true, year: planYear } as const;
    // A folder: the batch run over every file in it, with the province summary (batch/run-batch.ts).
    if (files.length === 1 && (yield* Effect.promise(() => isDirectory(userPath(files[0]!))))) {
      // The folder run checks each plan as well (the overview counts every finding), hence checks: true.
      return yield* runBatch({ dir: files[0]!, session, options: { ...options, checks: true }, summary: Option.getOrNull(summary), formats: reportFormatValues });
    }
    const { analysed, failed } = yield* analyzeInputs(files, session, options);
    for (const { file, analysis } of analysed) {
      if (analysis.report.comparison === null || analysis.report.comparison === undefined) {
        // The engine's framework/coverage note says exactly why (no framework for that year, not a commune plan…).
        const why = analysis.report.diagnostics.find((d) => d.messageId === "notCompared")?.message;
        yield* Console.error(plainText(`cds: ${file}: ${why ?? message(lang, "cli.compare.notCompared")}`));
      }
    }
    const reports = analysed.map((a) => a.analysis.report);
    const sources = new Map(analysed.map((a) => [a.file, a.analysis.text]));

    if (tableView) for (const r of reports) yield* Console.log(plainLines(renderComparison(r, lang)));
    if (reportFormatValues.length > 0 && reports.length > 0) yield* emitReports(reports, reportFormatValues, { locale: lang, sources });

    if (failed > 0) return yield* new SomeInputsFailed({ failed });
    const errors = reports.reduce((n, r) => n + r.summary.errors, 0);
    if (errors > 0) return yield* new FindingsFound({ errors });
  }),
).pipe(Command.withDescription("Compare plans with their province's framework for the plan year (or two plans with --diff)"));

/** `--diff`: two plans of one commune (year over year) or two communes, indicator by indicator. */
const comparePair = (files: readonly string[], format: "json" | "text", lang: Locale) =>
  Effect.gen(function* () {
    if (files.length !== 2) return yield* new UsageError({ message: message(lang, "cli.compare.diffNeedsTwo") });
    const loaded: { file: string; plan: Plan }[] = [];
    let failed = 0;
    for (const file of files) {
      const result = yield* loadPlanOrReport(file, lang);
      if (result === null) failed++;
      else loaded.push({ file, plan: result.plan });
    }
    const [a, b] = loaded;
    if (a && b) {
      const d = diffPlans(a.plan, b.plan);
      if (format === "json") yield* Console.log(JSON.stringify({ before: a.file, after: b.file, ...d }, null, 2));
      else yield* Console.log(plainLines(renderDiff(a.file, b.file, d, lang)));
    }
    if (failed > 0) return yield* new SomeInputsFailed({ failed });
  });

/** The statuses the coverage line counts, in the order a reviewer reads them. */
const COVERAGE: readonly CoverageStatus[] = ["met", "below-target", "missing", "ambiguous"];

/**
 * The terminal table of one plan's comparison, from the reports' own view (`comparisonView`): in-scope
 * rows only, the same status words, sources and confidence as markdown, html and docx.
 */
function renderComparison(report: FileReport, locale: Locale): string {
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
export function coverageLine(c: Comparison, locale: Locale): string {
  return `${message(locale, "cli.compare.coverage")}: ${COVERAGE.map((s) => `${c.counts[s]} ${statusLabel(locale, s)}`).join(" / ")}`;
}

function renderDiff(a: string, b: string, d: PlanDiff, locale: Locale): string {
  const word = (k: PlanDiff["items"][number]["kind"]) => message(locale, `cli.diff.${k}`);
  const rows = d.items.filter((i) => i.kind !== "unchanged").map((i) => [word(i.kind), clip(i.text, 80), targetText(i.before), targetText(i.after)]);
  const head = [message(locale, "cli.diff.change"), message(locale, "cli.diff.indicator"), a, b];
  const summary = (["added", "dropped", "raised", "lowered", "changed", "unchanged"] as const).map((k) => `${d.counts[k]} ${word(k)}`).join(" · ");
  return [...table([head, ...rows]), summary].join("\n");
}

function targetText(t: Target | null): string {
  return t ? t.raw : "—";
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd());
}
