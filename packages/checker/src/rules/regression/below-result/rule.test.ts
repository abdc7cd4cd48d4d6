import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { belowResult } from "./rule.ts";

ruleTester.run(belowResult, {
  valid: [
    { text: plan("I. KẾT QUẢ THỰC HIỆN NĂM 2025", "Đạt 60% người dân có tài khoản định danh điện tử.", "II. MỤC TIÊU NĂM 2026", "- Trên 70% người dân có tài khoản định danh điện tử.") },
    { text: plan("II. MỤC TIÊU NĂM 2026", "TT\tChỉ tiêu\tKết quả năm 2025\tChỉ tiêu năm 2026", "1\tTỷ lệ hồ sơ trực tuyến\t80%\t≥ 85%") },
  ],
  invalid: [
    {
      text: plan("I. KẾT QUẢ THỰC HIỆN NĂM 2025", "Đạt 80% người dân có tài khoản định danh điện tử.", "II. MỤC TIÊU NĂM 2026", "- Trên 70% người dân có tài khoản định danh điện tử."),
      errors: [
        { messageId: "belowReview", line: 10, data: { target: "Trên 70%", result: "80%", line: 8 } },
      ],
    },
    {
      text: plan("II. MỤC TIÊU NĂM 2026", "TT\tChỉ tiêu\tKết quả năm 2025\tChỉ tiêu năm 2026", "1\tTỷ lệ hồ sơ trực tuyến\t98,17%\t≥ 98%"),
      errors: [
        { messageId: "belowBaseline", line: 9, data: { target: "≥ 98%", baseline: "98,17%" } },
      ],
    },
  ],
});
