import { parentPort, workerData, type TransferListItem } from "node:worker_threads";

/**
 * The worker side of `runInWorkers`: `handler` is built once per worker from the pool's `workerData`
 * (an engine, say), then called for each task the pool hands out, one at a time. A handler that throws
 * is a bug of ours, not a bad file: its message goes back as the task's value under `{ crashed }` so the
 * run reports it and goes on.
 */
export function serveTasks<I, O>(
  setup: (data: unknown) => Promise<(input: I) => Promise<O>> | ((input: I) => Promise<O>),
  /** What of a value is moved to the main thread rather than copied (its large byte buffers). */
  transfer: (value: O) => TransferListItem[] = () => [],
): void {
  const port = parentPort;
  if (!port) throw new Error("serveTasks must run in a worker thread");
  const ready = Promise.resolve(setup(workerData));
  port.on("message", async (message: { index: number; input: I }) => {
    let value: O | { crashed: string };
    let moved: TransferListItem[] = [];
    try {
      const handler = await ready;
      const result = await handler(message.input);
      moved = transfer(result);
      value = result;
    } catch (e) {
      value = { crashed: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage({ index: message.index, value }, moved);
  });
}
