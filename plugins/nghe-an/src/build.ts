import type { Comparator, Confidence, FrameworkIndicator, FrameworkTarget, Level, Pillar, SourceRef } from "@cdsvn/core";

/** Small builders that keep the data files readable; every figure still names its source. */
export function target(
  years: readonly [number, number],
  comparator: Comparator,
  value: number,
  raw: string,
  source: SourceRef,
  confidence: Confidence,
  level: Level = "commune",
): FrameworkTarget {
  return { from: years[0], to: years[1], level, comparator, value, raw, source, confidence };
}

export function indicator(
  code: string,
  name: string,
  pillar: Pillar,
  keywords: string[],
  levels: Level[],
  targets: FrameworkTarget[],
  extra: Partial<FrameworkIndicator> = {},
): FrameworkIndicator {
  return { code, name, aliases: [], keywords, pillar, unit: "%", levels, targets, ...extra };
}
