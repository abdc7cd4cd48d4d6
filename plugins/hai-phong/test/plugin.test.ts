import { checkPlugin, emptyPlan, runRule, type Plan } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { CITY_TABLE_2026, cityIndicatorTable, plugin } from "../src/index.ts";

describe("@cdsvn/plugin-hai-phong", () => {
  it("passes the conformance kit", () => {
    expect(checkPlugin(plugin)).toEqual([]);
  });
  it("has the 18 items of the city's 2026 commune table", () => {
    expect(CITY_TABLE_2026).toHaveLength(18);
  });
});

function planWith(year: number, texts: string[]): Plan {
  const p = emptyPlan();
  p.meta.planYear = year;
  p.indicators = texts.map((text) => ({ text, target: { comparator: "=", value: 100, unit: "%", raw: "100%" }, baseline: null, period: null, section: "body", span: null }));
  return p;
}

describe("hai-phong/city-indicator-table", () => {
  const table = CITY_TABLE_2026.map((i) => i.name);
  it("accepts a 2026 plan with the city's table, and plans of other years", () => {
    expect(runRule(cityIndicatorTable, { plan: planWith(2026, table) })).toEqual([]);
    expect(runRule(cityIndicatorTable, { plan: planWith(2027, []) })).toEqual([]);
  });
  it("reports a 2026 plan that answers fewer than 12 of the 18 items", () => {
    const reports = runRule(cityIndicatorTable, { plan: planWith(2026, table.slice(0, 5)) });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ messageId: "tableMissing", expected: 18, actual: 5 });
  });
});
