/**
 * Parse + validate + compare of one ~40 KB plan, in-process, through the engine as every door calls it:
 * `createEngine({ plugins }).analyze({ bytes, fileName }, { compare: true })` with the four bundled plugins.
 * Beside it, the floor: reading the same bytes and NFC-normalising them. Uses the seeds of ../shared when
 * they exist (each repeated up to 40 KB), else the example plan repeated. Time is CPU time (user + sys of
 * this process), not wall time: the machine is shared. Warm runs, many iterations, medians.
 * Limit (issue 14): a median ≤ 4 ms per plan. Prints the figures with the limit; asserts nothing.
 * Run by `pnpm bench` (turbo) through this package's "bench" script.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { createEngine } from "../src/index.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../../..");
const seeds = join(repo, "../shared/seeds");
const TARGET_BYTES = 40_000;
const LIMIT_MS = 4;
const WARMUP = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

/** A plan of about 40 KB: the text repeated (a real plan of that size is a long one with appendices). */
function grow(text: string): string {
  let out = text;
  while (Buffer.byteLength(out) < TARGET_BYTES) out += `\n\nPHỤ LỤC\n\n${text}`;
  return out;
}

const sources = existsSync(seeds)
  ? readdirSync(seeds).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => ({ name: f, text: readFileSync(join(seeds, f), "utf8") }))
  : [{ name: "xa-an-phu-2026.txt", text: readFileSync(join(repo, "examples/xa-an-phu-2026.txt"), "utf8") }];

/** CPU milliseconds (user + sys) one call takes; the median of `RUNS` after `WARMUP` unmeasured ones. */
async function cpuMedian(run: () => unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.cpuUsage();
    await run();
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  return median(times);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const engine = createEngine({ plugins: [haTinh, haiPhong, ngheAn, thanhHoa] });
const decoder = new TextDecoder();
const analyses: number[] = [];
const floors: number[] = [];
for (const { name, text } of sources) {
  const bytes = new TextEncoder().encode(grow(text));
  const fileName = name.replace(/\.(txt|md)$/, (ext) => `-40kb${ext}`);
  let findings = 0;
  const floor = await cpuMedian(() => decoder.decode(bytes).normalize("NFC").length);
  const ms = await cpuMedian(async () => {
    const report = await engine.analyze({ bytes, fileName }, { compare: true });
    findings = report.diagnostics.length;
  });
  floors.push(floor);
  analyses.push(ms);
  console.log(`analyze ${name.padEnd(30)} ${(bytes.length / 1024).toFixed(1)} KB, ${String(findings).padStart(3)} findings: median ${ms.toFixed(2)} ms CPU   (read + NFC: ${floor.toFixed(3)} ms)`);
}
const m = median(analyses);
console.log(`analyze (parse + validate + compare, in-process): median ${m.toFixed(2)} ms CPU per ~40 KB plan — limit ${LIMIT_MS} ms ${m <= LIMIT_MS ? "met" : "NOT met"}`);
console.log(`floor (read the bytes + NFC-normalise): median ${median(floors).toFixed(3)} ms CPU — the engine costs ${(m / median(floors)).toFixed(0)}× the floor`);
