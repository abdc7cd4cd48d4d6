import { z } from "zod";
import { Span } from "./span.ts";
import { Period, Target } from "./target.ts";

/**
 * Where in the document a figure or task stands: the plan's body, or an appendix (phụ lục) table. Rules
 * that judge the body alone skip appendix rows.
 */
export const Section = z.enum(["body", "appendix"]).meta({ id: "Section" });
export type Section = z.infer<typeof Section>;

/** A quantitative target (chỉ tiêu) for the plan's period. */
export const Indicator = z
  .object({
    /** The wording without the number and comparator words. */
    text: z.string(),
    target: Target,
    /** The result already reached, where the same row or sentence pairs it with the target. */
    baseline: Target.nullable(),
    period: Period.nullable(),
    section: Section,
    /** The heading or table group the indicator sits under ("Phát triển hạ tầng"), if any. */
    group: z.string().nullable().optional(),
    span: Span.nullable(),
  })
  .meta({ id: "Indicator" });
export type Indicator = z.infer<typeof Indicator>;
