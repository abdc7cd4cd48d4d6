import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { outOfRange } from "./rule.ts";

ruleTester.run(outOfRange, {
  valid: [
    { text: plan("II. MỤC TIÊU", "- Trên 90% hồ sơ công việc được xử lý trên môi trường mạng.") },
    { name: "growth over 100% is not a share", text: plan("II. MỤC TIÊU", "- Doanh thu thương mại điện tử tăng 120% so với năm 2025.") },
    { name: "the report part is not judged", text: plan("I. KẾT QUẢ THỰC HIỆN NĂM 2025", "- Đạt trên 100% kế hoạch giao.", "II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.") },
  ],
  invalid: [
    {
      text: plan("II. MỤC TIÊU", "- Trên 100% hồ sơ được số hóa."),
      errors: [
        { messageId: "overHundred", line: 8, data: { raw: "Trên 100%" } },
      ],
    },
    {
      name: "'Không ít hơn 100%' can only mean 100%",
      text: plan("II. MỤC TIÊU", "- Không ít hơn 100% hồ sơ công việc được xử lý trên môi trường mạng."),
      errors: [
        { messageId: "atLeastHundred", line: 8, data: { raw: "Không ít hơn 100%" } },
      ],
    },
    {
      text: plan("II. MỤC TIÊU", "- 120% người dân có tài khoản định danh điện tử."),
      errors: [
        { messageId: "above100", line: 8, data: { raw: "120%" } },
      ],
    },
  ],
});
