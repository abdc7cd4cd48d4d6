/**
 * A copy of `text` that does not keep a larger string alive. V8 makes `big.slice(a, b)` a view into
 * `big` (a "sliced string"), so a 20-character line or label cut out of a plan holds the whole 40 KB
 * plan text in memory for as long as it lives. A module-level cache keyed by such slices kept the texts
 * of hundreds of plans alive in a batch (a worker's heap grew 40 MB over 3,321 plans); what a cache
 * remembers is stored as its own copy instead. The concatenation is flattened into a fresh string of
 * the slice's own length, which the final slice then views.
 *
 * Internal: not exported from the package.
 */
export const ownCopy = (text: string): string => (" " + text).slice(1);
