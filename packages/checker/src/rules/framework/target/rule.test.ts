import { emptyPlan, type Framework, type Plan } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { compareWithFrameworks } from "../../../compare/run.ts";

const source = { document: "2629/QĐ-TTg", date: "2025-12-01", article: "Phụ lục I, mục I.1.3" };
const framework: Framework = {
  id: "f", version: "1", title: "f", level: "national", province: null, documents: [source], years: { from: 2025, to: 2027 }, confidence: "confirmed",
  indicators: [{ code: "HAI-LONG", name: "Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến", aliases: [], keywords: [],
    pillar: "chinh-quyen-so", unit: "%", levels: ["commune"],
    targets: [{ from: 2025, to: 2027, level: "commune", comparator: ">=", value: 95, source, confidence: "confirmed" }] }],
};
const NAME = "Tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến";
const plan = (figures: [string, number][]): Plan => {
  const p = emptyPlan();
  p.meta.planYear = 2026;
  p.indicators = figures.map(([comparator, value]) => ({
    text: NAME, target: { comparator: comparator as ">", value, unit: "%", raw: `${comparator === ">" ? "trên " : ""}${value}%` }, baseline: null, period: null, section: "body", span: null,
  }));
  return p;
};
const run = (p: Plan, config = {}) => {
  const r = compareWithFrameworks({ plan: p, text: "", frameworks: [framework], province: null, config, locale: "en" });
  return r.ran ? r.diagnostics : [];
};

describe("framework/target", () => {
  it("is quiet when the plan meets the target (valid)", () => {
    expect(run(plan([[">", 95]]))).toEqual([]);
    expect(run(plan([["=", 98], [">=", 95]]))).toEqual([]);
  });
  it("reports a figure below the target, the lower of two deciding (invalid)", () => {
    const [below] = run(plan([["=", 90]]));
    expect(below).toMatchObject({ ruleId: "framework/target", messageId: "below", severity: "error", expected: { comparator: ">=", value: 95 }, actual: { comparator: "=", value: 90 } });
    expect(below!.message).toBe(`Indicator "${framework.indicators[0]!.name}": the plan sets 90%, below the ≥ 95% required by 2629/QĐ-TTg (2025-12-01), Phụ lục I, mục I.1.3`);
    const [twice] = run(plan([["=", 98], ["=", 90]]));
    expect([twice!.data?.planned, twice!.path]).toEqual(["90%", "/indicators/1"]);
  });
  it("takes its level from the config", () => {
    expect(run(plan([["=", 90]]), { rules: { "framework/target": "warning" } })[0]!.severity).toBe("warning");
    expect(run(plan([["=", 90]]), { rules: { "framework/target": "off" } })).toEqual([]);
  });
});
