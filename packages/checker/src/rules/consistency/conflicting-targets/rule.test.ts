import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { conflictingTargets } from "./rule.ts";

ruleTester.run(conflictingTargets, {
  valid: [
    { text: plan("II. MỤC TIÊU", "- Trên 80% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết.", "", "- 100% cán bộ được tập huấn kỹ năng số cơ bản.") },
    { name: "two figures of one line are one statement", text: plan("II. MỤC TIÊU", "- Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết tăng từ 80% lên 90%.") },
  ],
  invalid: [
    {
      text: plan("II. MỤC TIÊU", "- Trên 80% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết.", "", "- 100% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết."),
      errors: [
        { messageId: "conflict", line: 8, data: { clause: "- Trên 80% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết.", raw: "Trên 80%", otherRaw: "100%", otherLine: 10 } },
        { messageId: "conflict", line: 10, data: { clause: "- 100% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết.", raw: "100%", otherRaw: "Trên 80%", otherLine: 8 } },
      ],
    },
    {
      name: "the same indicator listed twice",
      text: plan("II. MỤC TIÊU", "- 100% cán bộ, công chức được tập huấn kỹ năng số cơ bản.", "- Trên 70% người dân có tài khoản định danh điện tử.", "- 100% cán bộ, công chức được tập huấn kỹ năng số cơ bản."),
      errors: [
        { messageId: "duplicate", line: 10, data: { clause: "- 100% cán bộ, công chức được tập huấn kỹ năng số cơ bản.", otherLine: 8 } },
      ],
    },
  ],
});
