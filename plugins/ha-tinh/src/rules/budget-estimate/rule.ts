import { defineRule } from "@cdsvn/core";

/** From this plan year on, CV 1796/SKHCN-VP asks for the plan and its budget estimate together. */
const FIRST_YEAR = 2027;

/**
 * Hà Tĩnh: a commune plan for 2027 (or later) must carry a budget estimate (dự toán ngân sách),
 * because the Department of Science and Technology asked for "kế hoạch và dự toán ngân sách" in one
 * submission (CV 1796/SKHCN-VP, 24/6/2026). Other provinces do not require it in the plan itself.
 */
export const budgetEstimate = defineRule({
  meta: {
    id: "ha-tinh/budget-estimate",
    category: "missing-section",
    severity: "warning",
    docs: {
      description: {
        vi: "Kế hoạch năm 2027 trở đi của xã, phường tỉnh Hà Tĩnh phải kèm dự toán ngân sách (CV 1796/SKHCN-VP)",
        en: "A Hà Tĩnh commune plan for 2027 or later must carry a budget estimate (CV 1796/SKHCN-VP)",
      },
      rationale: {
        vi: "Sở KH&CN Hà Tĩnh tổng hợp kế hoạch cùng dự toán để bố trí ngân sách; kế hoạch không có dự toán bị trả lại.",
        en: "The Department compiles plans together with their estimates to allocate the budget; a plan without one comes back.",
      },
      url: "https://github.com/cdsvn/cds/blob/main/plugins/ha-tinh/src/rules/budget-estimate/doc.md",
    },
    messages: {
      vi: { missing: "Kế hoạch năm {year} chưa có dự toán ngân sách (bảng dự toán hoặc tổng kinh phí) theo yêu cầu của CV 1796/SKHCN-VP" },
      en: { missing: "The {year} plan has no budget estimate (an estimate table or a total), which CV 1796/SKHCN-VP asks for" },
    },
    tags: ["ha-tinh"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        const year = context.planYear;
        if (year === null || year < FIRST_YEAR) return;
        if (plan.budget.lines.length > 0 || plan.budget.declaredTotal !== null) return;
        context.report({
          messageId: "missing",
          data: { year },
          path: "/budget",
          // The Công văn itself was not seen, only cited: never more than a warning.
          severity: "warning",
          source: { document: "1796/SKHCN-VP", date: "2026-06-24", note: "as cited by commune plans" },
        });
      },
    };
  },
});
