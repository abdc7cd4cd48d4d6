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
  return inter / Math.min(A.size, B.size) * Math.min(1, Math.min(A.size, B.size) / 3) * (2 * inter / (A.size + B.size) + 1) / 2;
}
