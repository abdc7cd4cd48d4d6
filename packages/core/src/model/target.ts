import { z } from "zod";

/**
 * How a target compares: ">=" for "≥", "tối thiểu", "từ … trở lên"; ">" for "trên", "hơn";
 * "=" for a bare "100%"; "<=" / "<" for "không quá", "dưới"; "range" for "90 - 95%".
 */
export const Comparator = z.enum([">=", ">", "=", "<=", "<", "range"]).meta({ id: "Comparator" });
export type Comparator = z.infer<typeof Comparator>;

/** A span of years a target applies to: "(2025-2027)" → { from: 2025, to: 2027 }. */
export const Period = z
  .object({ from: z.number().int(), to: z.number().int() })
  .meta({ id: "Period", description: "Inclusive span of years." });
export type Period = z.infer<typeof Period>;

/** A quantitative target or a measured value, as stated in the document. */
export const Target = z
  .object({
    comparator: Comparator,
    value: z.number(),
    /** Upper bound when comparator is "range". */
    max: z.number().nullable().optional(),
    /** "%" for percentages, "count" for counts ("02 cuộc"), "đồng" for money, else the unit as written. */
    unit: z.string(),
    /** The counted noun for unit "count" ("cuộc kiểm tra"). */
    unitLabel: z.string().nullable().optional(),
    /** The exact number phrase from the text ("Trên 70%", "≥ 95%", "100% (2025-2027)"). */
    raw: z.string(),
    /** A period written next to the figure ("100% (2025-2027)"). */
    period: Period.nullable().optional(),
  })
  .meta({ id: "Target" });
export type Target = z.infer<typeof Target>;
