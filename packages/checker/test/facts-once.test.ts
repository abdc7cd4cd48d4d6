/** Rules read the facts the reader computed once; a Plan JSON carrying them is checked like its file. */
import { EMPTY_KNOWLEDGE, emptyPlan, Plan, type Knowledge } from "@cdsvn/core";
import { readPlan } from "@cdsvn/reader";
import { describe, expect, it } from "vitest";
import { check, genericRules } from "../src/index.ts";

const knowledge: Knowledge = {
  ...EMPTY_KNOWLEDGE,
  documents: [{ symbol: "57-NQ/TW", kind: "nghi-quyet", issuer: "Bộ Chính trị", signedDate: "2024-12-22", title: "NQ 57", status: [], province: null, source: { document: "57-NQ/TW" }, confidence: "confirmed" }],
};

const PLAN = [
  "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
  "KẾ HOẠCH Chuyển đổi số năm 2026",
  "Căn cứ Nghị quyết số 57-NQ/TW ngày 23 tháng 12 năm 2024 của Bộ Chính trị;",
  "II. MỤC TIÊU",
  "- Không ít hơn 100% hồ sơ công việc được xử lý trên môi trường mạng.",
  "- Trên 100% người dân được tuyên truyền.",
].join("\n");

async function analyse(text: string) {
  const { plan, tree } = await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" });
  return { plan, tree, fromFile: check({ plan, tree, rules: genericRules, knowledge }) };
}

describe("facts once", () => {
  it("catches a wrong citation date written in words, like one written 23/12/2024", async () => {
    const worded = (await analyse(PLAN)).fromFile.filter((d) => d.messageId === "dateMismatch");
    const numeric = (await analyse(PLAN.replace("ngày 23 tháng 12 năm 2024", "ngày 23/12/2024"))).fromFile.filter((d) => d.messageId === "dateMismatch");
    expect(worded.map((d) => [d.line, d.data?.actual, d.data?.expected])).toEqual([[3, "23/12/2024", "22/12/2024"]]);
    expect(numeric.map((d) => [d.line, d.data?.actual])).toEqual([[3, "23/12/2024"]]);
  });

  it("reads 'Không ít hơn 100%' as at least 100%, not as an impossible target", async () => {
    const found = (await analyse(PLAN)).fromFile.filter((d) => d.ruleId === "percent/out-of-range");
    expect(found.map((d) => [d.line, d.messageId])).toEqual([[5, "atLeastHundred"], [6, "overHundred"]]);
  });

  it("checks a Plan JSON exactly like the file it came from: same findings, same lines", async () => {
    const { plan, fromFile } = await analyse(PLAN);
    const json = Plan.parse(JSON.parse(JSON.stringify(plan)));
    const fromJson = check({ plan: json, rules: genericRules, knowledge });
    expect(fromJson).toEqual(fromFile);
    expect(fromFile.length).toBeGreaterThan(2);
  });

  it("makes knowledge a required part of the input", async () => {
    const { plan } = await analyse(PLAN);
    // @ts-expect-error: without knowledge the rules that need facts would fall silent
    const call = () => check({ plan, rules: genericRules });
    expect(call).toBeTypeOf("function");
  });

  it("still compares the indicators of a plan written before facts, in linear passes", () => {
    const ind = (text: string, value: number, raw: string) => ({ text, target: { comparator: "=" as const, value, unit: "%", raw }, baseline: null, period: null, section: "body" as const, span: null });
    const plan = { ...emptyPlan(), indicators: [
      ind("Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết", 80, "80%"),
      ind("Tỷ lệ người dân có tài khoản định danh điện tử", 70, "70%"),
      ind("Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết", 100, "100%"),
      ind("Tỷ lệ người dân có tài khoản định danh điện tử", 70, "70%"),
    ] };
    const found = check({ plan, rules: genericRules.filter((r) => r.meta.id === "consistency/conflicting-targets"), knowledge: EMPTY_KNOWLEDGE });
    expect(found.map((d) => [d.messageId, d.path, d.data?.otherRaw ?? null])).toEqual([["conflict", "/indicators/2", "80%"], ["duplicate", "/indicators/3", null]]);
  });
});
