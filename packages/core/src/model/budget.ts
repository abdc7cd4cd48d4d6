import { z } from "zod";
import { Span } from "./span.ts";

/** One row of a budget table, as stated (money in đồng), group and subtotal rows included. */
export const BudgetLine = z
  .object({
    /** The row's own label as printed: "A", "I", "1", "1.1"; null when the row has none. */
    code: z.string().nullable(),
    /** Labels of the rows it sits under, down to its own: ["A", "III", "5"]. */
    path: z.array(z.string()),
    content: z.string(),
    unit: z.string().nullable(),
    quantity: z.number().nullable(),
    unitPrice: z.number().nullable(),
    amount: z.number().nullable(),
    /** True for group and subtotal rows (their amount should be the sum of their children). */
    isGroup: z.boolean().optional(),
    span: Span.nullable(),
  })
  .meta({ id: "BudgetLine" });
export type BudgetLine = z.infer<typeof BudgetLine>;

/**
 * The plan's budget (kinh phí): the grand total it declares and its lines, every amount in đồng (a
 * table in "triệu đồng" is converted on reading). Arithmetic rules compare the lines with the total.
 */
export const Budget = z
  .object({
    /** The grand total the document states, in đồng, or null. */
    declaredTotal: z.number().nullable(),
    /** Where the declared total is written. */
    totalSpan: Span.nullable().optional(),
    lines: z.array(BudgetLine),
  })
  .meta({ id: "Budget" });
export type Budget = z.infer<typeof Budget>;
