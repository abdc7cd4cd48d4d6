import type { Comparator, Period, Target } from "../model/target.ts";
import { toAscii } from "./normalize.ts";
import { parseVnNumber } from "./number.ts";
import { fail, ok, type Parsed } from "./result.ts";

/**
 * Comparator words, as plans write them, matched on the ASCII fold. Order matters: longer phrases first.
 * "Phấn đấu" (strive to) does not change the comparator.
 */
const PREFIX_WORDS: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/(?:≥|>=|=>)\s*$/u, ">="],
  [/(?:≤|<=|=<)\s*$/u, "<="],
  [/>\s*$/u, ">"],
  [/<\s*$/u, "<"],
  [/\b(?:toi thieu|it nhat|khong thap hon|khong duoi|khong it hon)(?: (?:la|dat|dat muc))?\s*$/u, ">="],
  [/\b(?:khong qua|khong vuot qua|toi da|khong cao hon|khong lon hon)\s*$/u, "<="],
  [/\b(?:tren|hon|vuot|cao hon|lon hon|vuot muc)\s*$/u, ">"],
  [/\b(?:duoi|thap hon|nho hon|it hon)\s*$/u, "<"],
];

const SUFFIX_WORDS: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [/^\s*(?:tro len|tro len tren|tro len\.)/u, ">="],
];

const PERIOD_RE = /\(?\s*(?:giai doan|gd\.?|nam)?\s*(\d{4})\s*[-–—]\s*(\d{4})\s*\)?/u;

/**
 * Reads a target phrase ("Trên 80%", "≥ 95%", "90 - 95%", "từ 70% trở lên", "ít nhất 02 cuộc",
 * "100% (2025-2027)") into a Target. The phrase may carry words around the figure; only the first
 * figure (or range) counts.
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

  const rangeRe = /(\d+(?:[.,]\d+)*)\s*(%?)\s*(?:-|–|—|đến|den|toi|tới)\s*(\d+(?:[.,]\d+)*)\s*(%?)/u;
  const numRe = /(\d+(?:[.,]\d+)*)\s*(%?)/u;
  const range = rangeRe.exec(text);
  const single = numRe.exec(text);
  if (!single) return fail("InvalidTarget", input, "no figure in the phrase");

  const period = findPeriod(text);
  // A range only when it is not the period itself ("2025-2027").
  if (range && (range[2] || range[4]) && range.index <= single.index) {
    const lo = parseVnNumber(range[1]!);
    const hi = parseVnNumber(range[3]!);
    if (!lo.ok) return fail("InvalidTarget", input, lo.error.reason);
    if (!hi.ok) return fail("InvalidTarget", input, hi.error.reason);
    return ok({ comparator: "range", value: lo.value, max: hi.value, unit: "%", raw, period });
  }
  // Skip a figure that is a year of the period when another figure follows.
  let m: RegExpExecArray | null = single;
  if (period && /^\d{4}$/.test(m[1]!) && !m[2]) {
    const rest = new RegExp(numRe.source, "gu");
    for (let x = rest.exec(text); x; x = rest.exec(text)) {
      if (!(/^\d{4}$/.test(x[1]!) && !x[2])) { m = x; break; }
    }
  }
  const value = parseVnNumber(m[1]!);
  if (!value.ok) return fail("InvalidTarget", input, value.error.reason);
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  let comparator: Comparator = "=";
  for (const [re, c] of PREFIX_WORDS) if (re.test(before)) { comparator = c; break; }
  if (/\btu\s*$/u.test(before) && /^\s*(?:%\s*)?tro len/u.test(after)) comparator = ">=";
  for (const [re, c] of SUFFIX_WORDS) if (re.test(after)) { comparator = c; break; }
  if (m[2]) return ok({ comparator, value: value.value, unit: "%", raw, period });
  const noun = /^\s*([^\d(),;.:]{1,40})/u.exec(sameLength ? raw.slice(m.index + m[0].length) : after);
  const unitLabel = noun ? noun[1]!.trim().split(/\s+/).slice(0, 4).join(" ") || null : null;
  return ok({ comparator, value: value.value, unit: "count", unitLabel, raw, period });
}

/** "(2025-2027)", "giai đoạn 2026 - 2030" anywhere in the phrase. */
export function findPeriod(text: string): Period | null {
  const m = PERIOD_RE.exec(toAscii(text));
  if (!m) return null;
  const from = Number(m[1]), to = Number(m[2]);
  if (from > to || from < 1900 || to > 2100) return null;
  return { from, to };
}
