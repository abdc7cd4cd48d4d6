import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * A pool of worker threads that runs one task per file, each file isolated: a heap cap and a time limit
 * per task, so a hostile file that would eat memory or spin for minutes is stopped and reported, and the
 * main thread (which only hands out work and writes results) always answers Ctrl-C and SIGTERM at once.
 * Results are delivered in input order, whatever order the workers finish in.
 */

/** What became of one task. `value` is whatever the worker's handler returned (structured-cloned). */
export type TaskOutcome<O> =
  | { readonly ok: true; readonly value: O }
  | { readonly ok: false; readonly limit: "time" | "memory" | "crash"; readonly detail: string };

export interface PoolOptions {
  /** The worker module: it calls `serveTasks` (pool-worker.ts). */
  readonly workerFile: URL;
  /** Passed once to each worker (plugin specifiers, frameworks, config…): must be structured-cloneable. */
  readonly workerData?: unknown;
  /** Worker threads; defaults to the number of cores. */
  readonly jobs?: number;
  /** Time limit per task, in milliseconds. */
  readonly timeoutMs: number;
  /** Old-generation heap cap per worker, in MiB. */
  readonly heapMb: number;
  /** Stops the run: every worker is terminated and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * The young generation of each worker, in MiB. A file's analysis makes short-lived garbage; 16 MiB keeps
 * scavenges cheap while a pool of workers stays small in memory (at 48 MiB two workers held ~60 MB more
 * resident for no measurable speed).
 */
const YOUNG_MB = 16;

/** How far ahead of the next result to deliver the pool may run: bounds what waits in memory. */
const AHEAD_PER_WORKER = 4;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

interface Slot {
  worker: Worker | null;
  /** The task index the worker is running, or -1 when idle. */
  task: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Runs `inputs` through the workers and calls `onOutcome(index, outcome)` in input order, awaiting each
 * call (so a caller writing results to a stream gets natural back-pressure). Resolves when every
 * outcome has been delivered.
 */
export function runInWorkers<I, O>(
  inputs: readonly I[],
  options: PoolOptions,
  onOutcome: (index: number, outcome: TaskOutcome<O>) => void | Promise<void>,
): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), inputs.length));
  const window = jobs * AHEAD_PER_WORKER;
  const done = new Map<number, TaskOutcome<O>>();
  let next = 0; // next index to dispatch
  let delivered = 0; // next index to deliver
  let delivering = false;
  let finished = false;

  return new Promise<void>((resolve, reject) => {
    const slots: Slot[] = Array.from({ length: jobs }, () => ({ worker: null, task: -1, timer: null }));

    const stopAll = () => {
      finished = true;
      for (const s of slots) {
        if (s.timer) clearTimeout(s.timer);
        s.timer = null;
        void s.worker?.terminate();
        s.worker = null;
      }
    };
    const fail = (e: unknown) => {
      if (finished) return;
      stopAll();
      reject(e);
    };
    const onAbort = () => fail(options.signal?.reason ?? new Error("aborted"));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });

    const spawn = (slot: Slot): Worker => {
      const worker = new Worker(options.workerFile, {
        workerData: options.workerData,
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: YOUNG_MB },
        stdout: false,
        stderr: false,
      });
      worker.on("message", (message: { index: number; value: O }) => {
        if (slot.worker !== worker || message.index !== slot.task) return;
        settle(slot, { ok: true, value: message.value });
      });
      let lastError: unknown = null;
      worker.on("error", (e) => {
        lastError = e;
      });
      worker.on("exit", (code) => {
        if (slot.worker !== worker) return; // terminated on purpose (time limit, end of run)
        slot.worker = null;
        if (slot.task < 0) return;
        const oom = (lastError as { code?: string } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
        const detail = lastError instanceof Error ? lastError.message : `exit code ${code}`;
        settle(slot, oom ? { ok: false, limit: "memory", detail } : { ok: false, limit: "crash", detail });
      });
      return worker;
    };

    const dispatch = (slot: Slot) => {
      if (finished) return;
      if (next >= inputs.length || next - delivered >= window) {
        slot.task = -1;
        // An idle worker is not needed any more once every task is handed out.
        if (next >= inputs.length && slot.worker) {
          const w = slot.worker;
          slot.worker = null;
          void w.terminate();
        }
        return;
      }
      const index = next++;
      slot.task = index;
      if (!slot.worker) slot.worker = spawn(slot);
      const worker = slot.worker;
      slot.timer = setTimeout(() => {
        if (slot.worker !== worker || slot.task !== index) return;
        slot.worker = null;
        void worker.terminate();
        settle(slot, { ok: false, limit: "time", detail: `${options.timeoutMs} ms` });
      }, options.timeoutMs);
      worker.postMessage({ index, input: inputs[index] });
    };

    const settle = (slot: Slot, outcome: TaskOutcome<O>) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      done.set(slot.task, outcome);
      slot.task = -1;
      void deliver();
      dispatch(slot);
    };

    const deliver = async () => {
      if (delivering || finished) return;
      delivering = true;
      try {
        while (done.has(delivered)) {
          const outcome = done.get(delivered)!;
          done.delete(delivered);
          await onOutcome(delivered, outcome);
          delivered++;
          // Room in the window again: wake idle workers.
          for (const s of slots) if (s.task < 0 && !finished) dispatch(s);
        }
      } catch (e) {
        delivering = false;
        return fail(e);
      }
      delivering = false;
      if (delivered === inputs.length && !finished) {
        stopAll();
        options.signal?.removeEventListener("abort", onAbort);
        resolve();
      }
    };

    if (inputs.length === 0) {
      finished = true;
      return resolve();
    }
    for (const slot of slots) dispatch(slot);
  });
}
