/**
 * `pnpm bench` (apps/cli): the whole country in one run — a folder of 3,321 plans (copies of the example
 * and seed plans under distinct names, figures nudged) through the installed `cds compare <folder>` with
 * one worker and with two, as a Department would run it. Measures, each against its bar (issue 14):
 * - plans per second with 2 workers vs 1 (bar: ≥ 1.7×),
 * - peak RSS of the whole process, workers included (bar: ≤ 300 MB),
 * - that both runs wrote byte-identical output.
 * CDS_BENCH_PLANS changes the count (a quick look: CDS_BENCH_PLANS=300).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installedBin } from "./installed-bin.ts";
import { makePlans } from "./make-plans.ts";

export const BAR_SPEEDUP = 1.7;
export const BAR_MB = 300;

/** Runs the CLI, sampling the peak resident set (VmHWM) of its process until it exits, and its CPU time. */
function run(bin: string, args: string[]): Promise<{ ms: number; peakMb: number; code: number | null }> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NO_COLOR: "1" } });
    let peakKb = 0;
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // the process has just exited
      }
    };
    const timer = setInterval(sample, 50);
    child.on("exit", (code) => {
      clearInterval(timer);
      done({ ms: performance.now() - start, peakMb: peakKb / 1024, code });
    });
  });
}

export interface CountryResult {
  readonly plans: number;
  readonly perSecond: Record<1 | 2, number>;
  readonly peakMb: Record<1 | 2, number>;
  readonly speedup: number;
  readonly identical: boolean;
}

export async function countryBench(count = Number(process.env.CDS_BENCH_PLANS ?? 3_321)): Promise<CountryResult> {
  const bin = installedBin();
  const dir = mkdtempSync(join(tmpdir(), "cds-country-"));
  try {
    makePlans(join(dir, "plans"), count);
    const perSecond = { 1: 0, 2: 0 };
    const peakMb = { 1: 0, 2: 0 };
    const outs: Buffer[] = [];
    for (const jobs of [1, 2] as const) {
      const out = join(dir, `out-${jobs}.json`);
      const r = await run(bin, ["compare", join(dir, "plans"), "--jobs", String(jobs), "--format", `json:${out}`]);
      if (r.code !== 0 && r.code !== 1) throw new Error(`cds compare --jobs ${jobs} failed (exit ${r.code})`);
      perSecond[jobs] = (count / r.ms) * 1000;
      peakMb[jobs] = r.peakMb;
      outs.push(readFileSync(out));
      console.log(`country: ${count} plans, --jobs ${jobs}: ${(r.ms / 1000).toFixed(1)} s → ${perSecond[jobs].toFixed(0)} plans/s, peak RSS ${r.peakMb.toFixed(0)} MB (bar ≤ ${BAR_MB})`);
    }
    return { plans: count, perSecond, peakMb, speedup: perSecond[2] / perSecond[1], identical: Buffer.compare(outs[0]!, outs[1]!) === 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const r = await countryBench();
  console.log(`  two workers / one: ${r.speedup.toFixed(2)}× (bar ≥ ${BAR_SPEEDUP}×)${r.speedup >= BAR_SPEEDUP ? "" : "  BELOW BAR"}`);
  console.log(`  output identical with one and two workers: ${r.identical ? "yes" : "NO"}`);
}
