import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { institution } from "./rule.ts";

ruleTester.run(institution, {
  valid: [
    { text: plan("theo hướng dẫn của Bộ Khoa học và Công nghệ") },
    { text: plan("theo hướng dẫn của Sở Khoa học và Công nghệ tỉnh") },
  ],
  invalid: [
    {
      text: plan("III. NHIỆM VỤ", "- Thực hiện theo hướng dẫn của Bộ Thông tin và Truyền thông."),
      errors: [
        { messageId: "outdated", line: 8, data: { phrase: "Bộ Thông tin và Truyền thông", date: "01/03/2025", replacement: "Bộ, Sở Khoa học và Công nghệ" } },
      ],
    },
    {
      text: plan("I. KẾT QUẢ THỰC HIỆN NĂM 2025", "- Đã phối hợp với Sở Thông tin và Truyền thông tổ chức tập huấn."),
      errors: [
        { messageId: "outdatedReview", line: 8, data: { phrase: "Sở Thông tin và Truyền thông", date: "01/03/2025", replacement: "Bộ, Sở Khoa học và Công nghệ" } },
      ],
    },
  ],
});
