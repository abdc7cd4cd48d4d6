import {
  rankIndicators,
  type Comparison,
  type ComparisonItem,
  type Confidence,
  type CoverageStatus,
  type FrameworkTarget,
  type Indicator,
  type Plan,
  type Target,
} from "@cdsvn/core";
import type { EffectiveFramework, EffectiveIndicator } from "./effective-framework.ts";
import { matchPlanIndicators, type PlanIndicatorMatch } from "./match.ts";
import { judgeTarget, type TargetVerdict } from "./target-verdict.ts";

/** Options of `comparePlan`: the extra wordings a plugin gives framework indicators. */
export interface CompareOptions {
  /** Extra wordings per framework indicator code (a plugin's `indicatorAliases`). */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Plan × framework → for every framework indicator one status (met, below-target, missing,
 * ambiguous, not-applicable), plus the plan's indicators that match none ("extra"). Pure.
 *
 * Each plan indicator is matched once, to the one framework indicator it measures best; a plan
 * line that two indicators claim about equally is "chưa rõ" for both rather than a guess. When the
 * plan states one indicator more than once (body and appendix) with different figures, the lower
 * decides and the row says so. Every row carries the source and the confidence of its figure.
 */
export function comparePlan(plan: Plan, framework: EffectiveFramework, options: CompareOptions = {}): Comparison {
  const year = framework.year;
  const inForce = framework.indicators.filter((e) => e.target !== null);
  const matches = matchPlanIndicators(plan.indicators, inForce.map((e) => e.indicator), options.aliases ?? {}, rankIndicators);
  const items: ComparisonItem[] = [];
  const matched = new Set<number>();

  for (const entry of framework.indicators) {
    const ind = entry.indicator;
    const base = { code: ind.code, name: ind.name, frameworkId: entry.frameworkId };
    if (entry.target === null) {
      items.push({ ...base, status: "not-applicable", required: null, planned: null, planIndicators: [], source: null, confidence: null,
        note: notApplicableNote(entry, year) });
      continue;
    }
    const required = requiredTarget(entry.target, ind.unit);
    const provenance = { source: entry.target.source, confidence: confidenceOf(entry) };
    const mine = matches.filter((m) => m.code === ind.code);
    mine.forEach((m) => matched.add(m.index));
    const clear = mine.filter((m) => !m.contested);
    if (clear.length === 0) {
      const contested = mine.filter((m) => m.contested);
      items.push(contested.length > 0
        ? { ...base, status: "ambiguous", required, planned: contested[0]!.indicator.target, planIndicators: contested.map((m) => m.index),
          match: contested[0]!.match, ...provenance,
          note: `the plan line matches "${ind.name}" and "${contested[0]!.rival}" about equally; not decided` }
        : { ...base, status: "missing", required, planned: null, planIndicators: [], match: null, ...provenance });
      continue;
    }
    // The strong matches decide; a much weaker one still counts as answered, not as an extra.
    const top = Math.max(...clear.map((m) => m.match.score));
    const deciding = clear.filter((m) => m.match.score >= top - 0.2);
    const verdicts = deciding.map((m) => ({ ...m, verdict: verdictFor(m.indicator, entry, year) }));
    const comparable = verdicts.filter((v) => v.verdict !== "incomparable");
    if (comparable.length === 0) {
      items.push({ ...base, status: "ambiguous", required, planned: verdicts[0]!.indicator.target, planIndicators: verdicts.map((v) => v.index),
        match: verdicts[0]!.match, ...provenance, note: "the matching plan figure is in another unit or for another period" });
      continue;
    }
    const lowest = comparable.find((v) => v.verdict === "below") ?? comparable[0]!;
    const status: CoverageStatus = lowest.verdict === "below" ? "below-target" : "met";
    const differs = new Set(comparable.map((v) => `${v.indicator.target.comparator}${v.indicator.target.value}`)).size > 1;
    items.push({
      ...base,
      status,
      required,
      planned: lowest.indicator.target,
      planIndicators: [lowest.index, ...comparable.filter((v) => v !== lowest).map((v) => v.index)],
      match: lowest.match,
      ...provenance,
      note: differs
        ? `the plan states this indicator ${comparable.length} times with different figures (${comparable.map((v) => v.indicator.target.raw).join("; ")}); the lower decides`
        : null,
    });
  }

  plan.indicators.forEach((pi, index) => {
    if (matched.has(index)) return;
    items.push({ code: null, name: pi.text, status: "extra", required: null, planned: pi.target, planIndicators: [index], match: null, source: null });
  });

  const counts: Record<CoverageStatus, number> = { met: 0, "below-target": 0, missing: 0, ambiguous: 0, "not-applicable": 0, extra: 0 };
  for (const item of items) counts[item.status]++;
  return { frameworkId: framework.id, frameworkVersion: framework.version, province: framework.province, year, items, counts };
}

export type { PlanIndicatorMatch };

/** The weaker of the figure's and its framework's confidence: a derived framework stays derived. */
export function confidenceOf(entry: EffectiveIndicator): Confidence {
  const order: Confidence[] = ["confirmed", "secondary", "derived", "unconfirmed"];
  const t = entry.target?.confidence ?? "unconfirmed";
  return order[Math.max(order.indexOf(t), order.indexOf(entry.frameworkConfidence))]!;
}

function notApplicableNote(entry: EffectiveIndicator, year: number): string {
  switch (entry.excluded) {
    case "issued-after-plan": return `its ${year} target comes from a document issued after the plan`;
    case "superseded": return `replaced by "${entry.indicator.superseded?.by}" from ${entry.indicator.superseded?.from} (${entry.indicator.superseded?.source.document})`;
    case "aggregate": return "a total or share over many units, not demanded of one commune";
    default: return `no target at commune level for ${year}`;
  }
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
