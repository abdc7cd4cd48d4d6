/** sections/required-parts: task groups that assign no owner while the other groups do. */
import { EMPTY_KNOWLEDGE, emptyPlan, type Plan, type Task } from "@cdsvn/core";
import { extractFacts } from "@cdsvn/reader";
import { describe, expect, it } from "vitest";
import { check, genericRules } from "../src/index.ts";

const task = (name: string): Task => ({ name, lead: "Văn phòng HĐND và UBND xã", partners: [], deadline: null, output: null, span: null });
const plan = (tasks: Task[]): Plan => {
  const p = emptyPlan();
  return { ...p, tasks, budget: { declaredTotal: 100, lines: [] }, meta: { ...p.meta, unitName: "An Phú", unitKind: "xa", planYear: 2026, documentNumber: "1/KH-UBND", issuedDate: "2026-01-05", title: "Kế hoạch năm 2026" } };
};
const rule = genericRules.filter((r) => r.meta.id === "sections/required-parts");
const run = (p: Plan, text: string) => check({ plan: { ...p, facts: extractFacts(text) }, text, rules: rule, knowledge: EMPTY_KNOWLEDGE }).filter((d) => d.messageId === "unassignedGroups");

const section = [
  "II. NHIỆM VỤ",
  "1. Hạ tầng số",
  "- Nâng cấp mạng LAN của cơ quan.",
  "+ Đơn vị chủ trì: Văn phòng HĐND và UBND xã.",
  "+ Thời gian hoàn thành: Quý III/2026.",
  "2. An toàn thông tin mạng",
  "- Tham gia diễn tập thực chiến an toàn thông tin mạng do tỉnh tổ chức.",
  "- Định kỳ sao lưu dữ liệu ngoại tuyến theo nguyên tắc 3-2-1.",
  "III. GIẢI PHÁP",
].join("\n");

describe("sections/required-parts: unassigned task groups", () => {
  it("flags a group with neither owner nor deadline, absent from the task table, when other groups have them", () => {
    const found = run(plan([task("Nâng cấp mạng LAN của cơ quan")]), section);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(6);
    expect(found[0]!.data?.groups).toBe("2");
  });

  it("accepts the group when its tasks are in the task table", () => {
    const tasks = [task("Nâng cấp mạng LAN của cơ quan"), task("Tham gia diễn tập thực chiến an toàn thông tin mạng do tỉnh tổ chức"), task("Định kỳ sao lưu dữ liệu ngoại tuyến theo nguyên tắc 3-2-1")];
    expect(run(plan(tasks), section)).toEqual([]);
  });
});
