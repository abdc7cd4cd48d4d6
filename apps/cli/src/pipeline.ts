import { dirname } from "node:path";
import { message, type Locale } from "@cdsvn/core";
import * as Cause from "effect/Cause";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import * as Option from "effect/Option";
import type { FileDone, FileTask, FileWants, Prepared, WorkerResult, WorkerSetup, WorkerTask } from "./batch/analyze-protocol.ts";
import { defaultJobs, runInWorkers, type TaskOutcome } from "./batch/pool.ts";
import { workerUrl } from "./batch/worker-url.ts";
import { InputError, UsageError } from "./errors.ts";
import { expandInputs } from "./io/inputs.ts";
import { userPath } from "./io/user-path.ts";
import type { EngineFlags } from "./session.ts";
import { plainText } from "./io/terminal-text.ts";

/** Per-file limits of a run (issue 17): a file over either is reported as unreadable and the run goes on. */
export const FILE_TIME_LIMIT_MS = 30_000;
export const FILE_HEAP_LIMIT_MB = 384;

/** The flags of a command that checks, with `--province` as typed (the workers resolve it). */
export interface RunFlags extends EngineFlags {
  readonly province: string | null;
}

/** One input of a run: the path to read and the name its report shows. */
export interface RunInput {
  readonly file: string;
  readonly shown: string;
}

/**
 * Files → what the command wants of each (see batch/analyze-protocol.ts), delivered in the files' order as
 * each is ready, to `onFile`. Each file is analysed and formatted in a worker thread (one per core,
 * `--jobs`) under a time limit and a heap cap: a hostile file is stopped and reported, the other files go
 * on, and the main thread, which only hands out work and writes results, answers Ctrl-C and SIGTERM at
 * once. The first task prepares the run (every config's engine, `--province`): a config or plugin problem
 * fails the run with a usage error before `onFile` has been called, so nothing is written.
 */
export const runFiles = (
  inputs: readonly RunInput[],
  flags: RunFlags,
  wants: FileWants,
  options: Omit<FileTask["options"], "locale"> & { readonly base?: boolean },
  onFile: (index: number, result: { readonly _tag: "Success"; readonly done: FileDone } | { readonly _tag: "Failure"; readonly error: InputError }) => Effect.Effect<void, UsageError>,
): Effect.Effect<Prepared, UsageError> =>
  Effect.gen(function* () {
    const setup: WorkerSetup = {
      flags: { config: Option.getOrNull(flags.config), plugin: flags.plugin, framework: flags.framework, lang: flags.lang },
      province: flags.province,
    };
    const { base, ...analyzeOptions } = options;
    const dirs = [...new Set(inputs.map((i) => dirname(userPath(i.file))))];
    const tasks: WorkerTask[] = [
      { kind: "prepare", dirs, base: base === true },
      ...inputs.map((i): WorkerTask => ({ kind: "file", file: i.file, shown: i.shown, options: { ...analyzeOptions, locale: flags.lang }, wants })),
    ];
    let prepared: Prepared = { province: null, provinceNote: null };
    // One worker per file at most: the prepare task is quick, and a worker of its own would build the engines twice.
    yield* Effect.tryPromise({
      try: (signal) =>
        runInWorkers<WorkerTask, WorkerResult>(tasks, { workerFile: workerUrl(), workerData: setup, jobs: Math.min(flags.jobs ?? defaultJobs(), Math.max(1, inputs.length)), timeoutMs: FILE_TIME_LIMIT_MS, heapMb: FILE_HEAP_LIMIT_MB, signal }, (index, outcome) => {
          const result = toResult(index === 0 ? "" : inputs[index - 1]!.shown, outcome, flags.lang);
          if ("prepared" in result) {
            prepared = result.prepared;
            return prepared.provinceNote === null ? undefined : Effect.runPromise(Console.error(prepared.provinceNote));
          }
          return deliver(onFile(index - 1, result));
        }),
      catch: (e) => (e instanceof UsageError ? e : new UsageError({ message: e instanceof Error ? e.message : String(e) })),
    });
    return prepared;
  });

/** Runs a command's step for one result; its failure (a usage error) stops the run as itself. */
async function deliver(step: Effect.Effect<void, UsageError>): Promise<void> {
  const exit = await Effect.runPromiseExit(step);
  if (Exit.isFailure(exit)) throw Cause.squash(exit.cause);
}

/** A worker's outcome as the command sees it; a config problem is thrown to stop the run. */
function toResult(file: string, outcome: TaskOutcome<WorkerResult>, locale: Locale) {
  const failed = (reason: string) => ({ _tag: "Failure" as const, error: new InputError({ file, reason }) });
  if (!outcome.ok) {
    const reason =
      outcome.limit === "time" ? message(locale, "cli.file.timeLimit", { seconds: FILE_TIME_LIMIT_MS / 1000 })
      : outcome.limit === "memory" ? message(locale, "cli.file.memoryLimit", { mb: FILE_HEAP_LIMIT_MB })
      : message(locale, "cli.file.analysisStopped", { detail: outcome.detail });
    if (file === "") throw new UsageError({ message: reason });
    return failed(reason);
  }
  const v = outcome.value;
  if ("usage" in v) throw new UsageError({ message: v.usage });
  if ("crashed" in v) {
    const reason = message(locale, "cli.file.internalError", { detail: v.crashed.split("\n")[0] });
    if (file === "") throw new UsageError({ message: reason });
    return failed(reason);
  }
  if ("prepared" in v) return v;
  if ("input" in v) return failed(v.input);
  return { _tag: "Success" as const, done: v.done };
}

/**
 * What validate, compare and export share: the inputs (files, folders, globs) expanded the same way,
 * each analysed, a line on stderr for each that could not be read and each note of the worker; `onDone`
 * for each file that could, in the inputs' order. Returns how many failed and the prepared run.
 */
export const checkInputs = (
  args: readonly string[],
  flags: RunFlags,
  wants: FileWants,
  options: Omit<FileTask["options"], "locale"> & { readonly base?: boolean },
  onDone: (file: string, done: FileDone) => Effect.Effect<void, UsageError>,
) =>
  Effect.gen(function* () {
    const files = yield* expandInputs(args, flags.lang);
    let failed = 0;
    const prepared = yield* runFiles(
      files.map((file) => ({ file, shown: file })),
      flags,
      wants,
      options,
      (i, r) =>
        Effect.gen(function* () {
          if (r._tag === "Failure") {
            failed++;
            return yield* Console.error(plainText(`cds: ${r.error.message}`));
          }
          for (const note of r.done.notes) yield* Console.error(note);
          yield* onDone(files[i]!, r.done);
        }),
    );
    return { failed, prepared };
  });
