import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { planYear } from "./rule.ts";

ruleTester.run(planYear, {
  valid: [
    { text: plan("III. NHIỆM VỤ", "- Tổ chức Ngày Chuyển đổi số quốc gia năm 2026 tại xã.") },
    { name: "the report part may name last year's day", text: plan("I. KẾT QUẢ THỰC HIỆN NĂM 2025", "- Đã tổ chức Ngày Chuyển đổi số quốc gia năm 2025.", "II. NHIỆM VỤ", "- Tổ chức Ngày Chuyển đổi số quốc gia năm 2026.") },
  ],
  invalid: [
    {
      text: plan("III. NHIỆM VỤ", "- Tổ chức Ngày Chuyển đổi số quốc gia năm 2025 tại xã."),
      errors: [
        { messageId: "eventYear", line: 8, data: { year: 2025, planYear: 2026 } },
      ],
    },
    {
      name: "an appendix dated another year",
      text: plan("III. NHIỆM VỤ", "- Tập huấn kỹ năng số.", "Phụ lục", "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12 tháng 01 năm 2025 của UBND xã)"),
      errors: [
        { messageId: "captionYear", line: 10, data: { year: 2025, other: 2026, otherWhere: "phần đầu văn bản" } },
      ],
    },
    {
      name: "a deadline before the plan year",
      text: plan("III. NHIỆM VỤ", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian hoàn thành", "1\tSố hóa hồ sơ lưu trữ\tVăn phòng HĐND và UBND xã\tQuý IV/2025", "2\tTập huấn kỹ năng số\tPhòng Văn hóa - Xã hội\tQuý II/2026"),
      errors: [
        { messageId: "deadlineBefore", line: 9, data: { deadline: "Quý IV/2025", planYear: 2026 } },
      ],
    },
  ],
});
