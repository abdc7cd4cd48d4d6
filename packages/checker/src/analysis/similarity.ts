/** A clause's word bigrams, to compute once when a clause is compared with many others. */
export function wordBigrams(w: readonly string[]): ReadonlySet<string> {
  const s = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) s.add(`${w[i]} ${w[i + 1]}`);
  return s;
}

/**
 * Word-bigram overlap of two clauses (0..1), the same indicator worded twice scoring high: shared bigrams over the smaller set, damped for sets of
 * fewer than three bigrams, averaged with the Dice coefficient. It is 0 when no bigram is shared, so
 * only pairs that share one need scoring (`candidatePairs`).
 */
export function bigramSimilarity(A: ReadonlySet<string>, B: ReadonlySet<string>): number {
  if (A.size === 0 || B.size === 0) return 0;
  let inter = 0;
  for (const g of A) if (B.has(g)) inter++;
  return similarityOfCounts(inter, A.size, B.size);
}

/**
 * `bigramSimilarity` from its counts: `shared` bigrams between sets of `a` and `b` bigrams (both
 * non-empty), for callers that count shared bigrams through an index instead of set by set.
 */
export function similarityOfCounts(shared: number, a: number, b: number): number {
  return shared / Math.min(a, b) * Math.min(1, Math.min(a, b) / 3) * (2 * shared / (a + b) + 1) / 2;
}
