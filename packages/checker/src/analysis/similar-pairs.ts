/**
 * The pairs of items whose bigram sets share at least one bigram, found through an inverted index
 * (bigram → items) instead of by scoring every pair: a pair that shares none scores 0 and can reach
 * no threshold. Items with the same key (the same wording) are one entry here; callers handle the
 * members of an entry themselves, so 7,000 copies of one sentence cost one entry, not 49 million pairs.
 */
export interface Keyed {
  /** Items with equal keys have equal bigram sets. */
  readonly key: string;
  readonly grams: ReadonlySet<string>;
}

export interface Group<T extends Keyed> {
  /** Members in input order. */
  readonly members: readonly T[];
  readonly grams: ReadonlySet<string>;
}

/** Items grouped by key, groups in order of their first member. */
export function groupByKey<T extends Keyed>(items: readonly T[]): Group<T>[] {
  const byKey = new Map<string, T[]>();
  for (const x of items) {
    const g = byKey.get(x.key);
    if (g) g.push(x);
    else byKey.set(x.key, [x]);
  }
  return [...byKey.values()].map((members) => ({ members, grams: members[0]!.grams }));
}

/**
 * Every pair of groups (earlier, later) sharing a bigram, each once, in order of the later group then
 * the earlier. `minShared(a, b)` may raise the bar: a pair sharing fewer bigrams is not returned.
 */
export function candidatePairs<T extends Keyed>(
  groups: readonly Group<T>[],
  minShared: (a: Group<T>, b: Group<T>) => number = () => 1,
): [number, number][] {
  const postings = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  const shared = new Map<number, number>();
  groups.forEach((g, j) => {
    shared.clear();
    for (const gram of g.grams) {
      const list = postings.get(gram);
      if (!list) continue;
      for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    const found = [...shared].filter(([i, n]) => n >= Math.max(1, minShared(groups[i]!, g))).map(([i]) => i).sort((a, b) => a - b);
    for (const i of found) pairs.push([i, j]);
    for (const gram of g.grams) {
      const list = postings.get(gram);
      if (list) list.push(j);
      else postings.set(gram, [j]);
    }
  });
  return pairs;
}
