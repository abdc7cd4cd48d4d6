import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { EMPTY_KNOWLEDGE, emptyPlan, type FileReport, type Plan } from "@cdsvn/core";
import { check, comparePlan, comparisonDiagnostics, effectiveFramework } from "@cdsvn/checker";
import { describe, expect, it } from "vitest";
import { createEngine } from "@cdsvn/engine";
import { loadPlugins } from "../src/plugins.ts";
import { cds, repoRoot } from "./helpers.ts";

const shared = resolve(repoRoot, "../shared");
const plugins = loadPlugins();
// Plugin lookup and knowledge assembly live in @cdsvn/engine (tested there, packages/engine/test/province.test.ts).
const engine = createEngine({ plugins });
const findPlugin = (idOrName: string) => engine.findPlugin(idOrName);
const knowledgeFor = (province: string | null) => engine.setup(province).knowledge;

/** A gold annotation as a Plan: the annotator's quotes stand in for spans. */
function goldPlan(name: string): Plan {
  const g = JSON.parse(readFileSync(resolve(shared, "gold", `${name}.gold.json`), "utf8"));
  const plan = emptyPlan();
  plan.meta = { ...plan.meta, ...g.meta };
  plan.legalBases = g.legalBases.map((b: Record<string, unknown>) => ({ ...b, number: b.number ?? null, issuer: b.issuer ?? null, span: null }));
  plan.indicators = g.indicators.map((i: Record<string, unknown>) => ({ ...i, baseline: i.baseline ?? null, period: i.period ?? null, span: null }));
  plan.budget = { declaredTotal: g.budget.declaredTotal, lines: [] };
  return plan;
}

/** Statuses of the plugin's own framework indicators for a plan, by code. */
function provinceStatuses(plan: Plan, province: string, year: number) {
  const plugin = findPlugin(province)!;
  const fw = effectiveFramework(plugin.frameworks, { province, year });
  const c = comparePlan(plan, fw, { aliases: plugin.indicatorAliases });
  return Object.fromEntries(c.items.filter((i) => i.code !== null).map((i) => [i.code, i.status]));
}

describe.skipIf(!existsSync(shared))("each seed against its own province for its plan year (gold plans)", () => {
  // Issue 16: the city table read from the Tân Kỳ plan is no framework any more (the plan "met" it against itself);
  // it ships as examples/hai-phong-xa-2026-derived.json. No Hải Phòng list is public for 2026.
  it("Tân Kỳ 2026 (Hải Phòng): no province list is public for 2026, so no province finding", () => {
    expect(provinceStatuses(goldPlan("hai-phong_tan-ky_2026"), "hai-phong", 2026)).toEqual({});
  });

  it("Hà Tĩnh 2026 and 2027, Thanh Hóa 2026, Nghệ An 2025: no province list is public for those years, so no province finding", () => {
    expect(provinceStatuses(goldPlan("ha-tinh_ky-hoa_2026"), "ha-tinh", 2026)).toEqual({});
    expect(provinceStatuses(goldPlan("ha-tinh_son-hong_2027"), "ha-tinh", 2027)).toEqual({});
    expect(provinceStatuses(goldPlan("thanh-hoa_giao-an_2026"), "thanh-hoa", 2026)).toEqual({});
    expect(provinceStatuses(goldPlan("nghe-an_hop-minh_2025"), "nghe-an", 2025)).toEqual({});
  });

  it("the Hà Tĩnh 2027 seed carries its budget estimate; the Hải Phòng seed carries the city's table", () => {
    const haTinh = findPlugin("ha-tinh")!;
    expect(check({ plan: goldPlan("ha-tinh_son-hong_2027"), rules: haTinh.rules, knowledge: EMPTY_KNOWLEDGE })).toEqual([]);
    const haiPhong = findPlugin("hai-phong")!;
    expect(check({ plan: goldPlan("hai-phong_tan-ky_2026"), rules: haiPhong.rules, knowledge: EMPTY_KNOWLEDGE })).toEqual([]);
  });

  it("no seed gets an error-level framework finding from a figure that is not confirmed", () => {
    for (const name of ["ha-tinh_ky-hoa_2026", "ha-tinh_son-hong_2027", "hai-phong_tan-ky_2026", "nghe-an_hop-minh_2025", "thanh-hoa_giao-an_2026"]) {
      const plan = goldPlan(name);
      const fw = effectiveFramework(knowledgeFor(plan.meta.province).frameworks, { province: plan.meta.province, year: plan.meta.planYear!, issued: plan.meta.issuedDate });
      const c = comparePlan(plan, fw, { aliases: findPlugin(plan.meta.province!)?.indicatorAliases });
      for (const d of comparisonDiagnostics(plan, c, fw, "").filter((x) => x.severity === "error")) {
        const entry = fw.indicators.find((e) => e.indicator.code === (d.data as { code: string }).code)!;
        expect.soft([entry.target?.confidence, entry.frameworkConfidence], `${name}: ${d.message}`).toEqual(["confirmed", expect.not.stringMatching(/derived/)]);
      }
    }
  });

  it("a plan issued before a framework took effect is not held to it (Hợp Minh, 07/2025, and QĐ 2629 of 01/12/2025)", () => {
    const plan = goldPlan("nghe-an_hop-minh_2025");
    const fw = effectiveFramework(knowledgeFor("nghe-an").frameworks, { province: "nghe-an", year: 2025, issued: plan.meta.issuedDate });
    expect(fw.frameworkIds).not.toContain("qd-2629");
    // Issue 16: without an issue date a plan is read as issued before its year, so a 2025 plan is not held to QĐ 2629 either.
    expect(effectiveFramework(knowledgeFor("nghe-an").frameworks, { province: "nghe-an", year: 2025 }).frameworkIds).not.toContain("qd-2629");
    expect(effectiveFramework(knowledgeFor("nghe-an").frameworks, { province: "nghe-an", year: 2025, issued: "2025-12-15" }).frameworkIds).toContain("qd-2629");
  });
});

describe.skipIf(!existsSync(shared))("cds compare", { timeout: 120_000 }, () => {
  const seed = (f: string) => resolve(shared, "seeds", f);
  it("prints a table per plan and a coverage line", () => {
    const r = cds(["compare", seed("hai-phong_tan-ky_2026.txt"), "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Province: hai-phong \(.*"thành phố Hải Phòng" ×\d/);
    // Issue 15: the reports' status words, and the denominator counts in-scope rows only.
    expect(r.stdout).toMatch(/Coverage: \d+ met \/ \d+ below target \/ \d+ missing \/ \d+ unclear — \d+ met of \d+ indicators that apply to the commune/);
    expect(r.stdout).not.toMatch(/-:(warning|error)/);
    // Every framework row shows its confidence.
    const frameworkRows = r.stdout.split("\n").filter((l) => /^\s+[A-Z]{2,}-[A-Z-]+ /.test(l));
    expect(frameworkRows.length).toBeGreaterThan(0);
    for (const row of frameworkRows) expect(row).toMatch(/\((checked against the original|secondary source: press|unconfirmed|taken from a commune plan)\)/);
    // Issue 16: held to QĐ 2629 Phụ lục I (confirmed), its 98% DVCTT toàn trình is below the national 100%: exit 1.
    expect(r.stdout).toMatch(/CQS-HSCV-DIEN-TU .* met .*Phụ lục I, mục I\.2\.2/);
    expect(r.stdout).toMatch(/CQS-DVCTT-TOAN-TRINH .* below /);
    expect(r.code).toBe(1);
  });
  it("emits FileReports with the comparison in JSON, and honours --province and --year", () => {
    const r = cds(["compare", seed("ha-tinh_ky-hoa_2026.txt"), "--province", "ha-tinh", "--year", "2025", "--format", "json"]);
    const reports = JSON.parse(r.stdout) as FileReport[];
    expect(reports).toHaveLength(1);
    expect(reports[0]!.plan!.meta.province).toBe("ha-tinh");
    expect(reports[0]!.plan!.meta.provinceEvidence).toBe("--province");
    expect(reports[0]!.comparison!.year).toBe(2025);
    expect(reports[0]!.comparison!.frameworkId).toContain("ha-tinh-nq05-2025");
  });
  it("rejects an unknown province with exit 2", () => {
    const r = cds(["compare", seed("ha-tinh_ky-hoa_2026.txt"), "--province", "atlantis", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown province "atlantis"');
  });
  it("--diff lists what changed between two plans", () => {
    const r = cds(["compare", seed("ha-tinh_ky-hoa_2026.txt"), seed("ha-tinh_son-hong_2027.txt"), "--diff", "--format", "json"]);
    const d = JSON.parse(r.stdout) as { counts: Record<string, number> };
    expect(d.counts.added).toBeGreaterThan(0);
    expect(d.counts.dropped).toBeGreaterThan(0);
    expect(r.code).toBe(0);
  });
});
