import { z } from "zod";
import { SourceRef } from "./diagnostic.ts";
import { Target } from "./target.ts";

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
    /** Why the match was made (alias, keywords, normalised text) and its score. */
    match: z.object({ score: z.number(), reason: z.string() }).nullable().optional(),
    source: SourceRef.nullable(),
    note: z.string().nullable().optional(),
  })
  .meta({ id: "ComparisonItem" });
export type ComparisonItem = z.infer<typeof ComparisonItem>;

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
