import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { nationalAggregate } from "./rule.ts";

// an aggregate named as the purpose at the tail of the clause is not what the figure measures
ruleTester.run(nationalAggregate, {
  valid: [
    { text: plan("- 80% người lao động trong các doanh nghiệp, hợp tác xã có kỹ năng số, sử dụng được thiết bị thông minh để phục vụ sản xuất, nâng cao năng suất lao động.") },
    { text: plan("II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.") },
  ],
  invalid: [
    {
      text: plan("I. KẾT QUẢ NĂM 2025", "- Kinh tế số chiếm 20% GDP."),
      errors: [
        { messageId: "aggregate", line: 8, data: { clause: "- Kinh tế số chiếm 20% GDP.", aggregate: "GDP" } },
      ],
    },
    {
      text: plan("II. MỤC TIÊU", "- Năng suất lao động của xã tăng 7% so với năm 2025."),
      errors: [
        { messageId: "aggregate", line: 8, data: { clause: "- Năng suất lao động của xã tăng 7% so với năm 2025.", aggregate: "năng suất lao động" } },
      ],
    },
  ],
});
