import { collapseSpaces, rankIndicators, type Framework, type FrameworkIndicator } from "@cdsvn/core";
import type { FigureStatement } from "@cdsvn/core";

/**
 * The framework indicators a figure statement measures, by core's matcher (aliases, keyword groups,
 * and its subject/denominator guards). Two wordings that share few words can still be the same
 * indicator: "thủ tục hành chính được tiếp nhận, giải quyết phi địa giới" and "thủ tục hành chính
 * thực hiện không phụ thuộc địa giới hành chính" both measure CQS-PHI-DIA-GIOI. Only strong
 * matches count; a compound statement ("100% DVC … toàn trình và … trên nhiều phương tiện") may
 * measure two indicators at once.
 */
export const STRONG_MATCH = 0.7;

/** The wording a figure qualifies, without the figure itself ("Trên 70% thủ tục …" → "thủ tục …"). */
export function figureWording(f: FigureStatement): string {
  const at = f.clause.indexOf(f.raw);
  const bare = at >= 0 ? f.clause.slice(0, at) + " " + f.clause.slice(at + f.raw.length) : f.clause;
  return collapseSpaces(bare.replace(/^[\s\-+•*–]+/, "")).trim();
}

const cache = new WeakMap<readonly Framework[], Map<string, readonly string[]>>();

/** The codes of the indicators a wording measures with a strong match (memoised per knowledge). */
export function strongCodes(wording: string, frameworks: readonly Framework[]): readonly string[] {
  let memo = cache.get(frameworks);
  if (!memo) {
    memo = new Map();
    cache.set(frameworks, memo);
  }
  const hit = memo.get(wording);
  if (hit) return hit;
  // a batch over many plans must not grow the memo without bound
  if (memo.size > 20_000) memo.clear();
  const codes = rankIndicators(wording, allIndicators(frameworks), { minScore: STRONG_MATCH }).map((m) => m.indicator.code);
  memo.set(wording, codes);
  return codes;
}

const indicatorCache = new WeakMap<readonly Framework[], FrameworkIndicator[]>();
/** Every framework's indicators (the matcher keeps one match per code, so repeats across years are harmless). */
function allIndicators(frameworks: readonly Framework[]): FrameworkIndicator[] {
  let all = indicatorCache.get(frameworks);
  if (!all) {
    all = frameworks.flatMap((f) => f.indicators);
    indicatorCache.set(frameworks, all);
  }
  return all;
}
