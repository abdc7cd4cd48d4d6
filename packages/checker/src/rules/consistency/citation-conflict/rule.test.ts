import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { citationConflict } from "./rule.ts";

ruleTester.run(citationConflict, {
  valid: [
    { text: plan("Căn cứ Kế hoạch số 101/KH-UBND ngày 22/5/2025 của UBND tỉnh;", "Thực hiện Kế hoạch số 101/KH-UBND ngày 22 tháng 5 năm 2025 của UBND tỉnh.") },
    { name: "two documents of one day with two numbers are two documents when their issuers differ", text: plan("Căn cứ Kế hoạch số 101/KH-UBND ngày 22/5/2025;", "Căn cứ Quyết định số 102/QĐ-TTg ngày 22/5/2025.") },
  ],
  invalid: [
    {
      text: plan("Căn cứ Kế hoạch số 2273/KH-UBND ngày 22/5/2025 của UBND tỉnh;", "Thực hiện Kế hoạch số 101/KH-UBND ngày 22/5/2025 của UBND tỉnh."),
      errors: [
        { messageId: "twoNumbers", line: 7, data: { kind: "KH", issuer: "UBND", date: "2025-05-22", symbol: "2273/KH-UBND", other: "101/KH-UBND" } },
        { messageId: "twoNumbers", line: 8, data: { kind: "KH", issuer: "UBND", date: "2025-05-22", symbol: "101/KH-UBND", other: "2273/KH-UBND" } },
      ],
    },
    {
      name: "one symbol, two dates, one written in words",
      text: plan("Căn cứ Kế hoạch số 101/KH-UBND ngày 22/5/2025 của UBND tỉnh;", "Thực hiện Kế hoạch số 101/KH-UBND ngày 23 tháng 5 năm 2025 của UBND tỉnh."),
      errors: [
        { messageId: "twoDates", line: 8, data: { symbol: "101/KH-UBND", date: "2025-05-23", other: "2025-05-22" } },
      ],
    },
  ],
});
