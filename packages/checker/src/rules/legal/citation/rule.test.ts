import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { citation } from "./rule.ts";

ruleTester.run(citation, {
  valid: [
    { text: plan("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;") },
    { text: plan("Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;") },
  ],
  invalid: [
    {
      name: "a decision cited as a resolution",
      text: plan("THEO TIÊU CHÍ CỦA NQ 749/QĐ-TTG"),
      errors: [
        { messageId: "kindMismatch", line: 7, data: { raw: "NQ 749/QĐ-TTG", symbol: "749/QĐ-TTg", symbolKind: "Quyết định", statedKind: "Nghị quyết" } },
      ],
    },
    {
      name: "a wrong date written in words",
      text: plan("Căn cứ Nghị quyết số 57-NQ/TW ngày 23 tháng 12 năm 2024 của Bộ Chính trị;"),
      errors: [
        { messageId: "dateMismatch", line: 7, data: { symbol: "57-NQ/TW", expected: "22/12/2024", actual: "23/12/2024" } },
      ],
    },
    {
      name: "a wrong date written with slashes",
      text: plan("Căn cứ Quyết định số 749/QĐ-TTg ngày 30/6/2020 của Thủ tướng Chính phủ;"),
      errors: [
        { messageId: "dateMismatch", line: 7, data: { symbol: "749/QĐ-TTg", expected: "03/06/2020", actual: "30/06/2020" } },
      ],
    },
    {
      name: "a decree replaced before the plan year",
      text: plan("Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ;"),
      errors: [
        { messageId: "replaced", line: 7, data: { symbol: "47/2020/NĐ-CP", by: "Luật Dữ liệu", from: "01/07/2024" } },
      ],
    },
    {
      name: "a programme that ended before the plan year",
      text: plan("Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ;"),
      errors: [
        { messageId: "lapsed", line: 7, data: { symbol: "942/QĐ-TTg", to: 2025, planYear: 2026 } },
      ],
    },
  ],
});
