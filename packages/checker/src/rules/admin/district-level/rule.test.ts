import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { districtLevel } from "./rule.ts";

ruleTester.run(districtLevel, {
  valid: [
    { text: plan("Kết nối với trung ương và tỉnh.") },
    { text: plan("Phối hợp với các xã, phường lân cận.") },
  ],
  invalid: [
    {
      text: plan("Kết nối với trung ương, tỉnh và thị xã.", "Báo cáo UBND huyện kết quả thực hiện."),
      errors: [
        { messageId: "districtActor", line: 7, data: { phrase: "tỉnh và thị xã", date: "01/07/2025" } },
        { messageId: "districtActor", line: 8, data: { phrase: "UBND huyện", date: "01/07/2025" } },
      ],
    },
    {
      text: plan("I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025", "- Đã báo cáo UBND huyện kết quả thực hiện."),
      errors: [
        { messageId: "districtReview", line: 8, data: { phrase: "UBND huyện", date: "01/07/2025" } },
      ],
    },
  ],
});
