import { defineRule } from "@cdsvn/core";
import { NQ09_DATE, NQ09_DOUBTFUL_DATE } from "../../documents.ts";

/**
 * Nghệ An: plans cite NQ 09-NQ/TU on chuyển đổi số with the date 15/10/2021, but the press gives
 * 05/8/2022 and shows the resolution still in draft in May 2022. Pointing at the doubt lets the
 * commune check the date before the plan is signed. Info only: neither date is confirmed by the text.
 */
export const nq09Date = defineRule({
  meta: {
    id: "nghe-an/nq09-date",
    category: "legal-reference",
    severity: "info",
    docs: {
      description: {
        vi: "Ngày ban hành Nghị quyết 09-NQ/TU về chuyển đổi số tỉnh Nghệ An được trích là 15/10/2021, nguồn báo chí ghi 05/8/2022",
        en: "NQ 09-NQ/TU on Nghệ An's digital transformation is cited as of 15/10/2021; press reports give 05/8/2022",
      },
      url: "https://github.com/cdsvn/cds/blob/main/plugins/nghe-an/src/rules/nq09-date/doc.md",
    },
    messages: {
      vi: { doubtfulDate: "Nghị quyết 09-NQ/TU được trích ngày {cited}; theo báo Nghệ An, Nghị quyết ban hành ngày {expected}. Đề nghị kiểm tra lại." },
      en: { doubtfulDate: "NQ 09-NQ/TU is cited as of {cited}; Nghệ An's press reports it was issued on {expected}. Please check." },
    },
    tags: ["nghe-an"],
  },
  create(context) {
    return {
      legalBasis(basis, index) {
        if (basis.symbol.toUpperCase() !== "09-NQ/TU" || basis.date !== NQ09_DOUBTFUL_DATE) return;
        context.report({
          messageId: "doubtfulDate",
          data: { cited: "15/10/2021", expected: "05/8/2022" },
          span: basis.span,
          path: `/legalBases/${index}`,
          expected: NQ09_DATE,
          actual: basis.date,
          severity: "info",
          source: { document: "09-NQ/TU", url: "https://baonghean.vn/en/nghe-an-ban-hanh-ke-hoach-chuyen-doi-so-den-nam-2025-10243553.html" },
        });
      },
    };
  },
});
