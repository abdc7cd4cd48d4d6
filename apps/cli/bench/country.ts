/**
 * `pnpm bench` (apps/cli): the whole country in one run — a folder of 3,321 plans (copies of the example
 * and seed plans under distinct names, figures nudged) through the real `cds compare <folder>` with one
 * worker and with two, as a Department would run it. Reports, each against its bar (issue 14):
 * - plans per second with 2 workers vs 1 (bar: ≥ 1.7×),
 * - peak RSS of the whole process, workers included (bar: ≤ 300 MB),
 * - that both runs wrote byte-identical output.
 * CDS_BENCH_PLANS changes the count (a quick look: CDS_BENCH_PLANS=300).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { makePlans } from "./make-plans.ts";

const COUNT = Number(process.env.CDS_BENCH_PLANS ?? 3_321);
const BAR_SPEEDUP = 1.7;
const BAR_MB = 300;
const bin = resolve(import.meta.dirname, "../src/bin.ts");

/** Runs the CLI, sampling the peak resident set (VmHWM) of its process until it exits. */
function run(args: string[]): Promise<{ ms: number; peakMb: number; code: number | null }> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--disable-warning=ExperimentalWarning", bin, ...args], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NO_COLOR: "1" } });
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

const dir = mkdtempSync(join(tmpdir(), "cds-country-"));
try {
  makePlans(join(dir, "plans"), COUNT);
  const results: Record<number, { ms: number; peakMb: number; out: Buffer }> = {};
  for (const jobs of [1, 2]) {
    const out = join(dir, `out-${jobs}.json`);
    const r = await run(["compare", join(dir, "plans"), "--jobs", String(jobs), "--format", `json:${out}`]);
    results[jobs] = { ms: r.ms, peakMb: r.peakMb, out: readFileSync(out) };
    console.log(`country: ${COUNT} plans, --jobs ${jobs}: ${(r.ms / 1000).toFixed(1)} s → ${((COUNT / r.ms) * 1000).toFixed(0)} plans/s, peak RSS ${r.peakMb.toFixed(0)} MB (bar ≤ ${BAR_MB})${r.peakMb <= BAR_MB ? "" : "  OVER BAR"} (exit ${r.code})`);
  }
  const speedup = results[1]!.ms / results[2]!.ms;
  console.log(`  two workers / one: ${speedup.toFixed(2)}× (bar ≥ ${BAR_SPEEDUP}×)${speedup >= BAR_SPEEDUP ? "" : "  BELOW BAR"}`);
  console.log(`  output identical with one and two workers: ${Buffer.compare(results[1]!.out, results[2]!.out) === 0 ? "yes" : "NO"}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
