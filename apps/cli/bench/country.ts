/**
 * `pnpm bench` (apps/cli): the whole country in one run — a folder of 3,321 plans (copies of the example
 * and seed plans under distinct names, figures nudged) through the installed `cds compare <folder>`, as a
 * Department would run it, three ways: one worker confined to one core (`taskset -c 0`: the single-core
 * rate, what the bar is measured against), one worker free on every core (its garbage collector and
 * compiler threads take the spare core), and two workers. Measures, each against its bar (issue 14):
 * - plans per second with 2 workers vs the single-core rate (bar: ≥ 1.7×); vs one free worker, for reference,
 * - peak RSS of the whole process, workers included (bar: ≤ 300 MB),
 * - that the runs wrote byte-identical output,
 * - the CPU time of each run (user + system, all threads), which a shared machine does not inflate the
 *   way it does wall time: a run whose CPU grows with the workers shares less well.
 * CDS_BENCH_PLANS changes the count (a quick look: CDS_BENCH_PLANS=300).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installedBin } from "./installed-bin.ts";
import { makePlans } from "./make-plans.ts";

export const BAR_SPEEDUP = 1.7;
export const BAR_MB = 300;

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** What one run measured: wall time, CPU time of every thread, peak resident set. */
interface Run {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakMb: number;
  readonly code: number | null;
}

/**
 * Runs the CLI (under `taskset` when `cpus` is given), sampling the peak resident set (VmHWM) of its
 * process and the CPU time of each of its threads (/proc/<pid>/task/<tid>/stat) until it exits.
 */
function run(bin: string, args: string[], cpus: string | null): Promise<Run> {
  return new Promise((done) => {
    const start = performance.now();
    const [command, argv] = cpus === null ? [process.execPath, [bin, ...args]] : ["taskset", ["-c", cpus, process.execPath, bin, ...args]];
    // stderr kept aside (progress lines) and shown only when the run fails.
    const child = spawn(command, argv, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let peakKb = 0;
    const ticks = new Map<string, number>(); // thread → CPU ticks so far (a thread's count stays once it ends)
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
        for (const tid of readdirSafe(`/proc/${child.pid}/task`)) {
          const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8");
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          ticks.set(tid, Number(fields[11]) + Number(fields[12]));
        }
      } catch {
        // the process or thread has just exited
      }
    };
    const timer = setInterval(sample, 50);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0 && code !== 1) process.stderr.write(stderr);
      const cpuMs = ([...ticks.values()].reduce((a, b) => a + b, 0) / CLOCK_TICKS) * 1000;
      done({ ms: performance.now() - start, cpuMs, peakMb: peakKb / 1024, code });
    });
  });
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}


export interface CountryRun {
  readonly label: string;
  readonly perSecond: number;
  readonly cpuMsPerPlan: number;
  readonly peakMb: number;
}

export interface CountryResult {
  readonly plans: number;
  /** One worker on one core, one worker free, two workers. */
  readonly oneCore: CountryRun | null;
  readonly oneFree: CountryRun;
  readonly two: CountryRun;
  /** Two workers against the single-core rate (one core when taskset is there, else one free worker). */
  readonly speedup: number;
  /** Two workers against one free worker. */
  readonly speedupFree: number;
  readonly identical: boolean;
}

const hasTaskset = () => process.platform === "linux" && spawnSync("taskset", ["-c", "0", "true"]).status === 0;

export async function countryBench(count = Number(process.env.CDS_BENCH_PLANS ?? 3_321)): Promise<CountryResult> {
  const bin = installedBin();
  const dir = mkdtempSync(join(tmpdir(), "cds-country-"));
  try {
    makePlans(join(dir, "plans"), count);
    const outs: Buffer[] = [];
    const measure = async (label: string, jobs: number, cpus: string | null): Promise<CountryRun> => {
      const out = join(dir, `out-${outs.length}.json`);
      const r = await run(bin, ["compare", join(dir, "plans"), "--jobs", String(jobs), "--format", `json:${out}`], cpus);
      if (r.code !== 0 && r.code !== 1) throw new Error(`cds compare --jobs ${jobs} failed (exit ${r.code})`);
      outs.push(readFileSync(out));
      const result = { label, perSecond: (count / r.ms) * 1000, cpuMsPerPlan: r.cpuMs / count, peakMb: r.peakMb };
      console.log(`country: ${count} plans, ${label}: ${(r.ms / 1000).toFixed(1)} s → ${result.perSecond.toFixed(0)} plans/s, CPU ${(r.cpuMs / 1000).toFixed(1)} s (${result.cpuMsPerPlan.toFixed(1)} ms/plan), peak RSS ${r.peakMb.toFixed(0)} MB (bar ≤ ${BAR_MB})`);
      return result;
    };
    const oneCore = hasTaskset() ? await measure("1 worker on 1 core", 1, "0") : null;
    const oneFree = await measure("1 worker, free", 1, null);
    const two = await measure("2 workers", 2, null);
    return {
      plans: count,
      oneCore,
      oneFree,
      two,
      speedup: two.perSecond / (oneCore ?? oneFree).perSecond,
      speedupFree: two.perSecond / oneFree.perSecond,
      identical: outs.every((o) => Buffer.compare(o, outs[0]!) === 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const r = await countryBench();
  console.log(`  two workers / one on one core: ${r.speedup.toFixed(2)}× (bar ≥ ${BAR_SPEEDUP}×)${r.speedup >= BAR_SPEEDUP ? "" : "  BELOW BAR"}`);
  console.log(`  two workers / one free worker: ${r.speedupFree.toFixed(2)}× (for reference)`);
  console.log(`  output identical across the runs: ${r.identical ? "yes" : "NO"}`);
}
