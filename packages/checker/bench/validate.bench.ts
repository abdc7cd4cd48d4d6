/**
 * parse + validate of a ~40 KB plan, in-process: the seeds when ../shared exists (each repeated up to
 * 40 KB), else the example plan repeated. Prints the median milliseconds per plan; the target is < 10 ms.
 * Run by `pnpm bench` (turbo) through this package's "bench" script.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { knowledge } from "@cdsvn/national";
import { readPlan } from "@cdsvn/reader";
import { check, genericRules } from "../src/index.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../../..");
const seeds = join(repo, "../shared/seeds");
const TARGET_BYTES = 40_000;
const RUNS = 30;

/** A plan of about 40 KB: the text repeated (a real plan of that size is a long one with appendices). */
function grow(text: string): string {
  let out = text;
  while (Buffer.byteLength(out) < TARGET_BYTES) out += `\n\nPHỤ LỤC\n\n${text}`;
  return out;
}

const sources = existsSync(seeds)
  ? readdirSync(seeds).filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ name: f, text: readFileSync(join(seeds, f), "utf8") }))
  : [{ name: "examples/xa-an-phu-2026.txt", text: readFileSync(join(repo, "examples/xa-an-phu-2026.txt"), "utf8") }];

const facts = knowledge();
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

const medians: number[] = [];
for (const { name, text } of sources) {
  const big = grow(text);
  const bytes = new TextEncoder().encode(big);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const t0 = performance.now();
    const { plan, tree } = await readPlan(bytes, { fileName: name });
    findings = check({ plan, tree, text: tree.text, rules: genericRules, knowledge: facts }).length;
    const ms = performance.now() - t0;
    if (i >= 3) times.push(ms); // the first runs warm the JIT
  }
  const m = median(times);
  medians.push(m);
  console.log(`validate ${name} (${(bytes.length / 1024).toFixed(1)} KB, ${findings} findings): median ${m.toFixed(2)} ms over ${RUNS} runs`);
}
console.log(`validate: median ${median(medians).toFixed(2)} ms per ~40 KB plan (parse + validate, in-process; target < 10 ms)`);
