import { message, type Locale, type Plan, type Target } from "@cdsvn/core";
import type { PlanDiff } from "@cdsvn/checker";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Command, Flag } from "effect/cli";
import { FindingsFound, SomeInputsFailed, UsageError } from "../errors.ts";
import { isDirectory } from "../batch/collect.ts";
import { summaryFlag } from "../batch/flags.ts";
import { runBatch } from "../batch/run-batch.ts";
import { clip, table } from "../compare-table.ts";
import { userPath } from "../io/user-path.ts";
import { engineFlags, jobsFlag, files, lang, province } from "../options.ts";
import { checkInputs } from "../pipeline.ts";
import { partWants, ReportWriter, reportFormatFlag, reportFormats, writing } from "../report-output.ts";
import { plainLines } from "../io/terminal-text.ts";

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
    const specs = yield* reportFormats(reportFormatValues); // a bad --format is a usage error before any file is read
    if (diff) return yield* comparePair(files, reportFormatValues.includes("json") ? "json" : "text", lang);
    const planYear = Option.getOrNull(year);
    if (planYear !== null && (planYear < MIN_PLAN_YEAR || planYear > MAX_PLAN_YEAR)) {
      return yield* new UsageError({ message: message(lang, "cli.yearOutOfRange", { year: planYear, min: MIN_PLAN_YEAR, max: MAX_PLAN_YEAR }) });
    }
    const flags = { config, plugin, framework, lang, jobs: Option.getOrUndefined(jobs), province: Option.getOrNull(province) };
    const options = { checks: false, compare: true, year: planYear } as const;
    // A folder: the batch run over every file in it, with the province summary (batch/run-batch.ts).
    if (files.length === 1 && (yield* Effect.promise(() => isDirectory(userPath(files[0]!))))) {
      // The folder run checks each plan as well (the overview counts every finding), hence checks: true.
      return yield* runBatch({ dir: files[0]!, flags, options: { ...options, checks: true }, summary: Option.getOrNull(summary), formats: reportFormatValues });
    }
    const reportSpecs = reportFormatValues.length > 0 ? specs : [];
    // The tables go to stdout as each plan is ready; a report on stdout then waits for the end.
    const report = yield* writing(lang, () => ReportWriter.open(reportSpecs, { locale: lang, stdoutLive: !tableView }));
    const wants = { formats: partWants(reportSpecs), summary: false, table: tableView, provinceNote: true, notComparedNote: true, full: false };
    let errors = 0;
    const { failed } = yield* checkInputs(files, flags, wants, options, (_file, done) =>
      Effect.gen(function* () {
        errors += done.counts.errors;
        if (done.table !== undefined) yield* Console.log(done.table);
        yield* writing(lang, () => report.add(done.parts));
      }),
    ).pipe(Effect.onError(() => Effect.promise(() => report.abort())));
    yield* writing(lang, () => report.finish());

    if (failed > 0) return yield* new SomeInputsFailed({ failed });
    if (errors > 0) return yield* new FindingsFound({ errors });
  }),
).pipe(Command.withDescription("Compare plans with their province's framework for the plan year (or two plans with --diff)"));

/** `--diff`: two plans of one commune (year over year) or two communes, indicator by indicator. */
const comparePair = (files: readonly string[], format: "json" | "text", lang: Locale) =>
  Effect.gen(function* () {
    if (files.length !== 2) return yield* new UsageError({ message: message(lang, "cli.compare.diffNeedsTwo") });
    // The reader and the differ load only for --diff: the other commands analyse in worker threads.
    const [{ loadPlanOrReport }, { diffPlans }] = yield* Effect.promise(() => Promise.all([import("../io/load.ts"), import("@cdsvn/checker")]));
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

