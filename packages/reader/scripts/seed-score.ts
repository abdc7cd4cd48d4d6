/**
 * Developer tool: extraction accuracy on the seeds in ../shared, in-process (fast), with the misses.
 *   node packages/reader/scripts/seed-score.ts [--only NAME] [--misses]
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readPlan } from "../src/index.ts";
import { f1, scorePlan } from "../test/extract/seed-scorer.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared");
if (!existsSync(root)) { console.error(`no ${root}`); process.exit(0); }
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const misses = args.includes("--misses");
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const tot = { legal: [0, 0, 0], indicators: [0, 0, 0], tasks: [0, 0, 0], budget: [0, 0, 0] } as Record<string, number[]>;
let metaSum = 0, n = 0;
for (const g of readdirSync(join(root, "gold")).filter((f) => f.endsWith(".gold.json")).sort()) {
  const stem = g.replace(".gold.json", "");
  if (only && !stem.includes(only)) continue;
  const doc = readdirSync(join(root, "seeds")).find((d) => d.replace(/\.[^.]+$/, "") === stem)!;
  const gold = JSON.parse(readFileSync(join(root, "gold", g), "utf8"));
  const { plan, diagnostics } = await readPlan(readFileSync(join(root, "seeds", doc)), { fileName: doc });
  const s = scorePlan(gold, plan);
  n++; metaSum += s.meta;
  for (const k of ["legal", "indicators", "tasks", "budget"] as const) { tot[k]![0]! += s[k].tp; tot[k]![1]! += s[k].nGold; tot[k]![2]! += s[k].nPred; }
  console.log(stem.padEnd(26), "meta", pct(s.meta), "legal", pct(f1(s.legal)), "ind", pct(f1(s.indicators)), `(${s.indicators.tp}/${s.indicators.nGold}/${s.indicators.nPred})`,
    "tasks", pct(f1(s.tasks)), `(${s.tasks.tp}/${s.tasks.nGold}/${s.tasks.nPred})`, "budget", pct(f1(s.budget)), `(${s.budget.tp}/${s.budget.nGold}/${s.budget.nPred})`, "total", s.totalOk, s.metaWrong.join(","), "diags", diagnostics.length);
  if (misses) {
    const show = (label: string, m: { missed: number[]; extra: number[] }, goldArr: any[], predArr: any[], f: (x: any) => string) => {
      for (const i of m.missed) console.log(`  - ${label} missed:`, f(goldArr[i]));
      for (const i of m.extra) console.log(`  + ${label} extra: `, f(predArr[i]));
    };
    show("legal", s.legal, gold.legalBases, plan.legalBases, (x) => x.symbol);
    show("ind", s.indicators, gold.indicators, plan.indicators, (x) => `${x.target?.value} | ${x.text}`);
    show("task", s.tasks, s.tasksGold, plan.tasks, (x) => `${x.name} | ${x.lead}`);
    show("budget", s.budget, gold.budget.lines, plan.budget.lines, (x) => `${x.amount} | ${x.content}`);
    console.log("  meta:", JSON.stringify({ ...plan.meta, titleSpan: undefined, numberSpan: undefined, dateSpan: undefined }));
  }
}
console.log("TOTAL".padEnd(26), "meta", pct(metaSum / n), ...(["legal", "indicators", "tasks", "budget"].flatMap((k) => [k, pct(f1({ tp: tot[k]![0]!, nGold: tot[k]![1]!, nPred: tot[k]![2]! }))])));
