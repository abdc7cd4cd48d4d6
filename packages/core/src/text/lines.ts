/**
 * Offsets of the start of every line of `text`, for turning spans into 1-based line numbers. The
 * reader, the checker and the comparison each ask about the same plan text in a row: the last text's
 * index is kept, so callers must not change the array.
 */
export function lineIndex(text: string): readonly number[] {
  if (lastIndex !== null && lastIndex.text === text) return lastIndex.starts;
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  lastIndex = { text, starts };
  return starts;
}

let lastIndex: { readonly text: string; readonly starts: readonly number[] } | null = null;

/** 1-based line of `offset`, by binary search over a `lineIndex`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
