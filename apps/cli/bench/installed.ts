/**
 * `pnpm bench` (apps/cli): the CPU one `cds validate <40 KB plan>` costs, as a ratio to a bare
 * `node -e ""`, for the published bin (the esbuild bundle in dist/, run by node directly) beside the
 * workspace's ways of running the source (`pnpm cds`, and node on src/bin.ts). Target for the
 * published bin: ≤ 3× bare node. CPU, not wall time: the machine is shared, and CPU is what a run
 * costs whatever else is running. Each process (pnpm included) reports its own CPU on exit.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { installedBin } from "./installed-bin.ts";

const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(cliDir, "../..");
const RUNS = Number(process.env.CDS_BENCH_RUNS ?? 7);

const work = mkdtempSync(join(tmpdir(), "cds-bench-cpu-"));
const cpuLog = join(work, "cpu.log");
const hook = join(work, "report-cpu.mjs");
writeFileSync(hook, `import { appendFileSync } from "node:fs";
process.on("exit", () => { const u = process.cpuUsage(); appendFileSync(process.env.CDS_CPU_LOG, (u.user + u.system) / 1000 + "\\n"); });
`);

/** A real plan of about 40 KB: a shared seed when it is beside the repo, else the example grown to that size. */
function plan40k(): string {
  const seed = resolve(root, "../shared/seeds/ha-tinh_son-hong_2027.txt");
  if (existsSync(seed)) return seed;
  const example = readFileSync(resolve(root, "examples/xa-an-phu-2026.txt"), "utf8");
  const file = join(work, "plan-40k.txt");
  writeFileSync(file, example.repeat(Math.ceil(40_000 / Buffer.byteLength(example))));
  return file;
}

/** Total CPU milliseconds of one run (every Node process it started), or throws when it fails. */
function cpu(command: string, args: readonly string[]): number {
  rmSync(cpuLog, { force: true });
  const r = spawnSync(command, args, {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", CDS_CPU_LOG: cpuLog, NODE_OPTIONS: `--import ${pathToFileURL(hook).href}` },
  });
  // Exit 1 is a plan with errors; a crash exits 1 too, but prints no report.
  const reported = args[0] === "-e" || r.stdout.length > 0;
  if ((r.status !== 0 && r.status !== 1) || !reported) throw new Error(`${command} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return readFileSync(cpuLog, "utf8").trim().split("\n").reduce((sum, ms) => sum + Number(ms), 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function measure(command: string, args: readonly string[]): number {
  cpu(command, args); // fills Node's compile cache, as any run after the first finds it
  return median(Array.from({ length: RUNS }, () => cpu(command, args)));
}

export const TARGET = 3;

export interface InstalledResult {
  readonly bareMs: number;
  readonly rows: ReadonlyArray<readonly [string, number]>;
  /** The installed bin's CPU over bare node's. */
  readonly ratio: number;
}

/** The CPU of one `cds validate` of a 40 KB plan, each way of running it, and bare node's. */
export function installedBench(): InstalledResult {
  try {
    return measureAll();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function measureAll(): InstalledResult {
  const bin = installedBin();
  const plan = plan40k();
  const node = process.execPath;
  const bareMs = measure(node, ["-e", ""]);
  const rows: Array<[string, number]> = [
    ["installed bin (node dist/bin.js)", measure(node, [bin, "validate", plan])],
    ["source bin (node src/bin.ts)", measure(node, ["--conditions=@cdsvn/source", "--disable-warning=ExperimentalWarning", join(cliDir, "src/bin.ts"), "validate", plan])],
    ["pnpm cds", measure("pnpm", ["--silent", "cds", "validate", plan])],
  ];
  console.log(`cds validate ${plan.includes("shared") ? plan.replace(/^.*\/(?=shared\/)/, "../") : "<example grown to 40 KB>"} (${(readFileSync(plan).length / 1024).toFixed(0)} KB): CPU, median of ${RUNS}`);
  console.log(`  bare node -e "": ${bareMs.toFixed(0)} ms`);
  for (const [name, ms] of rows) console.log(`  ${name}: ${ms.toFixed(0)} ms = ${(ms / bareMs).toFixed(1)}× bare node`);
  return { bareMs, rows, ratio: rows[0]![1] / bareMs };
}

if (import.meta.main) {
  const r = installedBench();
  console.log(`  installed bin: ${r.ratio.toFixed(1)}× (target ≤ ${TARGET}×) ${r.ratio <= TARGET ? "within target" : "OVER TARGET"}`);
}
