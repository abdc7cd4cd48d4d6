import { indicatorKey, matchesKeywords, rankIndicators, type FrameworkIndicator, type Indicator } from "@cdsvn/core";

/** Why a plan indicator was taken for a framework indicator, and how sure the match is (0–1). */
export interface IndicatorMatch {
  readonly score: number;
  readonly reason: string;
}

/** The matching function the comparer uses; swappable for the national `matchIndicator`. */
export type IndicatorMatcher = (
  planIndicator: Indicator,
  frameworkIndicator: FrameworkIndicator,
  extraAliases: readonly string[],
) => IndicatorMatch | null;

/** Lowest word overlap (Dice coefficient) for a wording to count as an alias of the indicator. */
const ALIAS_THRESHOLD = 0.8;

/**
 * Matches on normalised text (NFC, abbreviations expanded, tones and case folded): first the
 * indicator's keyword groups (see `matchesKeywords`), then its name and aliases, as a contained
 * phrase or by word overlap. The reason says which.
 */
export const matchByKeywordsAndAliases: IndicatorMatcher = (planIndicator, fw, extraAliases) => {
  const text = planIndicator.text;
  if (matchesKeywords(text, fw.keywords)) return { score: 1, reason: `keywords: ${fw.keywords.join(" + ")}` };
  const key = indicatorKey(text);
  let best: IndicatorMatch | null = null;
  for (const alias of [fw.name, ...fw.aliases, ...extraAliases]) {
    const a = indicatorKey(alias);
    if (a.trim().length === 0) continue;
    if (key.includes(a)) return { score: 0.95, reason: `alias: "${alias}"` };
    const dice = diceOfWords(key, a);
    if (dice >= ALIAS_THRESHOLD && (!best || dice > best.score)) best = { score: round(dice), reason: `similar to "${alias}" (${round(dice)})` };
  }
  return best;
};

function diceOfWords(a: string, b: string): number {
  const wa = new Set(a.trim().split(" ")), wb = new Set(b.trim().split(" "));
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The default matcher: core's `rankIndicators` (the shared normaliser, keyword groups, `excludes`
 * and the subject guard that keeps "tỷ lệ hồ sơ …" apart from "tỷ lệ thủ tục …"), asked about one
 * framework indicator at a time.
 */
export const matchWithCore: IndicatorMatcher = (planIndicator, fw, extraAliases) => {
  const m = rankIndicators(planIndicator.text, [fw], { aliases: { [fw.code]: extraAliases } })[0];
  return m ? { score: round(m.score), reason: `${m.reason}: ${m.detail}` } : null;
};
