import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { placeSpelling } from "./rule.ts";

ruleTester.run(placeSpelling, {
  valid: [
    { text: plan("Kế hoạch của xã An Phú, tỉnh Nghệ An") },
    { text: plan("Người dân tỉnh Hà Tĩnh và xã An Phú") },
  ],
  invalid: [
    {
      text: plan("Kế hoạch chuyển đổi số tỉnh ghệ An năm 2026"),
      errors: [
        { messageId: "provinceName", line: 7, data: { written: "ghệ An", expected: "Nghệ An" } },
      ],
    },
    {
      text: plan("Người dân xã An Phu tham gia"),
      errors: [
        { messageId: "unitName", line: 7, data: { written: "An Phu", expected: "An Phú" } },
      ],
    },
  ],
});
