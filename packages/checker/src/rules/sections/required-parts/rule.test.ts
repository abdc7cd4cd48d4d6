import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { requiredParts } from "./rule.ts";

ruleTester.run(requiredParts, {
  valid: [
    { text: plan("II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.", "III. NHIỆM VỤ", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian", "1\tTập huấn kỹ năng số cho cán bộ\tPhòng Văn hóa - Xã hội\tQuý II/2026", "IV. KINH PHÍ", "Tổng kinh phí: 50.000.000 đồng.") },
    { name: "tasks listed under their groups, each with its lead", text: plan("II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.", "III. NHIỆM VỤ", "1. Hạ tầng số", "- Nâng cấp mạng LAN của cơ quan.", "+ Đơn vị chủ trì: Văn phòng HĐND và UBND xã.", "2. Kỹ năng số", "- Tập huấn kỹ năng số cho cán bộ.", "+ Đơn vị chủ trì: Phòng Văn hóa - Xã hội.", "IV. KINH PHÍ", "Kinh phí thực hiện: 50 triệu đồng.") },
  ],
  invalid: [
    {
      name: "funding names a source and no amount",
      text: plan("II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.", "III. NHIỆM VỤ", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian", "1\tTập huấn kỹ năng số cho cán bộ\tPhòng Văn hóa - Xã hội\tQuý II/2026", "IV. KINH PHÍ", "Ngân sách xã bảo đảm."),
      errors: [
        { messageId: "noBudget", line: 13 },
      ],
    },
    {
      name: "no task carries a lead or a deadline",
      text: plan("II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.", "III. NHIỆM VỤ", "Đẩy mạnh chuyển đổi số trong mọi lĩnh vực.", "IV. KINH PHÍ", "Tổng kinh phí: 50.000.000 đồng."),
      errors: [
        { messageId: "noTasks", line: 9 },
      ],
    },
    {
      name: "a task with a deadline and no lead; no quantified target",
      text: plan("II. MỤC TIÊU", "Nâng cao kỹ năng số cho cán bộ và người dân.", "III. NHIỆM VỤ", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian", "1\tTập huấn kỹ năng số cho cán bộ\tPhòng Văn hóa - Xã hội\tQuý II/2026", "2\tSố hóa hồ sơ lưu trữ\t\tQuý III/2026", "IV. KINH PHÍ", "Tổng kinh phí: 50.000.000 đồng."),
      errors: [
        { messageId: "noIndicators", line: null },
        { messageId: "taskWithoutLead", line: 12, data: { task: "Số hóa hồ sơ lưu trữ" } },
      ],
    },
    {
      name: "the task section lists work nobody owns",
      text: plan("II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.", "III. NHIỆM VỤ", "- Nâng cấp mạng LAN của cơ quan.", "- Tập huấn kỹ năng số cho cán bộ.", "- Số hóa hồ sơ lưu trữ.", "- Tuyên truyền chuyển đổi số.", "IV. GIẢI PHÁP", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian", "1\tTập huấn kỹ năng số cho cán bộ\tPhòng Văn hóa - Xã hội\tQuý II/2026", "V. KINH PHÍ", "Tổng kinh phí: 50.000.000 đồng."),
      errors: [
        { messageId: "unassignedTasks", line: 9, data: { section: "III. NHIỆM VỤ" } },
      ],
    },
    {
      name: "a group with neither owner nor deadline while the others have them",
      text: plan("II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.", "III. NHIỆM VỤ", "1. Hạ tầng số", "- Nâng cấp mạng LAN của cơ quan.", "+ Đơn vị chủ trì: Văn phòng HĐND và UBND xã.", "+ Thời gian hoàn thành: Quý III/2026.", "2. An toàn thông tin mạng", "- Tham gia diễn tập thực chiến an toàn thông tin mạng do tỉnh tổ chức.", "- Định kỳ sao lưu dữ liệu ngoại tuyến theo nguyên tắc 3-2-1.", "IV. KINH PHÍ", "Tổng kinh phí: 50.000.000 đồng."),
      errors: [
        { messageId: "unassignedGroups", line: 14, data: { groups: "2", section: "III. NHIỆM VỤ" } },
      ],
    },
  ],
});
