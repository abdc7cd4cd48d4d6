import { RuleTester } from "@cdsvn/core";
import { readPlan } from "@cdsvn/reader";
import { describe, it } from "vitest";
import { CITY_TABLE_2026 } from "../../frameworks.ts";
import { cityIndicatorTable } from "./rule.ts";

// Cases are plan texts read by the reader, as a commune's .txt would be.
const ruleTester = new RuleTester({ read: async (text) => (await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" })).plan, describe, it });
const HEADER = ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "Số: 15/KH-UBND", "An Phú, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH"];
const plan = (year: number, ...body: string[]) => [...HEADER, `Chuyển đổi số xã An Phú năm ${year}`, ...body].join("\n");
/** The objectives section of a plan that answers the first `n` items of the city's table. */
const answering = (n: number) => ["II. MỤC TIÊU", ...CITY_TABLE_2026.slice(0, n).map((item) => `- ${item.name}: 100%.`)];
const missing = (n: number) => CITY_TABLE_2026.slice(n).map((item) => item.name).join("; ");

ruleTester.run(cityIndicatorTable, {
  valid: [
    { name: "a 2026 plan with the city's table", text: plan(2026, ...answering(18)) },
    { name: "a 2026 plan with 12 of the 18 items", text: plan(2026, ...answering(12)) },
    { name: "a plan of another year", text: plan(2027, ...answering(2)) },
  ],
  invalid: [
    { name: "5 of the 18 items", text: plan(2026, ...answering(5)), errors: [{ messageId: "tableMissing", line: null, data: { found: 5, total: 18, missing: missing(5) } }] },
    { name: "no item at all", text: plan(2026, "II. MỤC TIÊU", "- Đẩy mạnh chuyển đổi số."), errors: [{ messageId: "tableMissing", line: null, data: { found: 0, total: 18, missing: missing(0) } }] },
  ],
});
