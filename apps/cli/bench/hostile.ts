/**
 * `pnpm bench` (apps/cli): issue 17's bars on the hostile corpus (apps/cli/test/hostile/corpus.ts), each
 * file alone through `cds validate --format json` as a user runs it (start-up and its worker included),
 * then the whole folder with 2 workers: CPU time (user + sys) against 5 s per file, the process's peak
 * resident memory against 500 MB per file. Peak memory and CPU of the child are read with GNU time
 * (Linux, /usr/bin/time); without it only the wall time is printed. Reported, never asserted.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { HOSTILE } from "../test/hostile/corpus.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = resolve(root, "apps/cli/src/bin.ts");
const TIME = "/usr/bin/time";
const CPU_LIMIT_S = 5;
const MEMORY_LIMIT_MB = 500;

interface Measure { readonly code: number | null; readonly cpuS: number | null; readonly peakMb: number | null; readonly wallS: number }

function measure(args: readonly string[]): Measure {
  const node = [process.execPath, ...process.execArgv, bin, ...args];
  const timed = existsSync(TIME);
  const started = performance.now();
  const r = spawnSync(timed ? TIME : node[0]!, timed ? ["-f", "cds-bench %M %U %S", ...node] : node.slice(1), {
    cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
  });
  const wallS = (performance.now() - started) / 1000;
  const m = /cds-bench (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  // GNU time reports the exit status in its own line and exits with the child's code.
  return { code: r.status, cpuS: m ? Number(m[2]) + Number(m[3]) : null, peakMb: m ? Number(m[1]) / 1024 : null, wallS };
}

const over = (m: Measure) => [m.cpuS !== null && m.cpuS > CPU_LIMIT_S ? "CPU" : "", m.peakMb !== null && m.peakMb > MEMORY_LIMIT_MB ? "MEMORY" : ""].filter(Boolean).join("+");
const line = (name: string, m: Measure, perFile = true) =>
  `  ${name.padEnd(58)} exit ${String(m.code).padEnd(4)} cpu ${m.cpuS === null ? "  n/a" : m.cpuS.toFixed(2).padStart(5)} s  peak ${m.peakMb === null ? " n/a" : m.peakMb.toFixed(0).padStart(4)} MB  wall ${m.wallS.toFixed(1)} s${perFile && over(m) ? `  OVER ${over(m)}` : ""}`;

const dir = mkdtempSync(join(tmpdir(), "cds-hostile-bench-"));
try {
  const plans = join(dir, "plans");
  mkdirSync(plans);
  console.log(`hostile corpus, one file per run (limits: ${CPU_LIMIT_S} s CPU, ${MEMORY_LIMIT_MB} MB peak per file):`);
  let worst = { cpuS: 0, peakMb: 0 };
  for (const [i, c] of HOSTILE.entries()) {
    const file = join(plans, `${String(i).padStart(2, "0")}-${c.fileName.replace(/[^\w.-]/g, "_")}`);
    writeFileSync(file, c.bytes());
    const m = measure(["validate", file, "--format", "json"]);
    worst = { cpuS: Math.max(worst.cpuS, m.cpuS ?? 0), peakMb: Math.max(worst.peakMb, m.peakMb ?? 0) };
    console.log(line(c.name, m));
  }
  console.log(`  worst: ${worst.cpuS.toFixed(2)} s CPU, ${worst.peakMb.toFixed(0)} MB peak`);
  // for reference: the per-file bars do not apply to a folder (its CPU is every file's; its peak holds two workers)
  console.log(line(`the whole folder (${HOSTILE.length} files), 2 workers`, measure(["validate", plans, "--jobs", "2", "--format", "json"]), false));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
