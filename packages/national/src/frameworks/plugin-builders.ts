import type { Comparator, Confidence, FrameworkIndicator, FrameworkTarget, Level, Pillar, SourceRef } from "@cdsvn/core";

/**
 * Builders for province plugins' framework data, so each plugin's data file reads as a table of
 * figures; every figure still names its source and confidence.
 */
export function frameworkTarget(
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

/** A percentage indicator; `extra` overrides any field (unit, aliases, extends, denominator …). */
export function frameworkIndicator(
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
