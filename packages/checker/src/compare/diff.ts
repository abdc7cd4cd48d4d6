import type { Indicator, Plan, Target } from "@cdsvn/core";
import { indicatorKey } from "@cdsvn/core";
import { judgeTarget } from "./target-verdict.ts";

/**
 * How an indicator changed between two plans: added, dropped, raised (a higher target), lowered,
 * unchanged, or changed (targets that cannot be ordered: another unit or period).
 */
export type DiffKind = "added" | "dropped" | "raised" | "lowered" | "unchanged" | "changed";

/**
 * One indicator in a plan diff: how it changed, its wording, the target before and after (null where
 * absent), and its index in each plan's indicators.
 */
export interface DiffItem {
  readonly kind: DiffKind;
  readonly text: string;
  readonly before: Target | null;
  readonly after: Target | null;
  /** Indexes into the first and second plan's indicators. */
  readonly beforeIndex: number | null;
  readonly afterIndex: number | null;
}

/**
 * Two plans' indicators paired (`diffPlans`): one item per indicator and the count of items by kind.
 * What `cds compare --diff a.docx b.docx` prints.
 */
export interface PlanDiff {
  readonly items: readonly DiffItem[];
  readonly counts: Readonly<Record<DiffKind, number>>;
}

/** Lowest word overlap for two wordings to be taken as the same indicator. */
const SAME_INDICATOR = 0.7;

/**
 * Two plans (one commune year over year, or two communes) → indicators added, dropped, raised,
 * lowered. Indicators are paired by normalised wording (best word overlap first); a pair whose
 * targets cannot be ordered (other unit) is "changed". Body and appendix copies count once.
 */
export function diffPlans(a: Plan, b: Plan): PlanDiff {
  const left = distinct(a.indicators), right = distinct(b.indicators);
  const pairs: { i: number; j: number; score: number }[] = [];
  for (const l of left) for (const r of right) {
    const score = overlap(l.key, r.key);
    if (score >= SAME_INDICATOR) pairs.push({ i: l.index, j: r.index, score });
  }
  pairs.sort((x, y) => y.score - x.score);
  const usedL = new Set<number>(), usedR = new Set<number>();
  const items: DiffItem[] = [];
  for (const p of pairs) {
    if (usedL.has(p.i) || usedR.has(p.j)) continue;
    usedL.add(p.i); usedR.add(p.j);
    const before = a.indicators[p.i]!, after = b.indicators[p.j]!;
    items.push({ kind: order(before.target, after.target), text: after.text, before: before.target, after: after.target, beforeIndex: p.i, afterIndex: p.j });
  }
  for (const l of left) if (!usedL.has(l.index)) items.push({ kind: "dropped", text: l.indicator.text, before: l.indicator.target, after: null, beforeIndex: l.index, afterIndex: null });
  for (const r of right) if (!usedR.has(r.index)) items.push({ kind: "added", text: r.indicator.text, before: null, after: r.indicator.target, beforeIndex: null, afterIndex: r.index });
  const counts: Record<DiffKind, number> = { added: 0, dropped: 0, raised: 0, lowered: 0, unchanged: 0, changed: 0 };
  for (const item of items) counts[item.kind]++;
  return { items, counts };
}

function order(before: Target, after: Target): DiffKind {
  const up = judgeTarget(after, before), down = judgeTarget(before, after);
  if (up === "incomparable" || down === "incomparable") return "changed";
  if (up === "met" && down === "met") return "unchanged";
  return up === "met" ? "raised" : "lowered";
}

function distinct(indicators: readonly Indicator[]) {
  const seen = new Set<string>();
  const out: { index: number; indicator: Indicator; key: string }[] = [];
  indicators.forEach((indicator, index) => {
    const key = indicatorKey(indicator.text);
    const id = `${key}|${indicator.target.comparator}|${indicator.target.value}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ index, indicator, key });
  });
  return out;
}

function overlap(a: string, b: string): number {
  const wa = new Set(a.trim().split(" ")), wb = new Set(b.trim().split(" "));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}
