import { comparatorPhraseBefore, parseTarget, toAscii, type Target } from "@cdsvn/core";

/** One figure found in running text, with where it is (offsets into the searched string). */
export interface FoundTarget {
  readonly target: Target;
  readonly start: number;
  readonly end: number;
}

const NUM = String.raw`\d{1,3}(?:[.,]\d{1,3})?`;
/**
 * A percentage (or a range of them), with "trở lên" and a period after it. The comparator words before
 * it are read by core's grammar (`comparatorPhraseBefore`), the one every reader of targets shares.
 */
const PERCENT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])(?:${NUM}\s{0,3}(?:\\?%\s{0,3})?(?:-|–|đến)\s{0,3})?${NUM}\s{0,3}\\?%(?:\s{0,3}trở lên)?(?:\s{0,3}\(\s{0,3}(?:giai đoạn\s{0,3})?\d{4}\s{0,3}[-–]\s{0,3}\d{4}\s{0,3}\))?`,
  "gu",
);
/** How far before a figure its comparator words are looked for (core's longest phrase and filler). */
const COMPARATOR_WINDOW = 48;
/** "ít nhất 02 cuộc kiểm tra", "tối thiểu 01 lớp": a count target with its noun. */
const COUNT_RE = /(?<![\p{L}\p{N}])(?:[Íí]t nhất|[Tt]ối thiểu)\s{1,3}(\d{1,4})\s{1,3}(?![%\d])([\p{Ll}][\p{L}]*(?:\s[\p{Ll}][\p{L}]*){0,2})/gu;

const COUNT_WORDS = /[Íí]t nhất|[Tt]ối thiểu/u;

/** Normalises the LaTeX a converter writes for ≥ / ≤ / % so the core parser reads the phrase. */
const forParsing = (raw: string) =>
  raw.replace(/\\geq?|\\ge\b/g, "≥").replace(/\\leq?|\\le\b/g, "≤").replace(/\\%/g, "%").replace(/\s+/g, " ");

/** Every percentage target and every "ít nhất N <noun>" count in `s`, in order. */
export function findTargets(s: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  // Most clauses hold no figure: a percentage needs "%", a count "ít nhất"/"tối thiểu"; skip the scans.
  const percent = s.includes("%");
  const count = COUNT_WORDS.test(s);
  if (!percent && !count) return out;
  if (percent) for (const m of s.matchAll(PERCENT_RE)) {
    const start = comparatorStart(s, m.index);
    const raw = s.slice(start, m.index + m[0].length).trim();
    const parsed = parseTarget(forParsing(raw));
    if (!parsed.ok) continue;
    const target: Target = { ...parsed.value, raw, unit: "%" };
    out.push({ target, start, end: start + raw.length });
  }
  if (count) for (const m of s.matchAll(COUNT_RE)) {
    const parsed = parseTarget(m[0]);
    if (!parsed.ok) continue;
    const raw = m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length);
    out.push({ target: { ...parsed.value, raw, unit: "count", unitLabel: m[2]!.trim() }, start: m.index, end: m.index + raw.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where the figure at `at` starts with its comparator words ("Không ít hơn 100%"), by core's grammar. */
function comparatorStart(s: string, at: number): number {
  const lead = s.slice(Math.max(0, at - COMPARATOR_WINDOW), at);
  const folded = toAscii(lead);
  // offsets in the fold point into the text only when the fold kept the length
  if (folded.length !== lead.length) return at;
  const phrase = comparatorPhraseBefore(folded.trimEnd());
  return phrase ? at - lead.length + phrase.start : at;
}
