import { defineRule } from "@cdsvn/core";
import { z } from "zod";
import { docsUrl } from "../../helpers.ts";

const id = "budget/line-arithmetic";

/** Quantity × unit price must equal the amount of the same budget row. */
export const lineArithmetic = defineRule<{ tolerance: number }>({
  meta: {
    id,
    category: "budget-arithmetic",
    severity: "error",
    docs: {
      description: { vi: "Số lượng × đơn giá phải bằng thành tiền của cùng dòng dự toán", en: "Quantity × unit price must equal the row's amount" },
      rationale: {
        vi: "Một chữ số 0 thừa trong thành tiền làm sai cả nhóm và tổng dự toán; người thẩm định phải nhân lại từng dòng.",
        en: "One extra zero in an amount breaks the group and the grand total; reviewers otherwise re-multiply every row.",
      },
      url: docsUrl(id),
    },
    messages: {
      vi: { amountMismatch: "Thành tiền {actual} ≠ {quantity} × {unitPrice} = {expected} (dòng {code})" },
      en: { amountMismatch: "Amount {actual} ≠ {quantity} × {unitPrice} = {expected} (row {code})" },
    },
    options: z.object({ tolerance: z.number().nonnegative().default(1) }),
    defaultOptions: { tolerance: 1 },
    tags: ["budget"],
  },
  create(context) {
    return {
      budgetLine(line, index) {
        const { quantity, unitPrice, amount } = line;
        if (quantity === null || unitPrice === null || amount === null) return;
        if (quantity <= 0 || unitPrice <= 0) return;
        const expected = Math.round(quantity * unitPrice);
        if (Math.abs(expected - amount) <= context.options.tolerance) return;
        context.report({
          messageId: "amountMismatch",
          data: { actual: amount, quantity, unitPrice, expected, code: line.path.join(".") || line.code || String(index + 1) },
          span: line.span,
          path: `/budget/lines/${index}`,
          expected,
          actual: amount,
          suggestion: String(expected),
        });
      },
    };
  },
});
