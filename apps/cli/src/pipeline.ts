import type { Locale } from "@cdsvn/core";
import type { Analysis, AnalyzeOptions } from "@cdsvn/engine";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import type * as Result from "effect/Result";
import type { InputError, UsageError } from "./errors.ts";
import { expandInputs } from "./io/inputs.ts";
import { inputError, readBytes } from "./io/load.ts";
import { provinceNote } from "./province-note.ts";
import type { Session } from "./session.ts";

/**
 * The per-file step every command that checks uses (validate, compare, export, the folder run): the
 * file's bytes → the engine its config picks → the analysis. The engine does the rest, so every door
 * reports the same findings for the same bytes. One function, so a worker pool can call it later.
 */
export const analyzeFile = (file: string, session: Session, options: AnalyzeOptions): Effect.Effect<Analysis, InputError | UsageError> =>
  Effect.gen(function* () {
    const { engine, config } = yield* session.forFile(file);
    const bytes = yield* readBytes(file);
    return yield* Effect.tryPromise({ try: () => engine.analyzeDetailed({ bytes, fileName: file }, { ...options, config }), catch: inputError(file) });
  });

/**
 * Many files → their analyses (or why each could not be read), in the files' order; a bad config stops
 * the run (usage error). Two at a time: analysis is synchronous, so the second only overlaps its file read
 * (stat, open, read) with the first's parsing, instead of the CPU waiting on the disk between plans.
 */
export const analyzeFiles = (
  files: readonly string[], session: Session, options: AnalyzeOptions, onStart: (file: string) => void = () => {},
): Effect.Effect<Array<Result.Result<Analysis, InputError>>, UsageError> =>
  Effect.forEach(files, (file) => Effect.suspend(() => {
    onStart(file);
    return Effect.result(analyzeFile(file, session, options)).pipe(
      Effect.flatMap((r) => (r._tag === "Failure" && r.failure._tag === "UsageError" ? Effect.fail(r.failure) : Effect.succeed(r as Result.Result<Analysis, InputError>))),
    );
  }), { concurrency: 2 });

/** One analysed input, under the name the user gave it. */
export interface AnalysedFile {
  readonly file: string;
  readonly analysis: Analysis;
}

/**
 * What validate, compare and export share: the inputs (files, folders, globs) expanded the same way,
 * each analysed, a line on stderr for each that could not be read and for each whose province could not
 * be told; the analyses in the inputs' order and how many failed.
 */
export const analyzeInputs = (args: readonly string[], session: Session, options: AnalyzeOptions & { readonly locale: Locale }) =>
  Effect.gen(function* () {
    const files = yield* expandInputs(args);
    const results = yield* analyzeFiles(files, session, options);
    const analysed: AnalysedFile[] = [];
    let failed = 0;
    for (const [i, r] of results.entries()) {
      const file = files[i]!;
      if (r._tag === "Failure") {
        failed++;
        yield* Console.error(`cds: ${r.failure.message}`);
        continue;
      }
      const note = provinceNote(file, r.success.province, options.locale);
      if (note) yield* Console.error(note);
      analysed.push({ file, analysis: r.success });
    }
    return { analysed, failed };
  });
