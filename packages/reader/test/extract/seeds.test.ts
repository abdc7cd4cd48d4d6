import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/index.ts";
import { f1, scorePlan } from "./seed-scorer.ts";

// ../shared relative to the repository root: the real seed plans and their gold annotations.
const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../shared");
const goldDir = join(shared, "gold");
const seedDir = join(shared, "seeds");

describe.skipIf(!existsSync(goldDir) || !existsSync(seedDir))("extraction accuracy on the seed plans (issue 3 bars)", () => {
  it("meets the F1 floors and reads every declared total exactly", async () => {
    const totals = { legal: { tp: 0, nGold: 0, nPred: 0 }, indicators: { tp: 0, nGold: 0, nPred: 0 }, tasks: { tp: 0, nGold: 0, nPred: 0 }, budget: { tp: 0, nGold: 0, nPred: 0 } };
    let metaSum = 0, docs = 0;
    const seeds = readdirSync(seedDir);
    for (const g of readdirSync(goldDir).filter((f) => f.endsWith(".gold.json")).sort()) {
      const stem = g.replace(/\.gold\.json$/, "");
      const doc = seeds.find((d) => d.replace(/\.[^.]+$/, "") === stem);
      if (!doc) continue;
      const gold = JSON.parse(readFileSync(join(goldDir, g), "utf8"));
      const { plan } = await readPlan(readFileSync(join(seedDir, doc)), { fileName: doc });
      const s = scorePlan(gold, plan);
      for (const k of ["legal", "indicators", "tasks", "budget"] as const) {
        totals[k].tp += s[k].tp; totals[k].nGold += s[k].nGold; totals[k].nPred += s[k].nPred;
      }
      metaSum += s.meta; docs++;
      if (s.totalOk !== null) expect(s.totalOk, `${stem}: declared total`).toBe(true);
    }
    expect(docs).toBeGreaterThan(0);
    expect(f1(totals.legal)).toBeGreaterThanOrEqual(0.95);
    expect(f1(totals.indicators)).toBeGreaterThanOrEqual(0.9);
    expect(f1(totals.tasks)).toBeGreaterThanOrEqual(0.9);
    expect(f1(totals.budget)).toBeGreaterThanOrEqual(0.9);
    expect(metaSum / docs).toBeGreaterThanOrEqual(0.95);
  });
});
