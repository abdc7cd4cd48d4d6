import type { Comparator, Period, Target } from "../model/target.ts";
import { toAscii } from "./normalize.ts";
import { parseVnNumber } from "./number.ts";
import { fail, ok, type Parsed } from "./result.ts";

/**
 * Comparator phrases written before the figure, on the ASCII fold. They are tried as one alternation
 * anchored at the end of the words before the figure: the leftmost start wins, which is the longest
 * phrase ("it hon" before "hon", "khong vuot qua" before "vuot"). "Phấn đấu", "đạt" change nothing.
 */
const COMPARATOR_PHRASES: ReadonlyArray<readonly [string, Comparator]> = [
  ["lon hon hoac bang", ">="], ["cao hon hoac bang", ">="], ["nho hon hoac bang", "<="], ["thap hon hoac bang", "<="],
  ["toi thieu", ">="], ["it nhat", ">="], ["khong thap hon", ">="], ["khong duoi", ">="], ["khong it hon", ">="],
  ["khong qua", "<="], ["khong vuot qua", "<="], ["toi da", "<="], ["khong cao hon", "<="], ["khong lon hon", "<="],
  ["khong hon", "<="],
  ["tren", ">"], ["hon", ">"], ["vuot", ">"], ["vuot muc", ">"], ["cao hon", ">"], ["lon hon", ">"], ["nhieu hon", ">"],
  ["duoi", "<"], ["thap hon", "<"], ["nho hon", "<"], ["it hon", "<"], ["chua den", "<"], ["chua toi", "<"],
];
/** Each phrase's comparator, looked up by the phrase PHRASE_RE caught (phrases are distinct). */
const COMPARATOR_OF = new Map<string, Comparator>(COMPARATOR_PHRASES);
const PHRASE_RE = new RegExp(
  `(?:^|[^a-z0-9])(${COMPARATOR_PHRASES.map(([p]) => p.replace(/ /g, " ")).join("|")})(?: (?:la|dat|dat muc|muc|o muc))?:?$`,
  "u",
);
/** Symbols, including the LaTeX a Word equation leaves behind ("\geq 1\%"). Longest first. */
const SYMBOLS: ReadonlyArray<readonly [string, Comparator]> = [
  ["\\geq", ">="], ["\\leq", "<="], ["\\ge", ">="], ["\\le", "<="], ["\\gt", ">"], ["\\lt", "<"],
  [">=", ">="], ["=>", ">="], ["<=", "<="], ["=<", "<="], ["≥", ">="], ["≧", ">="], ["⩾", ">="],
  ["≤", "<="], ["≦", "<="], ["⩽", "<="], [">", ">"], ["<", "<"],
];

/** How far before the figure comparator words are looked for: the longest phrase and its filler fit. */
const PREFIX_WINDOW = 48;

function comparatorBefore(before: string): Comparator | null {
  return comparatorPhraseBefore(before)?.comparator ?? null;
}

/**
 * The comparator written at the end of `before` (ASCII-folded words that precede a figure, blanks
 * trimmed at the end) and where its phrase starts, or null: the grammar `parseTarget` uses. Callers
 * that find figures in running text use `comparatorPrefix`, which folds and windows for them.
 */
function comparatorPhraseBefore(before: string): { comparator: Comparator; start: number } | null {
  for (const [sym, c] of SYMBOLS) if (before.endsWith(sym)) return { comparator: c, start: before.length - sym.length };
  const m = PHRASE_RE.exec(before);
  if (!m) return null;
  const comparator = COMPARATOR_OF.get(m[1]!);
  return comparator ? { comparator, start: m.index + m[0].indexOf(m[1]!) } : null;
}

/**
 * The comparator written just before a figure in running text ("Tối thiểu 95%", "không ít hơn 100%",
 * "≥ 80%", "\geq 1\%") and where its words start in `before` (the text that ends at the figure), so a
 * finder can take the whole phrase "Tối thiểu 95%" as the target's raw text. The one comparator
 * grammar of the toolkit: `parseTarget` reads the same phrases. Null when no comparator precedes.
 */
export function comparatorPrefix(before: string): { comparator: Comparator; start: number } | null {
  const window = before.length > PREFIX_WINDOW ? before.slice(before.length - PREFIX_WINDOW) : before;
  const offset = before.length - window.length;
  const trimmed = window.trimEnd();
  for (const [sym, c] of SYMBOLS) if (trimmed.endsWith(sym)) return { comparator: c, start: offset + trimmed.length - sym.length };
  const a = toAscii(trimmed);
  const text = (a.length === trimmed.length ? a : trimmed.toLowerCase()).replace(/\s/g, " ");
  const m = PHRASE_RE.exec(text);
  if (!m) return null;
  const comparator = COMPARATOR_OF.get(m[1]!);
  if (!comparator) return null;
  return { comparator, start: offset + m.index + (m[0].startsWith(m[1]!) ? 0 : 1) };
}

/**
 * Nouns plans count, whose head is two syllables ("mô hình", "doanh nghiệp") or one ("xã", "hộ"): the
 * counted noun stops there ("ít nhất 3 mô hình chuyển đổi số" counts "mô hình"). Any other noun
 * phrase keeps its first three words (a classifier and its noun: "cuộc kiểm tra", "lượt cán bộ").
 */
const TWO_SYLLABLE_NOUNS = new Set([
  "mo hinh", "doanh nghiep", "san pham", "hoi nghi", "he thong", "nen tang", "can bo", "sang kien", "de tai", "tin bai",
  "hop tac", "co so", "diem phat", "thu tuc", "ho so", "tai khoan", "nguoi dan", "hoc sinh", "giao vien", "dich vu",
  "ung dung", "phan mem", "thiet bi", "may tinh", "co quan", "don vi", "thon xom", "to dan", "khu dan",
]);
const ONE_SYLLABLE_NOUNS = new Set(["xa", "phuong", "thon", "ho", "nguoi", "diem", "tram", "may", "camera", "to", "truong", "bai", "tin", "ban", "lop", "cuoc", "luot", "buoi", "dot"]);
const CLASSIFIERS = new Set(["ban", "lop", "cuoc", "luot", "buoi", "dot"]);

/**
 * The noun a counted target counts, from the words after its figure: a known two-syllable head ("mô
 * hình", "doanh nghiệp"), a known one-syllable one ("xã", "hộ"), else the first three words; null for
 * an empty phrase. "3 mô hình chuyển đổi số" counts "mô hình".
 */
export function countedNoun(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length === 0) return null;
  const folded = words.map((w) => toAscii(w));
  if (words.length >= 2 && TWO_SYLLABLE_NOUNS.has(`${folded[0]} ${folded[1]}`)) return words.slice(0, 2).join(" ");
  if (ONE_SYLLABLE_NOUNS.has(folded[0]!) && !CLASSIFIERS.has(folded[0]!)) return words[0]!;
  return words.slice(0, 3).join(" ");
}

/*
 * Figures in running text. Linear to scan: the lookbehind keeps a scan from restarting inside a token,
 * each repetition starts on a separator, and no two unbounded blank runs are adjacent.
 */
const FIGURE = String.raw`(?<![\d.,])(\d+(?:[.,]\d+)*)`;
const PERCENT = String.raw`\\?%`;
const RANGE_RE = new RegExp(`${FIGURE}\\s*(?:(${PERCENT})\\s*)?(?:-|–|—|đến|den|toi|tới)\\s*(\\d+(?:[.,]\\d+)*)\\s*(${PERCENT})?`, "u");
const FIGURE_RE = new RegExp(`${FIGURE}\\s*(${PERCENT})?`, "gu");
const TRO_LEN_RE = /^\s*tro len/u;

const isYear = (m: RegExpExecArray) => !m[2] && /^\d{4}$/.test(m[1]!) && Number(m[1]) >= 1945 && Number(m[1]) <= 2100;

/**
 * Reads a target phrase ("Trên 80%", "≥ 95%", "90 - 95%", "từ 70% trở lên", "ít nhất 02 cuộc",
 * "100% (2025-2027)", "không vượt quá 5%") into a Target. The phrase may carry words around the
 * figure; only the first figure (or range) counts, a year of a stated period or "năm 2026" skipped.
 * Values are recorded as stated: "trên 100%" is { ">", 100 } (the checker flags it, not the reader).
 */
export function parseTarget(input: string): Parsed<Target> {
  const raw = input.trim();
  if (raw.length === 0) return fail("InvalidTarget", input, "empty");
  if (raw.length > 2000) return fail("InvalidTarget", input, "too long to be a target phrase");
  // The ASCII fold keeps one character per character of NFC input for Vietnamese letters, so
  // offsets found in it point at the same places in `raw` (both are NFC, same length).
  const a = toAscii(raw);
  const sameLength = a.length === raw.length;
  const text = sameLength ? a : raw.toLowerCase();

  // FIGURE_RE itself, from the start: no copy of the pattern per call (this runs for every figure of a plan)
  const figures = FIGURE_RE;
  figures.lastIndex = 0;
  const first = figures.exec(text);
  if (!first) return fail("InvalidTarget", input, "no figure in the phrase");
  const period = findPeriod(text);

  // A range only at the first figure, and only with a "%" ("2025-2027" is a period, not a range).
  const range = RANGE_RE.exec(text);
  if (range && range.index === first.index && (range[2] || range[4])) {
    const lo = parseVnNumber(range[1]!);
    const hi = parseVnNumber(range[3]!);
    if (!lo.ok) return fail("InvalidTarget", input, lo.error.reason);
    if (!hi.ok) return fail("InvalidTarget", input, hi.error.reason);
    if (lo.value > hi.value) return fail("InvalidTarget", input, `range ${lo.value}–${hi.value} runs backwards`);
    return ok({ comparator: "range", value: lo.value, max: hi.value, unit: "%", raw, period });
  }

  // Skip a figure that is a year ("(2025-2027)", "năm 2026") when another figure follows.
  let m: RegExpExecArray = first;
  while (isYear(m) && (period !== null || /\bnam\s?$/u.test(text.slice(Math.max(0, m.index - 5), m.index)))) {
    const next = figures.exec(text);
    if (!next) break;
    m = next;
  }
  const value = parseVnNumber(m[1]!);
  if (!value.ok) return fail("InvalidTarget", input, value.error.reason);
  const before = text.slice(Math.max(0, m.index - PREFIX_WINDOW), m.index).trimEnd();
  const after = text.slice(m.index + m[0].length);
  let comparator: Comparator = comparatorBefore(before) ?? "=";
  // "từ 70% trở lên", "đạt 98% trở lên", "90% trở lên": at least.
  if (TRO_LEN_RE.test(after)) comparator = ">=";
  if (m[2]) return ok({ comparator, value: value.value, unit: "%", raw, period });
  const noun = /^\s*([^\d(),;.:%]{1,40})/u.exec(sameLength ? raw.slice(m.index + m[0].length) : after);
  const unitLabel = noun ? countedNoun(noun[1]!) : null;
  return ok({ comparator, value: value.value, unit: "count", unitLabel, raw, period });
}

/** A span of years: linear (starts only at the first digit of a run; blanks around one dash). */
const PERIOD_RE = /(?<!\d)(\d{4})\s*(?:[-–—]|den)\s*(\d{4})(?!\d)/u;

/** "(2025-2027)", "giai đoạn 2026 - 2030", "2025 đến 2027" anywhere in the phrase. */
export function findPeriod(text: string): Period | null {
  const m = PERIOD_RE.exec(toAscii(text));
  if (!m) return null;
  const from = Number(m[1]), to = Number(m[2]);
  if (from > to || from < 1900 || to > 2100) return null;
  return { from, to };
}
