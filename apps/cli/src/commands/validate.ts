import { dirname } from "node:path";
import { genericRules, resolveRules } from "@cdsvn/checker";
import type { Config, FileReport } from "@cdsvn/core";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Command, Flag } from "effect/cli";
import { findConfig, readConfig } from "../config.ts";
import { FindingsFound, SomeInputsFailed, UsageError } from "../errors.ts";
import { loadPlanOrReport, userPath } from "../io/load.ts";
import { files, lang, province } from "../options.ts";
import { analyzePlan } from "../pipeline.ts";
import { loadPlugins } from "../plugins.ts";
import { provinceNote } from "../province-note.ts";
import { emitReports, reportFormatFlag, reportFormats } from "../report-output.ts";

const maxWarnings = Flag.Int("max-warnings").pipe(
  Flag.withDescription("Exit 1 when there are more warnings than this (default: no limit)"),
  Flag.optional,
);
const configFlag = Flag.String("config").pipe(
  Flag.withDescription("Config file (default: the nearest cds.config.json above each plan)"),
  Flag.optional,
);

/** Every rule a config may name: the generic ones and every plugin's (a plan's province picks its own). */
const allRules = () => [...genericRules, ...loadPlugins().flatMap((p) => p.rules)];

const readConfigAt = (path: string) => Effect.try({ try: () => readConfig(path), catch: (e) => e as UsageError });

/** `cds validate <file…>`: every problem of each plan, with its place and why it matters. */
export const validate = Command.make(
  "validate",
  { files, format: reportFormatFlag, lang, maxWarnings, config: configFlag, province },
  Effect.fn(function* ({ files, format, lang, maxWarnings, config, province }) {
    yield* reportFormats(format); // a bad --format is a usage error before any file is read
    const explicit = Option.isSome(config) ? yield* readConfigAt(userPath(config.value)) : null;
    const forced = Option.getOrNull(province);
    const reports: FileReport[] = [];
    const sources = new Map<string, string>();
    let failed = 0;
    for (const file of files) {
      const loaded = yield* loadPlanOrReport(file);
      if (loaded === null) {
        failed++;
        continue;
      }
      const found = explicit ? null : findConfig(dirname(userPath(file)));
      const cfg: Config = explicit ?? (found ? yield* readConfigAt(found) : {});
      // A config naming rules that exist nowhere, or options they do not take, is a usage error.
      const problems = resolveRules(allRules(), cfg).problems;
      if (problems.length > 0) return yield* new UsageError({ message: problems.map((p) => p.message).join("; ") });
      const { plan, tree, diagnostics } = loaded;
      const analysis = analyzePlan(plan, tree, diagnostics, file, { locale: lang, province: forced, config: cfg });
      const note = provinceNote(file, analysis.province, lang);
      if (note) yield* Console.error(note);
      sources.set(file, analysis.text);
      reports.push(analysis.report);
    }
    if (reports.length > 0) yield* emitReports(reports, format.length > 0 ? format : ["stylish"], { locale: lang, sources });
    if (failed > 0) return yield* new SomeInputsFailed({ failed });
    const errors = reports.reduce((n, r) => n + r.summary.errors, 0);
    const warnings = reports.reduce((n, r) => n + r.summary.warnings, 0);
    if (errors > 0 || (Option.isSome(maxWarnings) && warnings > maxWarnings.value)) return yield* new FindingsFound({ errors });
  }),
).pipe(Command.withDescription("Check plan files: budget arithmetic, percentages, years, consistency, legal references, outdated bodies (exit 1 on errors)"));
