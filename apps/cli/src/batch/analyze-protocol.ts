import type { FileReport } from "@cdsvn/core";
import type { AnalyzeOptions, ProvinceChoice } from "@cdsvn/engine";

/** What the main thread tells each worker once: the flags the session is rebuilt from (plain data). */
export interface WorkerSetup {
  readonly flags: {
    readonly config: string | null;
    readonly plugin: readonly string[];
    readonly framework: readonly string[];
    readonly lang: "vi" | "en";
  };
}

export interface WorkerTask {
  readonly file: string;
  readonly options: AnalyzeOptions;
}

/**
 * One file's outcome, as plain data: the analysis a command needs (the tree stays in the worker), a file
 * that could not be read (`input`, its reason), a config or plugin problem that stops the run (`usage`),
 * or a bug of ours (`crashed`, from pool-worker.ts).
 */
export type WorkerResult =
  | { readonly report: FileReport; readonly text: string; readonly province: ProvinceChoice }
  | { readonly input: string }
  | { readonly usage: string }
  | { readonly crashed: string };
