/**
 * Rules that recognise an indicator through the national frameworks (core's matcher) rather than by
 * shared wording: the same indicator worded two ways, and national aggregates stated as commune figures.
 */
import { emptyPlan, type Plan } from "@cdsvn/core";
import { extractFacts } from "@cdsvn/reader";
import { knowledge } from "@cdsvn/national";
import { describe, expect, it } from "vitest";
import { check, genericRules } from "../src/index.ts";

const plan = (): Plan => {
  const p = emptyPlan();
  return { ...p, meta: { ...p.meta, unitName: "An Phú", unitKind: "xa", planYear: 2026, documentNumber: "1/KH-UBND", issuedDate: "2026-01-05", title: "Kế hoạch năm 2026" } };
};
const national = knowledge();
const run = (id: string, text: string) =>
  check({ plan: { ...plan(), facts: extractFacts(text) }, text, rules: genericRules.filter((r) => r.meta.id === id), knowledge: national });

describe("consistency/conflicting-targets through the frameworks", () => {
  const objectives = "II. MỤC TIÊU\n- Trên 70% thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính;\n\n";

  it("flags a task's prose that restates an objective with another figure, in other words", () => {
    const text = `${objectives}III. NHIỆM VỤ\nPhấn đấu 100% thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính trong phạm vi cấp tỉnh.`;
    const found = run("consistency/conflicting-targets", text);
    expect(found.map((d) => d.line).sort()).toEqual([2, 5]);
    expect(found.every((d) => d.messageId === "conflict")).toBe(true);
  });

  it("accepts the same figure worded two ways", () => {
    const text = `${objectives}III. NHIỆM VỤ\nPhấn đấu trên 70% thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính.`;
    expect(run("consistency/conflicting-targets", text)).toEqual([]);
  });

  it("does not compare a horizon of another year with the plan year's target", () => {
    const text = `${objectives}III. NHIỆM VỤ\nĐến năm 2030, 100% thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính.`;
    expect(run("consistency/conflicting-targets", text)).toEqual([]);
  });

  it("does not take two different indicators for one (subject guard: dossiers vs procedures)", () => {
    const text = "- Trên 80% hồ sơ thủ tục hành chính được xử lý trực tuyến;\n\n- 100% thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính.";
    expect(run("consistency/conflicting-targets", text)).toEqual([]);
  });
});
