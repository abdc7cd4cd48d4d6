/**
 * `pnpm bench` (apps/cli): the CLI's figures side by side with their limits (issues 13 and 14): the
 * installed `cds validate` CPU against bare node, and a country's plans through one and two workers
 * (rate, their ratio, peak RSS, byte-identical output). Report them with the machine's load (`uptime`):
 * the machine may be shared, and only CPU time is immune to that.
 */
import { loadavg } from "node:os";
import { BAR_MB, BAR_SPEEDUP, countryBench } from "./country.ts";
import { installedBench, TARGET } from "./installed.ts";

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");
const loadBefore = load();
const installed = installedBench();
const country = await countryBench();
const ok = (pass: boolean) => (pass ? "ok" : "OVER LIMIT");
const peak = Math.max(...[country.oneCore, country.oneFree, country.two].map((r) => r?.peakMb ?? 0));
const rate = (r: { perSecond: number; cpuMsPerPlan: number }) => `${r.perSecond.toFixed(0)} plans/s (CPU ${r.cpuMsPerPlan.toFixed(1)} ms/plan)`;
const rows: Array<[string, string, string, string]> = [
  ["installed cds validate, CPU / bare node", `${installed.ratio.toFixed(1)}×`, `≤ ${TARGET}×`, ok(installed.ratio <= TARGET)],
  ...(country.oneCore ? [[`country (${country.plans} plans), 1 worker on 1 core`, rate(country.oneCore), "", ""] as [string, string, string, string]] : []),
  [`country (${country.plans} plans), 1 worker, free`, rate(country.oneFree), "", ""],
  [`country (${country.plans} plans), 2 workers`, rate(country.two), "", ""],
  [`two workers / ${country.oneCore ? "one on one core" : "one"}`, `${country.speedup.toFixed(2)}×`, `≥ ${BAR_SPEEDUP}×`, ok(country.speedup >= BAR_SPEEDUP)],
  ["two workers / one free worker", `${country.speedupFree.toFixed(2)}×`, "(reference)", ""],
  ["peak RSS (process, workers included)", `${peak.toFixed(0)} MB`, `≤ ${BAR_MB} MB`, ok(peak <= BAR_MB)],
  ["output identical, every run", country.identical ? "yes" : "no", "yes", ok(country.identical)],
];
const width = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`\ncds CLI bench (load average ${loadBefore} before, ${load()} after)`);
for (const r of rows) console.log(`  ${r.map((cell, c) => cell.padEnd(width[c]!)).join("  ").trimEnd()}`);
