import { checkPlugin, emptyPlan, runRule } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { budgetEstimate, plugin } from "../src/index.ts";

describe("@cdsvn/plugin-ha-tinh", () => {
  it("passes the conformance kit", () => {
    expect(checkPlugin(plugin)).toEqual([]);
  });
});

describe("ha-tinh/budget-estimate", () => {
  const plan = (year: number, total: number | null) => {
    const p = emptyPlan();
    p.meta.planYear = year;
    p.budget.declaredTotal = total;
    return p;
  };
  it("accepts a 2027 plan with a budget estimate, and plans before 2027", () => {
    expect(runRule(budgetEstimate, { plan: plan(2027, 3_711_000_000) })).toEqual([]);
    expect(runRule(budgetEstimate, { plan: plan(2026, null) })).toEqual([]);
  });
  it("reports a 2027 plan without any estimate, citing CV 1796/SKHCN-VP", () => {
    const reports = runRule(budgetEstimate, { plan: plan(2027, null) });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ messageId: "missing", data: { year: 2027 }, source: { document: "1796/SKHCN-VP" } });
  });
});
