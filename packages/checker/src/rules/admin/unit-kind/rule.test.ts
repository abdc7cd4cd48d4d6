import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { unitKind } from "./rule.ts";

ruleTester.run(unitKind, {
  valid: [
    { text: plan("Các xã, phường trên địa bàn tỉnh; UBND xã chủ trì.") },
    { text: plan("Ủy ban nhân dân xã An Phú giao Văn phòng HĐND và UBND xã theo dõi.") },
  ],
  invalid: [
    {
      text: plan("Văn bản trình Ủy ban nhân dân phường ký số."),
      errors: [
        { messageId: "wrongKind", line: 7, data: { own: "xã", unit: "An Phú", phrase: "Văn bản trình Ủy ban nhân dân phường ký số" } },
      ],
    },
    {
      text: plan("III. NHIỆM VỤ", "- Công chức của phường được tập huấn kỹ năng số."),
      errors: [
        { messageId: "wrongKind", line: 8, data: { own: "xã", unit: "An Phú", phrase: "- Công chức của phường được tập huấn kỹ" } },
      ],
    },
  ],
});
