import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EMPTY_KNOWLEDGE, emptyPlan, type Plan, type Rule } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { check, genericRules } from "../src/index.ts";

const rulesDir = join(dirname(fileURLToPath(import.meta.url)), "../src/rules");
const plan = (over: Partial<Plan["meta"]> = {}, extra: Partial<Plan> = {}): Plan => {
  const p = emptyPlan();
  return { ...p, ...extra, meta: { ...p.meta, unitName: "An Phú", unitKind: "xa", planYear: 2026, documentNumber: "1/KH-UBND", issuedDate: "2026-01-05", title: "Kế hoạch năm 2026", ...over } };
};
const line = (amount: number) => ({ code: "1", path: ["1"], content: "Thiết bị", unit: "Bộ", quantity: 2, unitPrice: 10, amount, span: null });

describe("generic rules", () => {
  for (const rule of genericRules) {
    const id = rule.meta.id;
    describe(id, () => {
      it("has a doc page and messages in both locales", () => {
        expect(existsSync(join(rulesDir, id, "doc.md"))).toBe(true);
        expect(Object.keys(rule.meta.messages.en).sort()).toEqual(Object.keys(rule.meta.messages.vi).sort());
      });
      it("has its cases beside it, run by the rule tester", () => {
        expect(existsSync(join(rulesDir, id, "rule.test.ts"))).toBe(true);
      });
    });
  }
});

describe("engine", () => {
  it("turns a throwing rule into one `other` diagnostic and runs the others", () => {
    const arithmetic = genericRules.find((r) => r.meta.id === "budget/line-arithmetic")!;
    const boom: Rule = { meta: { ...arithmetic.meta, id: "test/boom" }, create: () => ({ plan: () => { throw new Error("x"); } }) };
    const out = check({ plan: plan({}, { budget: { declaredTotal: null, lines: [line(200)] } }), rules: [boom, arithmetic], knowledge: EMPTY_KNOWLEDGE });
    expect(out.filter((d) => d.ruleId === "test/boom").map((d) => d.category)).toEqual(["other"]);
    expect(out.some((d) => d.ruleId === "budget/line-arithmetic")).toBe(true);
  });
  it("caps unconfirmed facts at warning and honours rule severity overrides", () => {
    const p = plan({}, { budget: { declaredTotal: null, lines: [line(200)] } });
    expect(check({ plan: p, rules: genericRules, config: { rules: { "budget/line-arithmetic": "info" } }, knowledge: EMPTY_KNOWLEDGE }).find((d) => d.ruleId === "budget/line-arithmetic")?.severity).toBe("info");
    expect(check({ plan: p, rules: genericRules, config: { rules: { "budget/line-arithmetic": "off" } }, knowledge: EMPTY_KNOWLEDGE }).some((d) => d.ruleId === "budget/line-arithmetic")).toBe(false);
  });
});
