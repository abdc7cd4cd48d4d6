import { collapseSpaces, comparatorPrefix, parseTarget, type Target } from "@cdsvn/core";

/** One figure found in running text, with where it is (offsets into the searched string). */
export interface FoundTarget {
  readonly target: Target;
  readonly start: number;
  readonly end: number;
}

/*
 * Where the figures are; what they mean (comparator, range, period) is core's `parseTarget`, and the
 * comparator words before a figure are core's `comparatorPrefix` (which also decides how far back it
 * reads: it is given all the text before the figure): one grammar for the toolkit.
 * Linear: each figure starts where no digit or letter precedes, and blank runs are bounded.
 */
const NUM = String.raw`\d{1,3}(?:[.,]\d{1,3})?`;
const PERCENT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/])(?:${NUM}\s{0,3}(?:\\?%\s{0,3})?(?:-|–|đến)\s{0,3})?${NUM}\s{0,3}\\?%(?:\s{0,3}trở lên)?(?:\s{0,3}\(\s{0,3}(?:giai đoạn\s{0,3})?\d{4}\s{0,3}[-–]\s{0,3}\d{4}\s{0,3}\))?`,
  "gu",
);
/** A count and the words after it: "3 mô hình", "02 cuộc kiểm tra" (kept only after a comparator). */
const COUNT_RE = /(?<![\p{L}\p{N}.,/])(\d{1,4})\s{1,3}(?![%\d])([\p{Ll}][\p{L}]*(?:\s[\p{Ll}][\p{L}]*){0,3})/gu;
/**
 * "Có 04 sáng kiến …", "Phấn đấu có 02 mô hình …": an item of a target list that opens by stating how
 * many there will be. (A bare "50 máy tính …" is an inventory or a task's quantity.)
 */
const LEAD_COUNT_RE = /^[\s\-+•*]*(?:[Pp]hấn đấu\s+)?[Cc]ó\s+(\d{1,4})\s{1,3}(?![%\d])([\p{Ll}][\p{L}]*(?:\s[\p{Ll}][\p{L}]*){0,3})/u;
/** "Năm 2022: 94 xã": the count a year is to reach, in a list of years. */
const YEAR_COUNT_RE = /(?<![\p{L}])[Nn]ăm\s(20\d\d)\s{0,3}:\s{0,3}(\d{1,5})\s{1,3}([\p{Ll}][\p{L}]*(?:\s[\p{Ll}][\p{L}]*){0,3})/gu;

/**
 * An achievement ratio reports a result, not a target: "(đạt 100% mục tiêu)", "đạt 79% kế hoạch",
 * "đạt 120% so với chỉ tiêu". A clause that holds one is a report of results: none of its figures is a target.
 */
const ACHIEVEMENT_RE = /đạt\s{1,3}(?:tỷ lệ\s{1,3})?\d{1,3}(?:[.,]\d{1,3})?\s{0,3}%\s{0,3}(?:so với\s{1,3})?(?:mục tiêu|kế hoạch|chỉ tiêu|KH\b)/iu;

/**
 * A shortfall or a bare result states where things are, not where they should be: "chưa đạt trên 5%",
 * "không đạt 80%", "chỉ đạt 45%". Tested on the few words before the figure (bounded, linear).
 */
const SHORTFALL_BEFORE_RE = /(?:chưa|không|chỉ)\s{1,3}đạt\b[^%\d.;]{0,16}$/iu;
const isShortfall = (s: string, figureAt: number) => SHORTFALL_BEFORE_RE.test(s.slice(Math.max(0, figureAt - 40), figureAt));

/** "trên 100 dân", "trên 1000 hộ": the denominator of a rate (per 100 inhabitants), never a count to reach. */
const isPerCapita = (figure: string, noun: string) => /^10{2,3}$/.test(figure) && /^(?:người\s)?dân\b|^hộ\b/u.test(noun);

/** Normalises the LaTeX a converter writes for ≥ / ≤ / % so the core parser reads the phrase. */
const forParsing = (raw: string) =>
  collapseSpaces(raw.replace(/\\geq?|\\ge\b/g, "≥").replace(/\\leq?|\\le\b/g, "≤").replace(/\\%/g, "%"));

/** Counts need a comparator of "at least" / "more than": a bare "02 lớp" is a task's quantity, not a target. */
const COUNT_COMPARATORS = new Set([">=", ">"]);

/** The first match of a global pattern in `s`, from the start; `re.exec(s)` then gives the next ones. */
function first(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/** Every percentage target and every "ít nhất N <noun>" count in `s`, in order. */
export function findTargets(s: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  const percent = s.includes("%");
  const digit = /\d/.test(s);
  if (!digit) return out;
  if (percent && ACHIEVEMENT_RE.test(s)) return out;
  // exec loops, not matchAll (which copies the pattern on every call): this runs for every clause of the plan
  if (percent) for (let m = first(PERCENT_RE, s); m; m = PERCENT_RE.exec(s)) {
    if (isShortfall(s, m.index)) continue;
    const figureEnd = m.index + m[0].trimEnd().length;
    const prefix = comparatorPrefix(s.slice(0, m.index));
    const start = prefix ? prefix.start : m.index;
    const raw = s.slice(start, figureEnd).trim();
    const parsed = parseTarget(forParsing(raw));
    if (!parsed.ok) continue;
    out.push({ target: { ...parsed.value, raw, unit: "%" }, start, end: start + raw.length });
  }
  for (let m = first(COUNT_RE, s); m; m = COUNT_RE.exec(s)) {
    const prefix = comparatorPrefix(s.slice(0, m.index));
    if (!prefix || !COUNT_COMPARATORS.has(prefix.comparator) || isShortfall(s, m.index) || isPerCapita(m[1]!, m[2]!)) continue;
    const start = prefix.start;
    const figureEnd = m.index + m[1]!.length;
    const parsed = parseTarget(s.slice(start, m.index + m[0].length));
    if (!parsed.ok) continue;
    const raw = s.slice(start, figureEnd);
    out.push({ target: { ...parsed.value, raw, unit: "count" }, start, end: figureEnd });
  }
  const lead = LEAD_COUNT_RE.exec(s);
  if (lead && !out.some((f) => f.start < lead[0].length)) {
    const parsed = parseTarget(`${lead[1]} ${lead[2]}`);
    const start = lead[0].indexOf(lead[1]!); // only markers and words precede the figure
    if (parsed.ok) {
      const raw = `${lead[1]} ${parsed.value.unitLabel ?? ""}`.trim();
      out.push({ target: { ...parsed.value, raw, unit: "count" }, start, end: start + lead[1]!.length });
    }
  }
  // every match holds "năm" ("Năm 2022: 94 xã"): a clause without it is not scanned
  if (s.includes("ăm")) for (let m = first(YEAR_COUNT_RE, s); m; m = YEAR_COUNT_RE.exec(s)) {
    const parsed = parseTarget(`${m[2]} ${m[3]}`);
    if (!parsed.ok) continue;
    const year = Number(m[1]);
    const end = m.index + m[0].length - m[3]!.length;
    const raw = s.slice(m.index, end).trim();
    out.push({ target: { ...parsed.value, raw, unit: "count", period: { from: year, to: year } }, start: m.index, end: m.index + raw.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
