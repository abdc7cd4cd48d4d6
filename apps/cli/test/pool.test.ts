import { describe, expect, it } from "vitest";
import { runInWorkers, type TaskOutcome } from "../src/batch/pool.ts";

const workerFile = new URL("./fixtures/pool/worker.ts", import.meta.url);
type Input = { kind: string; value?: number };

async function run(inputs: Input[], extra: { jobs?: number; timeoutMs?: number; signal?: AbortSignal } = {}) {
  const seen: [number, TaskOutcome<unknown>][] = [];
  await runInWorkers<Input, unknown>(inputs, { workerFile, workerData: "D", heapMb: 64, timeoutMs: 5_000, jobs: 2, ...extra }, (i, o) => {
    seen.push([i, o]);
  });
  return seen;
}

describe("runInWorkers", () => {
  it("delivers every outcome in input order, whatever order the workers finish in", async () => {
    const delays = [60, 5, 40, 1, 20, 0, 30, 2];
    const seen = await run(delays.map((value) => ({ kind: "slow-echo", value })));
    expect(seen.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(seen.map(([, o]) => (o.ok ? (o.value as { value: number }).value : null))).toEqual(delays);
  });

  it("hands each worker the pool's data", async () => {
    const seen = await run([{ kind: "echo", value: 1 }]);
    expect(seen[0]![1]).toEqual({ ok: true, value: { value: 1, data: "D" } });
  });

  it("stops a task that spins past the time limit, reports it, and runs the others", async () => {
    const seen = await run([{ kind: "echo", value: 1 }, { kind: "spin" }, { kind: "echo", value: 3 }], { timeoutMs: 1_500 });
    expect(seen.map(([, o]) => o.ok)).toEqual([true, false, true]);
    expect(seen[1]![1]).toMatchObject({ ok: false, limit: "time" });
  });

  it("stops a task that exceeds the heap cap and reports it as memory", async () => {
    const seen = await run([{ kind: "oom" }, { kind: "echo", value: 2 }], { timeoutMs: 30_000 });
    expect(seen[0]![1]).toMatchObject({ ok: false, limit: "memory" });
    expect(seen[1]![1]).toEqual({ ok: true, value: { value: 2, data: "D" } });
  });

  it("a handler that throws comes back as the task's value; a worker that exits is a crash", async () => {
    const seen = await run([{ kind: "throw" }, { kind: "exit" }, { kind: "echo", value: 3 }]);
    expect((seen[0]![1] as { value: { crashed: string } }).value.crashed).toMatch(/boom/);
    expect(seen[1]![1]).toMatchObject({ ok: false, limit: "crash" });
    expect(seen[2]![1].ok).toBe(true);
  });

  it("an abort terminates the workers at once, even mid-spin", async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error("stopped")), 300);
    await expect(run([{ kind: "spin" }, { kind: "spin" }], { signal: controller.signal, timeoutMs: 60_000 })).rejects.toThrow("stopped");
    // Not a timing assertion of speed: the 60 s time limit would otherwise be what ends it.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("an empty input list resolves with nothing", async () => {
    expect(await run([])).toEqual([]);
  });
});
