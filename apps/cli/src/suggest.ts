/**
 * "Did you mean …?" for a mistyped province id, rule id or flag: the closest candidates by edit distance
 * (Damerau: a swapped pair of letters counts once, as in "ha-tihn"), on folded text so that tone marks and
 * case never count as typos.
 */
export function closest(input: string, candidates: readonly string[], max = 3): string[] {
  const key = fold(input);
  if (key.length === 0) return [];
  // Tolerance grows with the length of what was typed: one edit for short words, a third of the word after.
  const tolerance = Math.max(1, Math.floor(key.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(key, fold(candidate)) }))
    .filter((c) => c.distance <= tolerance || fold(c.candidate).startsWith(key))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((c) => c.candidate);
}

function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase().trim();
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Inputs are command-line words; a cap keeps a pasted paragraph from costing a quadratic table.
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
