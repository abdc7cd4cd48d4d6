import { emptyPlan, type Framework, type Plan } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { compareWithFrameworks } from "../../../compare/run.ts";

const source = { document: "1/KH-UBND", date: "2025-12-01", article: "Mục II" };
const framework = (confidence: "confirmed" | "secondary"): Framework => ({
  id: "f", version: "1", title: "f", level: "national", province: null, documents: [source], years: { from: 2026, to: 2026 }, confidence,
  indicators: [{ code: "TO-CNS", name: "Tỷ lệ thôn có Tổ công nghệ số cộng đồng hoạt động", aliases: [], keywords: [], pillar: "xa-hoi-so", unit: "%", levels: ["commune"],
    targets: [{ from: 2026, to: 2026, level: "commune", comparator: ">=", value: 100, source, confidence }] }],
});
const plan = (texts: string[]): Plan => {
  const p = emptyPlan();
  p.meta.planYear = 2026;
  p.meta.issuedDate = "2026-01-10";
  p.indicators = texts.map((text) => ({ text, target: { comparator: "=", value: 100, unit: "%", raw: "100%" }, baseline: null, period: null, section: "body", span: null }));
  return p;
};
const run = (p: Plan, f: Framework, config = {}) => {
  const r = compareWithFrameworks({ plan: p, text: "", frameworks: [f], province: null, config, locale: "vi" });
  return r.ran ? r.diagnostics : [];
};

describe("framework/coverage", () => {
  it("is quiet when the plan states the indicator (valid)", () => {
    expect(run(plan(["Tỷ lệ thôn có Tổ công nghệ số cộng đồng hoạt động hiệu quả"]), framework("confirmed"))).toEqual([]);
    expect(run(plan(["Tỷ lệ thôn có Tổ công nghệ số cộng đồng hoạt động"]), framework("secondary"))).toEqual([]);
  });
  it("reports a missing indicator with its source, as a warning when confirmed and an info when from the press (invalid)", () => {
    const [confirmed] = run(plan([]), framework("confirmed"));
    expect(confirmed).toMatchObject({ ruleId: "framework/coverage", messageId: "missing", severity: "warning", source });
    expect(confirmed!.message).toBe("Kế hoạch chưa có chỉ tiêu \"Tỷ lệ thôn có Tổ công nghệ số cộng đồng hoạt động\" (≥ 100%, theo 1/KH-UBND (2025-12-01), Mục II)");
    const [press] = run(plan([]), framework("secondary"));
    expect([press!.severity, press!.message.endsWith("Mục II; nguồn thứ cấp)")]).toEqual(["info", true]);
  });
  it("can be turned off", () => {
    expect(run(plan([]), framework("confirmed"), { rules: { "framework/coverage": "off" } })).toEqual([]);
  });
});
