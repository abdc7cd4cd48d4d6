/**
 * `pnpm bench` (apps/cli): how long one `cds parse <plan.txt>` takes as a user runs it, start-up
 * included (loading modules is most of it). Median of several runs; the first run fills Node's
 * compile cache, so it is reported apart.
 */
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = resolve(root, "apps/cli/src/bin.ts");
const RUNS = Number(process.env.CDS_BENCH_RUNS ?? 7);

function run(env: Record<string, string> = {}): number {
  const t = performance.now();
  // This process's flags (scripts/node.sh's --conditions=@cdsvn/source among them), so the child runs the source too.
  const r = spawnSync(process.execPath, [...process.execArgv, bin, "parse", "examples/xa-an-phu-2026.txt"], {
    cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"],
  });
  if (r.status !== 0) throw new Error(`cds parse failed (${r.status}): ${r.stderr}`);
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const first = run();
const warm = Array.from({ length: RUNS }, () => run());
const cold = Array.from({ length: Math.max(3, Math.floor(RUNS / 2)) }, () => run({ NODE_DISABLE_COMPILE_CACHE: "1" }));
console.log(`cds parse examples/xa-an-phu-2026.txt (node, no pnpm):`);
console.log(`  first run ${first.toFixed(0)} ms · median ${median(warm).toFixed(0)} ms (compile cache) · median ${median(cold).toFixed(0)} ms (no compile cache)`);
