/** consistency/lead-conflict: a table task led by one unit while "Tổ chức thực hiện" has another lead it. */
import { EMPTY_KNOWLEDGE, emptyPlan, type Plan, type Task } from "@cdsvn/core";
import { extractFacts } from "@cdsvn/reader";
import { describe, expect, it } from "vitest";
import { check, genericRules } from "../src/index.ts";

const task = (name: string, lead: string): Task => ({ name, lead, partners: [], deadline: null, output: null, span: null });
const plan = (tasks: Task[]): Plan => {
  const p = emptyPlan();
  return { ...p, tasks, meta: { ...p.meta, unitName: "An Phú", unitKind: "xa", planYear: 2026, documentNumber: "1/KH-UBND", issuedDate: "2026-01-05", title: "Kế hoạch năm 2026" } };
};
const rule = genericRules.filter((r) => r.meta.id === "consistency/lead-conflict");
const run = (p: Plan, text: string) => check({ plan: { ...p, facts: extractFacts(text) }, text, rules: rule, knowledge: EMPTY_KNOWLEDGE }).filter((d) => d.messageId === "dutyLead");

const text = [
  "V. TỔ CHỨC THỰC HIỆN",
  "1. Văn phòng HĐND - UBND xã: Chủ trì tham mưu triển khai các nhiệm vụ liên quan số hóa hồ sơ, phần mềm bản quyền, ứng dụng AI, hợp trực tuyến.",
  "2. Phòng Văn hóa - Xã hội",
  "- Phối hợp với Văn phòng triển khai ứng dụng AI trong cơ quan.",
  "PHỤ LỤC",
].join("\n");

describe("consistency/lead-conflict: the implementation section", () => {
  it("flags a task the table gives to another unit", () => {
    const found = run(plan([task("Triển khai ứng dụng AI và trợ lý số trong hoạt động của cơ quan nhà nước", "Phòng Văn hóa - Xã hội")]), text);
    expect(found).toHaveLength(1);
    expect(found[0]!.data?.other).toBe("Văn phòng HĐND - UBND xã");
  });

  it("accepts the same unit written another way (abbreviations, 'và' for '-')", () => {
    expect(run(plan([task("Triển khai ứng dụng AI và trợ lý số trong hoạt động của cơ quan nhà nước", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã")]), text)).toEqual([]);
  });

  it("ignores duties a unit only supports ('Phối hợp với …') and short shared words", () => {
    expect(run(plan([task("Cập nhật dữ liệu lên hệ thống", "Công an xã")]), text)).toEqual([]);
  });
});
