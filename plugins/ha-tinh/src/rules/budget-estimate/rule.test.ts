import { RuleTester } from "@cdsvn/core";
import { readPlan } from "@cdsvn/reader";
import { describe, it } from "vitest";
import { budgetEstimate } from "./rule.ts";

// Cases are plan texts read by the reader, as a commune's .txt would be.
const ruleTester = new RuleTester({ read: async (text) => (await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" })).plan, describe, it });
const HEADER = ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "Số: 15/KH-UBND", "An Phú, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH"];
const plan = (year: number, ...body: string[]) => [...HEADER, `Chuyển đổi số xã An Phú năm ${year}`, ...body].join("\n");

ruleTester.run(budgetEstimate, {
  valid: [
    { name: "a 2027 plan with a total", text: plan(2027, "IV. KINH PHÍ", "Tổng kinh phí: 3.711.000.000 đồng.") },
    {
      name: "a 2027 plan with an estimate table",
      text: plan(2027, "IV. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "1\tMáy tính\tBộ\t2\t15.000.000\t30.000.000"),
    },
    { name: "a 2026 plan needs none", text: plan(2026, "IV. KINH PHÍ", "Ngân sách xã bảo đảm.") },
  ],
  invalid: [
    { name: "a 2027 plan that names only the source", text: plan(2027, "IV. KINH PHÍ", "Ngân sách xã bảo đảm."), errors: [{ messageId: "missing", line: null, data: { year: 2027 } }] },
    { name: "a 2028 plan without a funding section", text: plan(2028, "II. MỤC TIÊU", "- 100% cán bộ có chữ ký số."), errors: [{ messageId: "missing", line: null, data: { year: 2028 } }] },
  ],
});
