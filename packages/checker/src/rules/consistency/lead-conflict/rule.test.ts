import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { leadConflict } from "./rule.ts";

ruleTester.run(leadConflict, {
  valid: [
    { text: plan("III. NHIỆM VỤ", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian", "1\tTriển khai ứng dụng AI trong cơ quan nhà nước\tVăn phòng HĐND và UBND xã\tNăm 2026", "2\tTập huấn kỹ năng số cho người dân\tPhòng Văn hóa - Xã hội\tNăm 2026") },
    { name: "the implementation section agrees with the table", text: plan("III. NHIỆM VỤ", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian", "1\tTriển khai ứng dụng AI trong cơ quan nhà nước\tVăn phòng HĐND và UBND xã\tNăm 2026", "IV. TỔ CHỨC THỰC HIỆN", "1. Văn phòng HĐND và UBND xã: Chủ trì triển khai ứng dụng AI trong cơ quan nhà nước.") },
  ],
  invalid: [
    {
      text: plan("III. NHIỆM VỤ", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian", "1\tTriển khai ứng dụng AI trong cơ quan nhà nước\tVăn phòng HĐND và UBND xã\tNăm 2026", "2\tTriển khai ứng dụng AI trong cơ quan nhà nước\tPhòng Văn hóa - Xã hội\tNăm 2026"),
      errors: [
        { messageId: "twoLeads", line: 10, data: { task: "Triển khai ứng dụng AI trong cơ quan nhà nước", lead: "Phòng Văn hóa - Xã hội", other: "Văn phòng HĐND và UBND xã" } },
      ],
    },
    {
      name: "the implementation section gives the task to another unit",
      text: plan("III. NHIỆM VỤ", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian", "1\tTriển khai ứng dụng AI trong cơ quan nhà nước\tPhòng Văn hóa - Xã hội\tNăm 2026", "IV. TỔ CHỨC THỰC HIỆN", "1. Văn phòng HĐND và UBND xã: Chủ trì tham mưu số hóa hồ sơ, ứng dụng AI trong cơ quan nhà nước."),
      errors: [
        { messageId: "dutyLead", line: 9, data: { task: "Triển khai ứng dụng AI trong cơ quan nhà nước", lead: "Phòng Văn hóa - Xã hội", other: "Văn phòng HĐND và UBND xã", line: 11 } },
      ],
    },
  ],
});
