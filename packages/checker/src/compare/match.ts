import { matchKey, type FrameworkIndicator, type Indicator, type IndicatorMatch as CoreMatch, type MatchOptions } from "@cdsvn/core";

/** Why a plan indicator was taken for a framework indicator, and how sure the match is (0–1). */
export interface IndicatorMatch {
  readonly score: number;
  /** "alias: …", "wording: …", "code: …": what matched, for a reader. */
  readonly reason: string;
  /** The kind of evidence: the indicator's code, its name or an alias, or the wording (keyword groups, paraphrase). */
  readonly by: "code" | "alias" | "wording";
}

/** One plan indicator matched to the framework indicator it measures best. */
export interface PlanIndicatorMatch {
  /** Index into plan.indicators. */
  readonly index: number;
  readonly indicator: Indicator;
  readonly code: string;
  readonly match: IndicatorMatch;
  /** Another framework indicator scores about as well: the line is "chưa rõ" for both. */
  readonly contested: boolean;
  /** The name of that other indicator, when contested. */
  readonly rival: string | null;
}

type Rank = (wording: string, indicators: readonly FrameworkIndicator[], options?: MatchOptions) => CoreMatch[];

/** Scores closer than this are a tie: neither indicator is taken for the plan line. */
const TIE = 0.05;

/**
 * Each distinct wording of the plan's indicators against every framework indicator in force, once (the
 * wording is folded once, not once per pair, and ranked once however often the plan states it), each
 * plan indicator keeping its best match; two best matches that tie are both kept as contested.
 * A plan line that writes the indicator's code is matched by the code.
 */
export function matchPlanIndicators(
  planIndicators: readonly Indicator[],
  indicators: readonly FrameworkIndicator[],
  aliases: Readonly<Record<string, readonly string[]>>,
  rank: Rank,
): PlanIndicatorMatch[] {
  const codes = indicators.map((ind) => ({ ind, key: ` ${matchKey(ind.code)} ` })).filter((c) => /\S \S/.test(c.key.trim()));
  const out: PlanIndicatorMatch[] = [];
  // A plan states an indicator more than once (objectives, tasks, appendix): each wording is ranked once.
  const rankedByWording = new Map<string, CoreMatch[]>();
  planIndicators.forEach((indicator, index) => {
    const padded = ` ${matchKey(indicator.text)} `;
    const byCode = codes.find((c) => padded.includes(c.key));
    if (byCode) {
      out.push({ index, indicator, code: byCode.ind.code, match: { score: 1, reason: `code: ${byCode.ind.code}`, by: "code" }, contested: false, rival: null });
      return;
    }
    let ranked = rankedByWording.get(indicator.text);
    if (!ranked) rankedByWording.set(indicator.text, (ranked = rank(indicator.text, indicators, { aliases })));
    const best = ranked[0];
    if (!best) return;
    // A user's row that restates a national indicator (`extends`) is the same concept: the line answers both.
    const concept = (m: CoreMatch) => m.indicator.extends ?? m.indicator.code;
    const same = ranked.filter((m) => concept(m) === concept(best));
    const rival = ranked.find((m) => concept(m) !== concept(best) && best.score - m.score < TIE);
    for (const m of same) {
      out.push({ index, indicator, code: m.indicator.code, match: describe(m), contested: rival !== undefined, rival: rival?.indicator.name ?? null });
    }
    if (rival) out.push({ index, indicator, code: rival.indicator.code, match: describe(rival), contested: true, rival: best.indicator.name });
  });
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

function describe(m: CoreMatch): IndicatorMatch {
  const by = m.reason === "name" || m.reason === "alias" ? "alias" : "wording";
  return { score: round(m.score), reason: `${by}: ${m.detail}`, by };
}
