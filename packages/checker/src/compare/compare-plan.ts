import type { Comparison, ComparisonItem, CoverageStatus, FrameworkTarget, Indicator, Plan, Target } from "@cdsvn/core";
import type { EffectiveFramework, EffectiveIndicator } from "./effective-framework.ts";
import { matchWithCore, type IndicatorMatch, type IndicatorMatcher } from "./match.ts";
import { judgeTarget, type TargetVerdict } from "./target-verdict.ts";

export interface CompareOptions {
  /** Extra wordings per framework indicator code (a plugin's `indicatorAliases`). */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  readonly matcher?: IndicatorMatcher;
}

/**
 * Plan × framework → for every framework indicator one status (met, below-target, missing,
 * ambiguous, not-applicable), plus the plan's indicators that match none ("extra"). Pure.
 */
export function comparePlan(plan: Plan, framework: EffectiveFramework, options: CompareOptions = {}): Comparison {
  const matcher = options.matcher ?? matchWithCore;
  const year = framework.year;
  const items: ComparisonItem[] = [];
  const matchedPlanIndicators = new Set<number>();

  for (const entry of framework.indicators) {
    const ind = entry.indicator;
    const base = { code: ind.code, name: ind.name };
    if (entry.target === null) {
      items.push({ ...base, status: "not-applicable", required: null, planned: null, planIndicators: [], source: null,
        note: `no target at commune level for ${year}` });
      continue;
    }
    const required = requiredTarget(entry.target, ind.unit);
    const candidates: { index: number; indicator: Indicator; match: IndicatorMatch }[] = [];
    plan.indicators.forEach((pi, index) => {
      const match = matcher(pi, ind, options.aliases?.[ind.code] ?? []);
      if (match) candidates.push({ index, indicator: pi, match });
    });
    candidates.forEach((c) => matchedPlanIndicators.add(c.index));
    if (candidates.length === 0) {
      items.push({ ...base, status: "missing", required, planned: null, planIndicators: [], match: null, source: entry.target.source });
      continue;
    }
    // The best-scoring candidates decide; a plan stating the same target twice (body and appendix) is one answer.
    const top = Math.max(...candidates.map((c) => c.match.score));
    const best = candidates.filter((c) => c.match.score === top);
    const verdicts = best.map((c) => ({ ...c, verdict: verdictFor(c.indicator, entry, year) }));
    const kinds = new Set(verdicts.map((v) => v.verdict));
    const status: CoverageStatus =
      kinds.size > 1 || kinds.has("incomparable") ? "ambiguous" : kinds.has("met") ? "met" : "below-target";
    // Report the strongest planned figure (the one most favourable to the commune).
    const shown = verdicts.find((v) => v.verdict === "met") ?? verdicts[0]!;
    items.push({
      ...base,
      status,
      required,
      planned: shown.indicator.target,
      planIndicators: verdicts.map((v) => v.index),
      match: shown.match,
      source: entry.target.source,
      note: status === "ambiguous" ? ambiguityNote(verdicts.map((v) => v.verdict)) : null,
    });
  }

  plan.indicators.forEach((pi, index) => {
    if (matchedPlanIndicators.has(index)) return;
    items.push({ code: null, name: pi.text, status: "extra", required: null, planned: pi.target, planIndicators: [index], match: null, source: null });
  });

  const counts: Record<CoverageStatus, number> = { met: 0, "below-target": 0, missing: 0, ambiguous: 0, "not-applicable": 0, extra: 0 };
  for (const item of items) counts[item.status]++;
  return { frameworkId: framework.id, frameworkVersion: framework.version, province: framework.province, year, items, counts };
}

function verdictFor(pi: Indicator, entry: EffectiveIndicator, year: number): TargetVerdict {
  const period = pi.target.period ?? pi.period;
  // A figure stated for a span that does not include the plan year ("đến năm 2030") is not a commitment for it.
  if (period && (period.from > year || period.to < year)) return "incomparable";
  const t = entry.target!;
  return judgeTarget(pi.target, { comparator: t.comparator, value: t.value, max: t.max ?? null, unit: entry.indicator.unit });
}

function requiredTarget(t: FrameworkTarget, unit: string): Target {
  return {
    comparator: t.comparator,
    value: t.value,
    max: t.max ?? null,
    unit,
    // The compact figure: the source's full wording stays in the framework (and its `raw`).
    raw: t.comparator === "range" ? `${t.value}–${t.max ?? "?"}${unit === "%" ? "%" : ""}` : `${symbol(t.comparator)}${t.value}${unit === "%" ? "%" : ` ${unit}`}`,
    period: { from: t.from, to: t.to },
  };
}

function symbol(c: FrameworkTarget["comparator"]): string {
  return c === ">=" ? "≥ " : c === ">" ? "> " : c === "<=" ? "≤ " : c === "<" ? "< " : "";
}

function ambiguityNote(verdicts: TargetVerdict[]): string {
  if (verdicts.includes("incomparable")) return "a matching plan figure is in another unit or for another period";
  return "the plan states this indicator more than once with different targets, one meeting the framework and one not";
}
