import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Command, Flag } from "effect/cli";
import { FindingsFound, SomeInputsFailed } from "../errors.ts";
import { engineFlags, jobsFlag, files, lang, province } from "../options.ts";
import { checkInputs } from "../pipeline.ts";
import { partWants, ReportWriter, reportFormatFlag, reportFormats, writing } from "../report-output.ts";

const maxWarnings = Flag.Int("max-warnings").pipe(
  Flag.withDescription("Exit 1 when there are more warnings than this (default: no limit)"),
  Flag.optional,
);

/** `cds validate <file|folder|glob…>`: every problem of each plan, with its place and why it matters. */
export const validate = Command.make(
  "validate",
  { files, format: reportFormatFlag, lang, maxWarnings, province, ...engineFlags, jobs: jobsFlag },
  Effect.fn(function* ({ files, format, lang, maxWarnings, province, config, plugin, framework, jobs }) {
    const specs = yield* reportFormats(format); // a bad --format is a usage error before any file is read
    const report = yield* writing(lang, () => ReportWriter.open(specs, { locale: lang, stdoutLive: true }));
    const wants = { formats: partWants(specs), summary: false, table: false, provinceNote: true, notComparedNote: false, full: false };
    const flags = { config, plugin, framework, lang, jobs: Option.getOrUndefined(jobs), province: Option.getOrNull(province) };
    let errors = 0;
    let warnings = 0;
    const { failed } = yield* checkInputs(files, flags, wants, {}, (_file, done) => {
      errors += done.counts.errors;
      warnings += done.counts.warnings;
      return writing(lang, () => report.add(done.parts));
    }).pipe(Effect.onError(() => Effect.promise(() => report.abort())));
    yield* writing(lang, () => report.finish());
    if (failed > 0) return yield* new SomeInputsFailed({ failed });
    if (errors > 0 || (Option.isSome(maxWarnings) && warnings > maxWarnings.value)) return yield* new FindingsFound({ errors });
  }),
).pipe(Command.withDescription("Check plan files, folders or globs: budget arithmetic, percentages, years, consistency, legal references, outdated bodies (exit 1 on errors)"));
