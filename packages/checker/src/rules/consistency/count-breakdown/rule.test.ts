import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { countBreakdown } from "./rule.ts";

ruleTester.run(countBreakdown, {
  valid: [
    { text: plan("I. KẾT QUẢ", "Số hồ sơ đã giải quyết: 820; trong đó, trước hạn: 729, đúng hạn: 91, quá hạn: 0. Hết.") },
    { text: plan("I. KẾT QUẢ", "Tiếp nhận 120 hồ sơ (trong đó 100 hồ sơ trực tuyến, 20 hồ sơ trực tiếp).") },
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
  ],
});
