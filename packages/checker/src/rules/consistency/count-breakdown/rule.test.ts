import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { countBreakdown } from "./rule.ts";

// recheck's attack on the single pattern this rule used, 100 KB of it on one line, then a real breakdown.
const HOSTILE_RUN_UP = `0 ogg ${"\ttrong đó0".repeat(5_000)} og  ${" trong đó\t".repeat(5_000)}\u0000`;

ruleTester.run(countBreakdown, {
  valid: [
    { text: plan("I. KẾT QUẢ", "Số hồ sơ đã giải quyết: 820; trong đó, trước hạn: 729, đúng hạn: 91, quá hạn: 0. Hết.") },
    { text: plan("I. KẾT QUẢ", "Tiếp nhận 120 hồ sơ (trong đó 100 hồ sơ trực tuyến, 20 hồ sơ trực tiếp).") },
    { text: plan("I. KẾT QUẢ", "Có 45 thôn, trong đó: 30 thôn có tổ công nghệ số, 15 thôn chưa có; tỷ lệ 67%.") },
    { text: plan("I. KẾT QUẢ", HOSTILE_RUN_UP) },
  ],
  invalid: [
    {
      text: plan("I. KẾT QUẢ", "Số hồ sơ đã giải quyết: 826; trong đó, trước hạn: 729, đúng hạn: 91, quá hạn: 0. Hết."),
      errors: [
        { messageId: "partsMismatch", line: 8, data: { total: 826, parts: "729 + 91 + 0", sum: 820, difference: 6 } },
      ],
    },
    {
      text: plan("I. KẾT QUẢ", "Tiếp nhận 125 hồ sơ (trong đó 100 hồ sơ trực tuyến, 20 hồ sơ trực tiếp)."),
      errors: [
        { messageId: "partsMismatch", line: 8, data: { total: 125, parts: "100 + 20", sum: 120, difference: 5 } },
      ],
    },
    {
      text: plan("I. KẾT QUẢ", `${HOSTILE_RUN_UP}. Tiếp nhận 125 hồ sơ (trong đó 100 hồ sơ trực tuyến, 20 hồ sơ trực tiếp).`),
      errors: [
        { messageId: "partsMismatch", line: 8, data: { total: 125, parts: "100 + 20", sum: 120, difference: 5 } },
      ],
    },
    {
      // two breakdowns on one line, the second found after the first
      text: plan("I. KẾT QUẢ", "Cấp 50 chữ ký số (trong đó 30 cho cán bộ, 10 cho công chức), cấp 12 tài khoản; trong đó 4 quản trị, 4 người dùng, 2 khách. Hết."),
      errors: [
        { messageId: "partsMismatch", line: 8, data: { total: 50, parts: "30 + 10", sum: 40, difference: 10 } },
        { messageId: "partsMismatch", line: 8, data: { total: 12, parts: "4 + 4 + 2", sum: 10, difference: 2 } },
      ],
    },
  ],
});
