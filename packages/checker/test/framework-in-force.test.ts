import { emptyPlan, type Framework, type FrameworkIndicator, type Indicator, type Plan } from "@cdsvn/core";
import { NATIONAL_FRAMEWORKS } from "@cdsvn/national";
import { describe, expect, it } from "vitest";
import { cachedFrameworkSelector, compareWithFrameworks, comparePlan, effectiveFramework } from "../src/index.ts";
import { endOf } from "../src/compare/effective-framework.ts";
import { matchPlanIndicators } from "../src/compare/match.ts";

const src = (document: string, date: string | null) => ({ document, date, article: "Mục 1" });
const ind = (code: string, name: string, targets: FrameworkIndicator["targets"], extra: Partial<FrameworkIndicator> = {}): FrameworkIndicator => ({
  code, name, aliases: [], keywords: [], pillar: "chinh-quyen-so", unit: "%", levels: ["commune"], targets, ...extra,
});
const t = (from: number, to: number, value: number, date: string | null, level: "commune" | "national" = "commune", confidence: "confirmed" | "secondary" = "confirmed") =>
  ({ from, to, level, comparator: ">=" as const, value, source: src(`doc ${date}`, date), confidence });
const fw = (id: string, indicators: FrameworkIndicator[], extra: Partial<Framework> = {}): Framework => ({
  id, version: "1", title: id, level: "national", province: null, documents: [], years: { from: 2024, to: 2030 }, confidence: "confirmed", indicators, ...extra,
});

function plan(rows: [string, number][], meta: Partial<Plan["meta"]> = {}): Plan {
  const p = emptyPlan();
  p.meta = { ...p.meta, planYear: 2026, ...meta };
  p.indicators = rows.map(([text, value]): Indicator => ({
    text, target: { comparator: "=", value, unit: "%", raw: `${value}%` }, baseline: null, period: null, section: "body", span: { start: 0, end: 1 },
  }));
  return p;
}

const LATE = fw("late", [ind("HSCV", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử", [t(2026, 2026, 100, "2026-03-01")])]);
const EARLY = fw("early", [ind("HAI-LONG", "Tỷ lệ người dân hài lòng khi sử dụng dịch vụ công trực tuyến", [t(2025, 2027, 95, "2025-12-01")])]);

describe("the framework in force", () => {
  it("holds a plan only to documents issued on or before its issue date, or before its year when it has none", () => {
    const codes = (issued: string | null) => effectiveFramework([LATE, EARLY], { province: null, year: 2026, issued }).indicators.filter((e) => e.target).map((e) => e.indicator.code);
    expect(codes("2026-04")).toEqual(["HSCV", "HAI-LONG"]);
    expect(codes("2026-01-15")).toEqual(["HAI-LONG"]);
    expect(codes("2025-11")).toEqual([]);
    expect(codes(null)).toEqual(["HAI-LONG"]); // no issue date: before 2026 only
    const late = effectiveFramework([LATE], { province: null, year: 2026, issued: "2026-01" }).indicators[0]!;
    expect([late.target, late.excluded]).toEqual([null, "issued-after-plan"]);
  });

  it("never demands a share of communes, a national aggregate or a replaced indicator of one commune", () => {
    const f = fw("f", [
      ind("CAP-QUANG", "Tỷ lệ xã có cáp quang", [t(2026, 2026, 100, "2025-01-01")], { aggregate: true }),
      ind("GDP", "Kinh tế số trong GDP", [t(2026, 2026, 20, "2025-01-01", "national")]),
      ind("MUC-4", "DVCTT mức độ 4", [t(2026, 2026, 100, "2025-01-01")], { superseded: { from: "2022-08-15", by: "toàn trình", source: src("42/2022/NĐ-CP", "2022-06-24") } }),
    ]);
    const e = effectiveFramework([f], { province: null, year: 2026, issued: "2026-01" });
    expect(e.indicators.map((x) => [x.indicator.code, x.target, x.excluded ?? (x.otherLevels ? "other-level" : null)]))
      .toEqual([["CAP-QUANG", null, "aggregate"], ["GDP", null, "other-level"], ["MUC-4", null, "superseded"]]);
  });

  it("a user's framework for a province replaces the bundled one of that province, keeps the national, and applies when the province is unknown", () => {
    const bundled = fw("tinh-bundled", [ind("P-1", "Tỷ lệ hồ sơ công việc cấp xã", [t(2026, 2026, 80, "2025-01-01")])], { province: "tinh", level: "province" });
    const user = fw("tinh-user", [ind("U-1", "Tỷ lệ thôn có tổ công nghệ số", [t(2026, 2026, 100, "2025-06-01")])], { province: "tinh", level: "province", origin: "user" });
    const ids = (province: string | null) => effectiveFramework([EARLY, bundled, user], { province, year: 2026, issued: "2026-01" }).frameworkIds;
    expect(ids("tinh")).toEqual(["early", "tinh-user"]);
    expect(ids(null)).toEqual(["early", "tinh-user"]);
    expect(ids("khac")).toEqual(["early"]);
  });

  it("reads partial dates as the last day they can mean", () => {
    expect([endOf("2025"), endOf("2025-07"), endOf("2025-07-15")]).toEqual(["2025-12-31", "2025-07-31", "2025-07-15"]);
  });
});

describe("cachedFrameworkSelector", () => {
  it("answers what effectiveFramework answers, once per frameworks list, province, year, level and reading day", () => {
    const select = cachedFrameworkSelector();
    const list = [LATE, EARLY];
    const first = select(list, { province: null, year: 2026, issued: "2026-04" });
    expect(first).toEqual(effectiveFramework(list, { province: null, year: 2026, issued: "2026-04" }));
    // "2026-04" and "2026-04-31" are read as the same day: one selection
    expect(select(list, { province: null, year: 2026, issued: "2026-04-31" })).toBe(first);
    // another day, year, province or level is selected anew, and answers as effectiveFramework does
    for (const options of [
      { province: null, year: 2026, issued: "2026-01-15" },
      { province: null, year: 2026, issued: null },
      { province: null, year: 2027, issued: "2026-04" },
      { province: "ha-tinh", year: 2026, issued: "2026-04" },
      { province: null, year: 2026, issued: "2026-04", level: "national" as const },
    ]) {
      const answer = select(list, options);
      expect(answer).not.toBe(first);
      expect(answer).toEqual(effectiveFramework(list, options));
    }
    // another list, even of the same frameworks, is never answered from the first one's memory
    expect(select([LATE], { province: null, year: 2026, issued: "2026-04" }).indicators.map((e) => e.indicator.code)).toEqual(["HSCV"]);
    expect(select([...list], { province: null, year: 2026, issued: "2026-04" })).not.toBe(first);
  });
});

describe("no row from a document issued after the plan (national data)", () => {
  it.each(["2025-07", "2025-12-15", "2026-01", "2026-06", null])("plan issued %s", (issued) => {
    for (const year of [2025, 2026, 2027]) {
      const e = effectiveFramework(NATIONAL_FRAMEWORKS, { province: null, year, issued });
      const asOf = issued ? endOf(issued) : `${year - 1}-12-31`;
      for (const entry of e.indicators) {
        if (!entry.target) continue;
        const f = NATIONAL_FRAMEWORKS.find((x) => x.id === entry.frameworkId)!;
        expect(endOf(entry.target.source.date ?? f.effective!), `${year} ${entry.indicator.code} ${entry.frameworkId}`).not.toSatisfy((d: string) => d > asOf);
        expect(entry.target.level).toBe("commune");
        expect(entry.indicator.aggregate ?? false).toBe(false);
      }
    }
  });

  it("a 2026 plan issued in January 2026 is held to QĐ 2629 and TB 624, not to the 2026 programmes reported in February", () => {
    const e = effectiveFramework(NATIONAL_FRAMEWORKS, { province: null, year: 2026, issued: "2026-01" });
    expect([...e.frameworkIds].sort()).toEqual(["qd-2629", "tb-624"]);
    const later = effectiveFramework(NATIONAL_FRAMEWORKS, { province: null, year: 2026, issued: "2026-03" });
    expect(later.frameworkIds).toContain("qd-11-bcdcp");
    // the confirmed QĐ 2629 figure decides "hồ sơ công việc", not the press report of the 2026 programme
    expect(later.indicators.find((x) => x.indicator.code === "CQS-HSCV-DIEN-TU")?.frameworkId).toBe("qd-2629");
  });
});

describe("matching respects meaning", () => {
  const national = effectiveFramework(NATIONAL_FRAMEWORKS, { province: null, year: 2026, issued: "2026-06" });
  const rowFor = (text: string) => comparePlan(plan([[text, 100]], { issuedDate: "2026-06" }), national).items.find((i) => i.planIndicators.includes(0));
  it("documents are not work files, general satisfaction is not satisfaction with online services", () => {
    expect(rowFor("100% văn bản trao đổi giữa các cơ quan dưới dạng điện tử")?.status).toBe("extra");
    expect(rowFor("Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước")?.status).toBe("extra");
    expect(rowFor("Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường điện tử")?.code).toBe("CQS-HSCV-DIEN-TU");
  });
  it("records why a row matched", () => {
    const row = rowFor("Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng")!;
    expect(row.match).toMatchObject({ by: "alias", score: 1 });
    expect([row.source?.document, row.source?.article, row.confidence]).toEqual(["2629/QĐ-TTg", "Phụ lục I, mục I.2.2", "confirmed"]);
  });
  it("folds each plan wording once for all framework indicators", () => {
    let calls = 0;
    const rank = () => { calls++; return []; };
    matchPlanIndicators(plan([["a", 1], ["b", 2], ["c", 3]]).indicators, national.indicators.map((e) => e.indicator), {}, rank);
    expect(calls).toBe(3);
  });
  it("leaves a line two indicators claim equally undecided (chưa rõ) instead of guessing", () => {
    const twin = (code: string) => ind(code, "Tỷ lệ thôn có tổ công nghệ số cộng đồng hoạt động", [t(2026, 2026, 100, "2025-01-01")]);
    const e = effectiveFramework([fw("a", [twin("A-1")]), fw("b", [twin("B-1")])], { province: null, year: 2026, issued: "2026-06" });
    const c = comparePlan(plan([["Tỷ lệ thôn có tổ công nghệ số cộng đồng hoạt động", 100]]), e);
    expect(c.items.filter((i) => i.code).map((i) => i.status)).toEqual(["ambiguous", "ambiguous"]);
  });
});

describe("compareWithFrameworks: the engine's call", () => {
  const request = (p: Plan, extra = {}) => ({ plan: p, text: "", frameworks: [EARLY, LATE], province: "tinh", ...extra });
  it("says exactly why no comparison ran", () => {
    const noYear = compareWithFrameworks(request(plan([], { planYear: null })));
    expect(noYear).toMatchObject({ ran: false, reason: "no-year" });
    const y2024 = compareWithFrameworks(request(plan([]), { year: 2024 }));
    expect(y2024).toMatchObject({ ran: false, reason: "no-commune-target" });
    const early = compareWithFrameworks(request(plan([], { issuedDate: "2025-11" })));
    expect(early).toMatchObject({ ran: false, reason: "issued-after-plan" });
    const y2031 = compareWithFrameworks({ ...request(plan([]), { year: 2031 }), locale: "en" as const });
    expect(y2031.ran ? "" : y2031.message).toBe("No framework comparison: no framework covers 2031 (tinh); the frameworks at hand cover 2024–2030");
    const news = plan([]);
    (news.meta as { documentKind?: string }).documentKind = "news";
    expect(compareWithFrameworks(request(news))).toMatchObject({ ran: false, reason: "not-commune-plan" });
    expect(noYear.ran ? [] : noYear.diagnostics.map((d) => [d.ruleId, d.messageId, d.severity, d.line])).toEqual([["framework/coverage", "notCompared", "info", null]]);
  });
  it("--year changes the outcome", () => {
    const p = plan([["Tỷ lệ người dân hài lòng khi sử dụng dịch vụ công trực tuyến", 90]], { issuedDate: "2026-01" });
    const r = compareWithFrameworks(request(p));
    expect(r.ran && r.comparison.year).toBe(2026);
    expect(compareWithFrameworks(request(p, { year: 2031 })).ran).toBe(false);
  });
  it("honours the config: a rule turned off reports nothing, a level set applies to confirmed figures", () => {
    const p = plan([["Tỷ lệ người dân hài lòng khi sử dụng dịch vụ công trực tuyến", 90]], { issuedDate: "2026-06" });
    const levels = (config = {}) => { const r = compareWithFrameworks(request(p, { config })); return r.ran ? r.diagnostics.map((d) => [d.ruleId, d.severity]) : null; };
    expect(levels()).toEqual([["framework/target", "error"], ["framework/coverage", "warning"]]);
    expect(levels({ rules: { "framework/target": "off" } })).toEqual([["framework/coverage", "warning"]]);
    expect(levels({ rules: { "framework/coverage": "info", "framework/target": "warning" } })).toEqual([["framework/target", "warning"], ["framework/coverage", "info"]]);
  });
});
