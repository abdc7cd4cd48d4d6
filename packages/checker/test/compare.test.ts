import { emptyPlan, type Framework, type Indicator, type Plan } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { comparePlan, comparisonDiagnostics, diffPlans, effectiveFramework } from "../src/index.ts";
import { judgeTarget } from "../src/compare/target-verdict.ts";

const pct = (comparator: Indicator["target"]["comparator"], value: number, raw = `${value}%`) => ({ comparator, value, unit: "%", raw });

describe("judgeTarget", () => {
  const req = (comparator: "=" | ">=" | ">", value: number) => ({ comparator, value, unit: "%" });
  it("respects comparators", () => {
    expect(judgeTarget(pct(">", 80), req(">=", 80))).toBe("met"); // "trên 80%" meets "≥ 80%"
    expect(judgeTarget(pct(">=", 80), req(">=", 80))).toBe("met");
    expect(judgeTarget(pct("=", 80), req(">", 80))).toBe("below"); // "80%" does not meet "trên 80%"
    expect(judgeTarget(pct(">", 80), req(">", 80))).toBe("met");
    expect(judgeTarget(pct("=", 100), req("=", 100))).toBe("met");
    expect(judgeTarget(pct("=", 79.5), req("=", 80))).toBe("below");
    expect(judgeTarget({ comparator: "range", value: 90, max: 95, unit: "%", raw: "90 - 95%" }, req(">=", 95))).toBe("below");
    expect(judgeTarget({ comparator: ">=", value: 2, unit: "count", raw: "ít nhất 02" }, req(">=", 80))).toBe("incomparable");
  });
  it("compares upper bounds the other way round", () => {
    expect(judgeTarget({ comparator: "<=", value: 10, unit: "rank", raw: "" }, { comparator: "<=", value: 20, unit: "rank" })).toBe("met");
    expect(judgeTarget({ comparator: "<=", value: 25, unit: "rank", raw: "" }, { comparator: "<=", value: 20, unit: "rank" })).toBe("below");
  });
});

const src = (document: string) => ({ document, date: "2025-12-01", article: "Mục II" });
const national: Framework = {
  id: "nat", version: "1", title: "national", level: "national", province: null, documents: [src("2629/QĐ-TTg")],
  years: { from: 2025, to: 2027 }, confidence: "secondary",
  indicators: [
    { code: "N-TOAN-TRINH", name: "Tỷ lệ DVCTT toàn trình trên tổng số TTHC có đủ điều kiện", aliases: [], keywords: ["toan trinh", "du dieu kien"],
      pillar: "chinh-quyen-so", unit: "%", levels: ["commune", "province"],
      targets: [{ from: 2025, to: 2027, level: "commune", comparator: "=", value: 100, raw: "100%", source: src("2629/QĐ-TTg"), confidence: "secondary" }] },
    { code: "N-GDP", name: "Kinh tế số trong GRDP", aliases: [], keywords: ["kinh te so", "grdp"], pillar: "kinh-te-so", unit: "%", levels: ["province"],
      targets: [{ from: 2026, to: 2026, level: "province", comparator: "=", value: 14.5, source: src("CTr 2026"), confidence: "secondary" }] },
    { code: "N-HO-SO", name: "Hồ sơ công việc cấp xã xử lý trên môi trường điện tử", aliases: [], keywords: ["ho so cong viec", "dien tu|mang"],
      pillar: "chinh-quyen-so", unit: "%", levels: ["commune"],
      targets: [{ from: 2026, to: 2026, level: "commune", comparator: "=", value: 100, source: src("CTr 2026"), confidence: "confirmed" }] },
  ],
};
const province: Framework = {
  id: "tinh-2026", version: "1", title: "tỉnh", level: "province", province: "tinh", documents: [src("1/KH-UBND")],
  years: { from: 2026, to: 2026 }, confidence: "confirmed",
  indicators: [
    { code: "P-HAI-LONG", name: "Người dân hài lòng", aliases: [], keywords: ["hai long"], pillar: "chinh-quyen-so", unit: "%", levels: ["commune"],
      targets: [{ from: 2026, to: 2026, level: "commune", comparator: ">", value: 90, raw: "trên 90%", source: src("1/KH-UBND"), confidence: "confirmed" }] },
    { code: "P-HO-SO", name: "Hồ sơ công việc", aliases: [], keywords: ["ho so cong viec"], pillar: "chinh-quyen-so", unit: "%", levels: ["commune"], extends: "N-HO-SO",
      targets: [{ from: 2026, to: 2026, level: "commune", comparator: "=", value: 95, source: src("1/KH-UBND"), confidence: "unconfirmed" }] },
  ],
};

function plan(indicators: [string, Indicator["target"], { from: number; to: number }?][]): Plan {
  const p = emptyPlan();
  p.meta.planYear = 2026;
  p.indicators = indicators.map(([text, target, period]) => ({ text, target: { ...target, period: period ?? null }, baseline: null, period: null, section: "body", span: { start: 0, end: 1 } }));
  return p;
}

describe("effectiveFramework", () => {
  it("takes frameworks in force for the year, the province overriding what it extends", () => {
    const fw = effectiveFramework([national, province], { province: "tinh", year: 2026 });
    expect(fw.indicators.map((e) => e.indicator.code).sort()).toEqual(["N-GDP", "N-TOAN-TRINH", "P-HAI-LONG", "P-HO-SO"]);
    expect(effectiveFramework([national, province], { province: "other", year: 2027 }).indicators.map((e) => e.indicator.code)).toEqual(["N-TOAN-TRINH"]);
  });
});

describe("comparePlan", () => {
  const fw = effectiveFramework([national, province], { province: "tinh", year: 2026 });
  it("gives every framework indicator one status and lists the plan's extras", () => {
    const p = plan([
      ["Tỷ lệ cung cấp DVCTT toàn trình trên tổng số TTHC có đủ điều kiện", pct("=", 100, "100% (2025-2027)"), { from: 2025, to: 2027 }],
      ["Người dân, doanh nghiệp hài lòng", pct("=", 90)],
      ["Thôn có tổ công nghệ số cộng đồng", pct("=", 100)],
    ]);
    const c = comparePlan(p, fw);
    const status = Object.fromEntries(c.items.map((i) => [i.code ?? i.name, i.status]));
    expect(status).toEqual({
      "N-TOAN-TRINH": "met", // "100% (2025-2027)" holds for 2026
      "N-GDP": "not-applicable",
      "P-HAI-LONG": "below-target", // "90%" does not meet "trên 90%"
      "P-HO-SO": "missing",
      "Thôn có tổ công nghệ số cộng đồng": "extra",
    });
    expect(c.counts).toMatchObject({ met: 1, "below-target": 1, missing: 1, "not-applicable": 1, extra: 1 });
    const below = c.items.find((i) => i.code === "P-HAI-LONG")!;
    expect([below.required?.raw, below.planned?.raw, below.source?.document]).toEqual(["> 90%", "90%", "1/KH-UBND"]);
  });

  // Issue 16 changed this: when body and appendix state one indicator differently, the lower decides (it was "ambiguous").
  it("lets the lower figure decide when the plan states one indicator twice, and says so; met when both meet", () => {
    const c = comparePlan(plan([["Người dân hài lòng", pct("=", 95)], ["Tỷ lệ người dân hài lòng", pct("=", 85)]]), fw);
    const row = c.items.find((i) => i.code === "P-HAI-LONG")!;
    expect([row.status, row.planned?.raw, row.planIndicators]).toEqual(["below-target", "85%", [1, 0]]);
    expect(row.note).toContain("the lower decides");
    const d = comparePlan(plan([["Người dân hài lòng", pct("=", 95)], ["Người dân hài lòng", pct(">", 92)]]), fw);
    expect(d.items.find((i) => i.code === "P-HAI-LONG")!.status).toBe("met");
  });

  it("turns non-met statuses into diagnostics whose severity follows the figure's confidence", () => {
    const p = plan([["Người dân hài lòng", pct("=", 90)]]);
    const c = comparePlan(p, fw);
    const diags = comparisonDiagnostics(p, c, fw, "x\ny", "en");
    const byCode = Object.fromEntries(diags.map((d) => [(d.data as { code: string }).code, [d.ruleId, d.category, d.severity]]));
    expect(byCode).toEqual({
      "P-HAI-LONG": ["framework/target", "framework-target", "error"],
      // Issue 16: a figure that is not confirmed (press, unconfirmed) never leaves as more than an info (it was a warning).
      "P-HO-SO": ["framework/coverage", "framework-coverage", "info"],
      "N-TOAN-TRINH": ["framework/coverage", "framework-coverage", "info"],
    });
    expect(diags.find((d) => d.ruleId === "framework/target")!.message).toContain("below the > 90% required by 1/KH-UBND (2025-12-01), Mục II");
    expect(diags.find((d) => (d.data as { code: string }).code === "N-TOAN-TRINH")!.message).toContain("secondary source");
  });
});

describe("diffPlans", () => {
  it("pairs indicators by wording and says what was added, dropped, raised and lowered", () => {
    const a = plan([["Tỷ lệ hồ sơ TTHC xử lý trực tuyến", pct(">=", 84)], ["Người dân hài lòng", pct("=", 95)], ["Tỷ lệ phủ sóng 5G", pct("=", 80)]]);
    const b = plan([["Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", pct(">", 90)], ["Người dân hài lòng", pct("=", 90)], ["Tổ công nghệ số cộng đồng", pct("=", 100)]]);
    const d = diffPlans(a, b);
    expect(d.counts).toEqual({ added: 1, dropped: 1, raised: 1, lowered: 1, unchanged: 0, changed: 0 });
  });
});
