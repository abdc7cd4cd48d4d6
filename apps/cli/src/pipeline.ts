import { message, type Locale } from "@cdsvn/core";
import type { Analysis, AnalyzeOptions } from "@cdsvn/engine";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import * as Result from "effect/Result";
import type { WorkerResult, WorkerSetup, WorkerTask } from "./batch/analyze-protocol.ts";
import { runInWorkers, type TaskOutcome } from "./batch/pool.ts";
import { workerUrl } from "./batch/worker-url.ts";
import { InputError, UsageError } from "./errors.ts";
import { expandInputs } from "./io/inputs.ts";
import { inputError, readBytes } from "./io/load.ts";
import { provinceNote } from "./province-note.ts";
import type { Session } from "./session.ts";
import { plainText } from "./io/terminal-text.ts";

/**
 * The per-file step every command that checks uses (validate, compare, export, the folder run): the
 * file's bytes → the engine its config picks → the analysis. The engine does the rest, so every door
 * reports the same findings for the same bytes. One function, so a worker pool can call it later.
 */
export const analyzeFile = (file: string, session: Session, options: AnalyzeOptions): Effect.Effect<Analysis, InputError | UsageError> =>
  Effect.gen(function* () {
    const { engine, config } = yield* session.forFile(file);
    const locale = session.flags.lang;
    const bytes = yield* readBytes(file, locale);
    return yield* Effect.tryPromise({ try: () => engine.analyzeDetailed({ bytes, fileName: file }, { ...options, config }), catch: inputError(file, locale) });
  });

/** Per-file limits of a run (issue 17): a file over either is reported as unreadable and the run goes on. */
export const FILE_TIME_LIMIT_MS = 30_000;
export const FILE_HEAP_LIMIT_MB = 384;

/** What a command gets back for one file: the report, the text its lines point into, the province choice. */
export type FileAnalysis = Pick<Analysis, "report" | "text" | "province">;

/**
 * Many files → their analyses (or why each could not be read), delivered in the files' order as each is
 * ready. Each file is analysed in a worker thread (one per core, `--jobs`), under a time limit and a heap
 * cap: a hostile file is stopped and reported, the other files go on, and the main thread stays free to
 * answer Ctrl-C and SIGTERM at once. A config or plugin problem stops the run (usage error).
 */
export const analyzeFiles = (
  files: readonly string[],
  session: Session,
  options: AnalyzeOptions,
  onResult: (index: number, result: Result.Result<FileAnalysis, InputError>) => Effect.Effect<void>,
): Effect.Effect<void, UsageError> =>
  Effect.gen(function* () {
    const setup: WorkerSetup = { flags: { config: Option.getOrNull(session.flags.config), plugin: session.flags.plugin, framework: session.flags.framework, lang: session.flags.lang } };
    const tasks: WorkerTask[] = files.map((file) => ({ file, options }));
    yield* Effect.tryPromise({
      try: (signal) =>
        runInWorkers<WorkerTask, WorkerResult>(tasks, { workerFile: workerUrl(), workerData: setup, jobs: session.flags.jobs, timeoutMs: FILE_TIME_LIMIT_MS, heapMb: FILE_HEAP_LIMIT_MB, signal }, (index, outcome) =>
          Effect.runPromise(onResult(index, toResult(files[index]!, outcome, session.flags.lang))),
        ),
      catch: (e) => (e instanceof UsageError ? e : new UsageError({ message: e instanceof Error ? e.message : String(e) })),
    });
  });

/** A worker's outcome as the command sees it; a config problem is thrown to stop the run. */
function toResult(file: string, outcome: TaskOutcome<WorkerResult>, locale: Locale): Result.Result<FileAnalysis, InputError> {
  if (!outcome.ok) {
    const reason =
      outcome.limit === "time" ? message(locale, "cli.file.timeLimit", { seconds: FILE_TIME_LIMIT_MS / 1000 })
      : outcome.limit === "memory" ? message(locale, "cli.file.memoryLimit", { mb: FILE_HEAP_LIMIT_MB })
      : message(locale, "cli.file.analysisStopped", { detail: outcome.detail });
    return Result.fail(new InputError({ file, reason }));
  }
  const v = outcome.value;
  if ("usage" in v) throw new UsageError({ message: v.usage });
  if ("input" in v) return Result.fail(new InputError({ file, reason: v.input }));
  if ("crashed" in v) return Result.fail(new InputError({ file, reason: message(locale, "cli.file.internalError", { detail: v.crashed.split("\n")[0] }) }));
  return Result.succeed(v);
}

/** One analysed input, under the name the user gave it. */
export interface AnalysedFile {
  readonly file: string;
  readonly analysis: FileAnalysis;
}

/**
 * What validate, compare and export share: the inputs (files, folders, globs) expanded the same way,
 * each analysed, a line on stderr for each that could not be read and for each whose province could not
 * be told; the analyses in the inputs' order and how many failed.
 */
export const analyzeInputs = (args: readonly string[], session: Session, options: AnalyzeOptions & { readonly locale: Locale }) =>
  Effect.gen(function* () {
    const files = yield* expandInputs(args, options.locale);
    const analysed: AnalysedFile[] = [];
    let failed = 0;
    yield* analyzeFiles(files, session, options, (i, r) =>
      Effect.gen(function* () {
        const file = files[i]!;
        if (r._tag === "Failure") {
          failed++;
          return yield* Console.error(plainText(`cds: ${r.failure.message}`));
        }
        const note = provinceNote(file, r.success.province, options.locale);
        if (note) yield* Console.error(plainText(note));
        analysed.push({ file, analysis: r.success });
      }),
    );
    return { analysed, failed };
  });
