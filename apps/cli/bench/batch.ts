/**
 * `pnpm bench` (apps/cli): parse + validate + compare over 500 generated plans, in one process, the way
 * `cds compare <folder>` runs them. Prints plans per second and peak memory against the targets
 * (≥ 100 plans/s on the 2-core machine, < 500 MB). Speed lives here, never in tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FileReport } from "@cdsvn/core";
import { exportSummaryXlsx, summarizeBatch, type Unreadable } from "@cdsvn/report";
import * as Effect from "effect/Effect";
import { loadPlan } from "../src/io/load.ts";
import * as Option from "effect/Option";
import { analyzeFile, analyzeFiles } from "../src/pipeline.ts";
import { makeSession } from "../src/session.ts";
import { makePlans } from "./make-plans.ts";

const COUNT = Number(process.env.CDS_BENCH_PLANS ?? 500);
const TARGET_PER_SECOND = 100;
const TARGET_MB = 500;

const dir = mkdtempSync(join(tmpdir(), "cds-bench-"));
try {
  const files = makePlans(dir, COUNT);
  let peak = process.memoryUsage.rss();
  const reports: FileReport[] = [];
  const unreadable: Unreadable[] = [];
  const session = await Effect.runPromise(makeSession({ config: Option.none(), plugin: [], framework: [], lang: "vi" }));
  // One warm-up plan, so module loading and JIT do not count against the run.
  await Effect.runPromise(Effect.result(analyzeFile(files[0]!, session, { locale: "vi", compare: true })));
  // The path `cds compare <folder>` takes (analyzeFiles: two files in flight, results in order).
  const start = performance.now();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const results = await Effect.runPromise(analyzeFiles(files, session, { locale: "vi", compare: true }));
  clearInterval(sampler);
  results.forEach((r, i) => {
    if (r._tag === "Failure") unreadable.push({ file: files[i]!, reason: r.failure.reason });
    else reports.push(r.success.report);
  });
  peak = Math.max(peak, process.memoryUsage.rss());
  const analysed = performance.now() - start;
  // Reading alone, once more over the same files, to split the time between reader and checker.
  const readStart = performance.now();
  for (const file of files) await Effect.runPromise(Effect.result(loadPlan(file)));
  const reading = performance.now() - readStart;
  const summaryStart = performance.now();
  const xlsx = await exportSummaryXlsx(summarizeBatch(reports, unreadable, null), "vi");
  const summaryMs = performance.now() - summaryStart;
  peak = Math.max(peak, process.memoryUsage.rss());

  const perSecond = (files.length / analysed) * 1000;
  const mb = peak / 1024 / 1024;
  const findings = reports.reduce((n, r) => n + r.diagnostics.length, 0);
  console.log(`batch: ${files.length} plans (${reports.length} read, ${unreadable.length} unreadable, ${findings} findings)`);
  console.log(`  parse + validate + compare: ${analysed.toFixed(0)} ms → ${perSecond.toFixed(1)} plans/s (target ≥ ${TARGET_PER_SECOND})${perSecond >= TARGET_PER_SECOND ? "" : "  BELOW TARGET"}`);
  console.log(`  of which reading (parse, timed alone): ${reading.toFixed(0)} ms, validate + compare: about ${(analysed - reading).toFixed(0)} ms`);
  console.log(`  summary.xlsx: ${summaryMs.toFixed(0)} ms, ${(xlsx.length / 1024).toFixed(0)} KB`);
  console.log(`  peak memory (RSS): ${mb.toFixed(0)} MB (target < ${TARGET_MB})${mb < TARGET_MB ? "" : "  OVER TARGET"}`);
  if (unreadable.length > 0) console.log(`  unreadable: ${unreadable.slice(0, 3).map((u) => `${u.file}: ${u.reason}`).join("; ")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
