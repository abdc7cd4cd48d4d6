import { RuleTester } from "@cdsvn/core";
import { readPlan } from "@cdsvn/reader";
import { describe, it } from "vitest";
import { nq09Date } from "./rule.ts";

// Cases are plan texts read by the reader, as a commune's .txt would be.
const ruleTester = new RuleTester({ read: async (text) => (await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" })).plan, describe, it });
const HEADER = ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "Số: 15/KH-UBND", "An Phú, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH"];
const plan = (...body: string[]) => [...HEADER, "Chuyển đổi số xã An Phú năm 2026", ...body].join("\n");

ruleTester.run(nq09Date, {
  valid: [
    { name: "the press date", text: plan("Căn cứ Nghị quyết số 09-NQ/TU ngày 05/8/2022 của Ban Chấp hành Đảng bộ tỉnh;") },
    { name: "an undated citation", text: plan("Căn cứ Nghị quyết số 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh;") },
    { name: "another document of that date", text: plan("Căn cứ Nghị quyết số 57-NQ/TW ngày 15/10/2021 của Bộ Chính trị;") },
  ],
  invalid: [
    {
      text: plan("Căn cứ Nghị quyết số 09-NQ/TU ngày 15/10/2021 của Ban Chấp hành Đảng bộ tỉnh;"),
      errors: [{ messageId: "doubtfulDate", line: 7, data: { cited: "15/10/2021", expected: "05/8/2022" } }],
    },
    {
      name: "the date written in words",
      text: plan("Căn cứ Nghị quyết số 05-NQ/TU ngày 01/3/2021 của Tỉnh ủy;", "Căn cứ Nghị quyết số 09-NQ/TU ngày 15 tháng 10 năm 2021 của Ban Chấp hành Đảng bộ tỉnh;"),
      errors: [{ messageId: "doubtfulDate", line: 8, data: { cited: "15/10/2021", expected: "05/8/2022" } }],
    },
  ],
});
