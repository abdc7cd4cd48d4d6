/**
 * The worker thread of a run: builds the session (config, plugins, frameworks, engines) once from the
 * flags the main thread was given, then analyses one file per task. Runs under the pool's heap cap and
 * time limit (batch/pool.ts), so a hostile file stops here and never takes the main thread with it.
 */
import type { AnalyzeOptions, Analysis } from "@cdsvn/engine";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { analyzeFile } from "../pipeline.ts";
import { makeSession } from "../session.ts";
import { serveTasks } from "./pool-worker.ts";
import type { WorkerSetup, WorkerTask, WorkerResult } from "./analyze-protocol.ts";

serveTasks<WorkerTask, WorkerResult>(async (data) => {
  const { flags } = data as WorkerSetup;
  const session = await Effect.runPromise(makeSession({ ...flags, config: Option.fromNullishOr(flags.config) }));
  return async ({ file, options }: { file: string; options: AnalyzeOptions }) => {
    const result = await Effect.runPromise(Effect.result(analyzeFile(file, session, options)));
    if (result._tag === "Failure") {
      const e = result.failure;
      return e._tag === "UsageError" ? { usage: e.message } : { input: e.reason };
    }
    const a: Analysis = result.success;
    return { report: a.report, text: a.text, province: a.province };
  };
});
