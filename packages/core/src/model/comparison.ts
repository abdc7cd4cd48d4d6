import { z } from "zod";
import { Confidence } from "../framework/model.ts";
import { SourceRef } from "./diagnostic.ts";
import { Target } from "./target.ts";

/**
 * A framework indicator's verdict against the plan. "met": the plan sets it at or above the required
 * figure; "below-target": lower than required; "missing": not in the plan; "ambiguous": matched but not
 * comparable (unit, period or wording unclear); "not-applicable": not demanded of this commune this
 * year; "extra": a plan indicator no framework indicator matched.
 */
export const CoverageStatus = z
  .enum(["met", "below-target", "missing", "ambiguous", "not-applicable", "extra"])
  .meta({ id: "CoverageStatus" });
export type CoverageStatus = z.infer<typeof CoverageStatus>;

/** One framework indicator (or one unmatched plan indicator, status "extra") against the plan. */
export const ComparisonItem = z
  .object({
    /** Framework indicator code; null for "extra". */
    code: z.string().nullable(),
    name: z.string(),
    status: CoverageStatus,
    required: Target.nullable(),
    planned: Target.nullable(),
    /** Indexes into plan.indicators of the plan indicator(s) matched. */
    planIndicators: z.array(z.number().int().nonnegative()),
    /**
     * Why the match was made and its score: `by` is "code" (the plan states the indicator's code),
     * "alias" (its name or a national alias), "wording" (keyword groups or a near-paraphrase).
     */
    match: z
      .object({ score: z.number(), reason: z.string(), by: z.enum(["code", "alias", "wording"]).optional() })
      .nullable()
      .optional(),
    /** The document, date and article (or appendix item) the required figure comes from. */
    source: SourceRef.nullable(),
    /** How far the required figure can be trusted; only "confirmed" drives more than an `info`. */
    confidence: Confidence.nullable().optional(),
    /** The framework (id) the row's target comes from. */
    frameworkId: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
  })
  .meta({ id: "ComparisonItem" });
export type ComparisonItem = z.infer<typeof ComparisonItem>;

/**
 * A plan compared with one framework version for one year: a row per framework indicator (and per
 * unmatched plan indicator), with the count of rows by status. Part of the JSON contract of
 * `cds compare --format json`.
 */
export const Comparison = z
  .object({
    frameworkId: z.string(),
    frameworkVersion: z.string(),
    province: z.string().nullable(),
    year: z.number().int(),
    items: z.array(ComparisonItem),
    counts: z.record(CoverageStatus, z.number().int().nonnegative()),
  })
  .meta({ id: "Comparison" });
export type Comparison = z.infer<typeof Comparison>;
