import {
  type Comparison,
  type ComparisonItem,
  type CoverageStatus,
  type Diagnostic,
  type FileReport,
  type Locale,
  type Plan,
  type Target,
  message,
} from "@cdsvn/core";
import { diffPlans, type PlanDiff } from "@cdsvn/checker";
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
        yield* Console.error(plainText(`cds: ${file}: ${why ?? (lang === "vi" ? "không so sánh được" : "not compared")}`));
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
    if (files.length !== 2) return yield* new UsageError({ message: "--diff compares exactly two plan files" });
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

const STATUS: Record<Locale, Record<CoverageStatus, string>> = {
  vi: { met: "đạt", "below-target": "thấp hơn", missing: "thiếu", ambiguous: "chưa rõ", "not-applicable": "không áp dụng", extra: "ngoài khung" },
  en: { met: "met", "below-target": "below", missing: "missing", ambiguous: "ambiguous", "not-applicable": "n/a", extra: "extra" },
};
const HEAD: Record<Locale, readonly string[]> = {
  vi: ["Chỉ tiêu của khung", "Yêu cầu", "Kế hoạch", "Đánh giá", "Nguồn"],
  en: ["Framework indicator", "Required", "Planned", "Status", "Source"],
};

function renderComparison(report: FileReport, locale: Locale): string {
  const plan = report.plan;
  const c = report.comparison;
  const lines = [report.file];
  const where = plan?.meta.province ?? (locale === "vi" ? "(không rõ tỉnh)" : "(province unknown)");
  if (!c) {
    // The comparison says exactly why it did not run (issue 16), as a framework/coverage info.
    const why = report.diagnostics.find((d) => d.messageId === "notCompared")?.message;
    return [...lines, `  ${why ?? (locale === "vi" ? "không đối chiếu được" : "not compared")}`].join("\n");
  }
  lines.push(`  ${locale === "vi" ? "Tỉnh/thành" : "Province"}: ${where}${plan?.meta.provinceEvidence ? ` (${plan.meta.provinceEvidence})` : ""} · ${locale === "vi" ? "Năm" : "Year"}: ${c.year} · ${locale === "vi" ? "Khung" : "Framework"}: ${c.frameworkId}`);
  const rows = c.items.filter((i) => i.status !== "extra").map((i) => row(i, locale));
  lines.push(...table([[...HEAD[locale]], ...rows]).map((l) => `  ${l}`));
  lines.push(`  ${coverageLine(c, locale)}`);
  const extras = c.items.filter((i) => i.status === "extra").length;
  if (extras > 0) lines.push(`  ${locale === "vi" ? `${extras} chỉ tiêu của kế hoạch không thuộc khung` : `${extras} plan indicators outside the framework`}`);
  for (const d of report.diagnostics.filter((d: Diagnostic) => d.severity !== "info")) {
    lines.push(`  ${d.line ?? "-"}:${d.severity} ${d.message} [${d.ruleId}]`);
  }
  return lines.join("\n");
}

function row(item: ComparisonItem, locale: Locale): string[] {
  return [
    clip(item.code ? `${item.code} ${item.name}` : item.name, 70),
    targetText(item.required),
    targetText(item.planned),
    STATUS[locale][item.status],
    clip(`${MARK[locale][item.confidence ?? "confirmed"]}${[item.source?.document, item.source?.article].filter(Boolean).join(", ")}`, 48),
  ];
}

/** A figure that is not confirmed says so first, where a clipped cell still shows it (issue 16). */
const MARK: Record<Locale, Record<NonNullable<ComparisonItem["confidence"]>, string>> = {
  vi: { confirmed: "", secondary: "[thứ cấp] ", unconfirmed: "[chưa xác minh] ", derived: "[suy ra] " },
  en: { confirmed: "", secondary: "[secondary] ", unconfirmed: "[unconfirmed] ", derived: "[derived] " },
};

/** "met / below / missing of N": N counts the indicators that apply to a commune. */
export function coverageLine(c: Comparison, locale: Locale): string {
  const n = c.counts.met + c.counts["below-target"] + c.counts.missing + c.counts.ambiguous;
  return locale === "vi"
    ? `Độ phủ: ${c.counts.met} đạt / ${c.counts["below-target"]} thấp hơn / ${c.counts.missing} thiếu / ${c.counts.ambiguous} chưa rõ, trên ${n} chỉ tiêu áp dụng cho xã`
    : `Coverage: ${c.counts.met} met / ${c.counts["below-target"]} below / ${c.counts.missing} missing / ${c.counts.ambiguous} ambiguous of ${n} applicable to communes`;
}

function renderDiff(a: string, b: string, d: PlanDiff, locale: Locale): string {
  const words: Record<string, string> = locale === "vi"
    ? { added: "thêm", dropped: "bỏ", raised: "nâng", lowered: "hạ", changed: "đổi", unchanged: "giữ" }
    : { added: "added", dropped: "dropped", raised: "raised", lowered: "lowered", changed: "changed", unchanged: "unchanged" };
  const rows = d.items.filter((i) => i.kind !== "unchanged").map((i) => [words[i.kind]!, clip(i.text, 80), targetText(i.before), targetText(i.after)]);
  const head = locale === "vi" ? ["Thay đổi", "Chỉ tiêu", a, b] : ["Change", "Indicator", a, b];
  const summary = (["added", "dropped", "raised", "lowered", "changed", "unchanged"] as const).map((k) => `${d.counts[k]} ${words[k]}`).join(" · ");
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
