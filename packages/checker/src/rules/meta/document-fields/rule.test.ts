import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { documentFields } from "./rule.ts";

ruleTester.run(documentFields, {
  valid: [
    { text: plan("II. MỤC TIÊU", "- 100% cán bộ có chữ ký số.") },
    { name: "a title with a period", text: "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 15/KH-UBND\nAn Phú, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\nChuyển đổi số xã An Phú giai đoạn 2026 - 2030" },
  ],
  invalid: [
    {
      name: "a number and a date left blank",
      text: "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố:    /KH-UBND\nAn Phú, ngày    tháng 01 năm 2026\nKẾ HOẠCH\nChuyển đổi số xã An Phú năm 2026",
      errors: [
        { messageId: "blankNumber", line: 3, data: { written: "Số: /KH-UBND" } },
        { messageId: "blankDate", line: 4, data: { written: "An Phú, ngày tháng 01 năm 2026" } },
      ],
    },
    {
      name: "no number, no date, no year",
      text: "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nKẾ HOẠCH\nChuyển đổi số xã An Phú",
      errors: [
        { messageId: "noNumber", line: null },
        { messageId: "noDate", line: null },
        { messageId: "noPlanYear", line: 3 },
        { messageId: "titleWithoutYear", line: 3, data: { title: "Kế hoạch Chuyển đổi số xã An Phú" } },
      ],
    },
    {
      name: "a title of another year",
      text: "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 15/KH-UBND\nAn Phú, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\nChuyển đổi số xã An Phú năm 2025\nII. MỤC TIÊU NĂM 2026\n- 100% cán bộ có chữ ký số.",
      planYear: 2026,
      errors: [
        { messageId: "titleYearMismatch", line: 5, data: { titleYear: 2025, planYear: 2026 } },
      ],
    },
  ],
});
