/**
 * How checking grows with the plan: the same plan text repeated to ~400 KB and to ~4 MB, read once,
 * then checked (the generic rules with the national knowledge). Linear rules give a ratio near 10;
 * the limit is 10× (issue 14). Also the pathological inputs of issue 17 that used to be quadratic:
 * 7,000 tasks of one name (consistency/lead-conflict) and "đạt 1% " × 10,000 on one line (figure facts).
 * Run by `pnpm bench`; prints each figure with its limit, asserts nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { emptyPlan, type Plan } from "@cdsvn/core";
import { knowledge } from "@cdsvn/national";
import { extractFacts, readPlan } from "@cdsvn/reader";
import { check, genericRules } from "../src/index.ts";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../../..");
const seed = join(repo, "../shared/seeds/ha-tinh_son-hong_2027.txt");
const base = readFileSync(existsSync(seed) ? seed : join(repo, "examples/xa-an-phu-2026.txt"), "utf8");
const facts = knowledge();

function grow(bytes: number): string {
  const parts = [base];
  let size = Buffer.byteLength(base);
  while (size < bytes) { parts.push(`PHỤ LỤC ${parts.length}`, base); size += Buffer.byteLength(base) + 12; }
  return parts.join("\n\n");
}

async function checkTime(bytes: number): Promise<{ ms: number; kb: number; findings: number }> {
  const text = grow(bytes);
  const { plan, tree } = await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" });
  let best = Infinity, findings = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    findings = check({ plan, tree, rules: genericRules, knowledge: facts }).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, kb: Buffer.byteLength(text) / 1024, findings };
}

const small = await checkTime(400_000);
const large = await checkTime(4_000_000);
console.log(`check ${small.kb.toFixed(0)} KB: ${small.ms.toFixed(0)} ms (${small.findings} findings)`);
console.log(`check ${large.kb.toFixed(0)} KB: ${large.ms.toFixed(0)} ms (${large.findings} findings)`);
console.log(`check scale: 4 MB / 400 KB = ${(large.ms / small.ms).toFixed(1)}× (limit 10×)`);

// 7,000 tasks of one name, two leads taking turns
const tasks: Plan = emptyPlan();
tasks.meta.planYear = 2026;
for (let i = 0; i < 7000; i++) tasks.tasks.push({ name: "Triển khai ứng dụng AI trong cơ quan nhà nước", lead: i % 2 ? "Phòng Văn hóa - Xã hội" : "Văn phòng HĐND và UBND xã", partners: [], deadline: null, output: null, span: null });
const lead = genericRules.filter((r) => r.meta.id === "consistency/lead-conflict");
let t0 = performance.now();
const heapBefore = process.memoryUsage().heapUsed;
const leadFindings = check({ plan: tasks, rules: lead, knowledge: facts }).length;
console.log(`lead-conflict, 7,000 tasks of one name: ${(performance.now() - t0).toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toFixed(0)} MiB, ${leadFindings} findings (limit: well under 1 s)`);

// one line of ten thousand figures
const line = "Mục tiêu: " + "đạt 1% ".repeat(10_000);
extractFacts(line.slice(0, 2000)); // warm
t0 = performance.now();
const figures = extractFacts(line).figures.length;
console.log(`figure facts, "đạt 1% " × 10,000 on one line: ${(performance.now() - t0).toFixed(0)} ms for ${figures} figures (was 49 s; limit: well under 1 s)`);
