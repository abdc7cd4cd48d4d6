import type { Confidence, RuleSetting, Severity } from "@cdsvn/core";

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The lower of two severities: a report may lower its rule's severity, never raise it. */
export function lowerOf(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * The severity a finding leaves with: the configured one, lowered by the report's own request,
 * and capped at warning when the fact behind it is unconfirmed (a false error costs a reviewer's trust).
 */
export function effectiveSeverity(configured: Severity, requested: Severity | undefined, confidence: Confidence | undefined): Severity {
  let severity = requested ? lowerOf(configured, requested) : configured;
  if (confidence === "unconfirmed") severity = lowerOf(severity, "warning");
  return severity;
}

/** "off" | severity | [severity, options] → its parts. */
export function splitSetting(setting: RuleSetting | undefined): { level: Severity | "off" | undefined; options: unknown } {
  if (setting === undefined) return { level: undefined, options: undefined };
  if (typeof setting === "string") return { level: setting, options: undefined };
  return { level: setting[0], options: setting[1] };
}

export function severityRank(s: Severity): number {
  return RANK[s];
}
