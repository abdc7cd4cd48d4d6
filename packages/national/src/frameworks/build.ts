import type { Comparator, Confidence, FrameworkIndicator, FrameworkTarget, Level, SourceRef } from "@cdsvn/core";
import type { IndicatorConcept } from "./indicators.ts";

/** One stated figure, for one or more levels, over a year or a span of years. */
export interface TargetInput {
  readonly years: number | readonly [number, number];
  readonly levels: readonly Level[];
  readonly cmp: Comparator;
  readonly value: number;
  readonly max?: number;
  /** The source's wording of the figure ("trên 80%", "đạt 100%"). */
  readonly raw: string;
  readonly source: SourceRef;
  readonly confidence: Confidence;
}

/** A stated figure as one FrameworkTarget per level (a target "for all levels" is three). */
export function targets(t: TargetInput): FrameworkTarget[] {
  const [from, to] = typeof t.years === "number" ? [t.years, t.years] : t.years;
  return t.levels.map((level) => ({
    from,
    to,
    level,
    comparator: t.cmp,
    value: t.value,
    ...(t.max !== undefined ? { max: t.max } : {}),
    raw: t.raw,
    source: t.source,
    confidence: t.confidence,
  }));
}

/** A framework's indicator: the shared concept with this framework's targets. */
export function indicator(concept: IndicatorConcept, ...stated: readonly TargetInput[]): FrameworkIndicator {
  return { ...concept, aliases: [...concept.aliases], keywords: [...concept.keywords], targets: stated.flatMap(targets) };
}

export const ALL_LEVELS: readonly Level[] = ["national", "province", "commune"];
export const NATIONAL: readonly Level[] = ["national"];
