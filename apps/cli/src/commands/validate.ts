import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Command, Flag } from "effect/cli";
import { FindingsFound, SomeInputsFailed } from "../errors.ts";
import { engineFlags, jobsFlag, files, lang, province } from "../options.ts";
import { analyzeInputs } from "../pipeline.ts";
import { emitReports, reportFormatFlag, reportFormats } from "../report-output.ts";
import { provinceOption } from "../province-flag.ts";
import { makeSession } from "../session.ts";

const maxWarnings = Flag.Int("max-warnings").pipe(
  Flag.withDescription("Exit 1 when there are more warnings than this (default: no limit)"),
  Flag.optional,
);

/** `cds validate <file|folder|glob…>`: every problem of each plan, with its place and why it matters. */
export const validate = Command.make(
  "validate",
  { files, format: reportFormatFlag, lang, maxWarnings, province, ...engineFlags, jobs: jobsFlag },
  Effect.fn(function* ({ files, format, lang, maxWarnings, province, config, plugin, framework, jobs }) {
    yield* reportFormats(format); // a bad --format is a usage error before any file is read
    const session = yield* makeSession({ config, plugin, framework, lang, jobs: Option.getOrUndefined(jobs) });
    const { analysed, failed } = yield* analyzeInputs(files, session, { locale: lang, province: yield* provinceOption(Option.getOrNull(province), session, lang) });
    const reports = analysed.map((a) => a.analysis.report);
    const sources = new Map(analysed.map((a) => [a.file, a.analysis.text]));
    if (reports.length > 0) yield* emitReports(reports, format.length > 0 ? format : ["stylish"], { locale: lang, sources });
    if (failed > 0) return yield* new SomeInputsFailed({ failed });
    const errors = reports.reduce((n, r) => n + r.summary.errors, 0);
    const warnings = reports.reduce((n, r) => n + r.summary.warnings, 0);
    if (errors > 0 || (Option.isSome(maxWarnings) && warnings > maxWarnings.value)) return yield* new FindingsFound({ errors });
  }),
).pipe(Command.withDescription("Check plan files, folders or globs: budget arithmetic, percentages, years, consistency, legal references, outdated bodies (exit 1 on errors)"));
