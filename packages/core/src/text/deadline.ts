import type { Deadline } from "../model/task.ts";
import type { Period } from "../model/target.ts";
import { NUMERIC_DATE_RE, parseVnDate, toIso } from "./date.ts";
import { collapseSpaces, toAscii } from "./normalize.ts";
import { fail, ok, type Parsed } from "./result.ts";

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

const endOfQuarter = (q: number) => q * 3;

/**
 * Reads a deadline as task tables write it: "Quý III/2026", "Quý I, II/2026", "Tháng 01/2026",
 * "Thường xuyên", "Hằng năm", "Năm 2027", "2025-2027", "Trước 30/6/2026", "6 tháng đầu năm 2026".
 */
export function parseDeadline(input: string): Parsed<Deadline> {
  if (input.length > 3000) return fail("InvalidPeriod", input, "too long to be a deadline");
  const raw = collapseSpaces(input.trim());
  if (raw.length === 0) return fail("InvalidPeriod", input, "empty");
  if (raw.length > 300) return fail("InvalidPeriod", input, "too long to be a deadline");
  const s = toAscii(raw);
  const recurring = /\b(?:thuong xuyen|hang nam|hang quy|hang thang|lien tuc|dinh ky)\b/u.test(s);

  // `s` has single spaces only, so each "\s?" is one character at most: the pattern is linear.
  const quarter = /\bquy\s?((?:[iv]+|\d)(?:\s?(?:,|-|–|va|den)\s?(?:quy\s?)?(?:[iv]+|\d))*)\s?(?:\/|nam)\s?(\d{4})/u.exec(s);
  if (quarter) {
    const qs = quarter[1]!.split(/\s?(?:,|-|–|va|den)\s?(?:quy\s?)?/u).map((q) => ROMAN[q] ?? Number(q));
    if (qs.some((q) => !(q >= 1 && q <= 4))) return fail("InvalidPeriod", input, "a quarter outside I–IV");
    const y = Number(quarter[2]);
    if (y < 1945 || y > 2100) return fail("InvalidPeriod", input, `year ${y} out of range`);
    const first = Math.min(...qs), last = Math.max(...qs);
    return ok({ raw, from: toIso(y, first * 3 - 2, null), to: toIso(y, endOfQuarter(last), null), recurring });
  }
  const half = /\b6 thang (dau|cuoi) nam\s*(\d{4})/u.exec(s);
  if (half) {
    const y = Number(half[2]);
    return half[1] === "dau"
      ? ok({ raw, from: toIso(y, 1, null), to: toIso(y, 6, null), recurring })
      : ok({ raw, from: toIso(y, 7, null), to: toIso(y, 12, null), recurring });
  }
  const before = /\b(?:truoc|cham nhat|han)\b(?: ngay)?\s*(.*)$/u.exec(s);
  if (before) {
    const d = parseVnDate(before[1]!);
    if (d.ok && d.value.iso) return ok({ raw, from: null, to: d.value.iso, recurring });
  }
  // Before the numeric date: "Tháng 6-8/2026" is June to August, not the 6th of August.
  const months = /\bthang\s?(\d{1,2})(?:\s?(?:,|-|–|den)\s?(?:thang\s?)?(\d{1,2}))?\s?(?:\/|nam)\s?(\d{4})/u.exec(s);
  if (months) {
    const a = Number(months[1]), b = months[2] ? Number(months[2]) : a, y = Number(months[3]);
    if (a < 1 || a > 12 || b < 1 || b > 12) return fail("InvalidPeriod", input, "a month outside 1–12");
    if (a > b) return fail("InvalidPeriod", input, `month ${a} is after month ${b}`);
    if (y < 1945 || y > 2100) return fail("InvalidPeriod", input, `year ${y} out of range`);
    return ok({ raw, from: toIso(y, a, null), to: toIso(y, b, null), recurring });
  }
  const date = NUMERIC_DATE_RE.exec(s);
  if (date) {
    const d = parseVnDate(date[0]);
    if (!d.ok) return fail("InvalidPeriod", input, d.error.reason);
    return ok({ raw, from: d.value.iso, to: d.value.iso, recurring });
  }
  const period = parsePeriod(s);
  if (period.ok) return ok({ raw, from: String(period.value.from), to: String(period.value.to), recurring });
  if (recurring) return ok({ raw, from: null, to: null, recurring: true });
  return fail("InvalidPeriod", input, "no deadline in a form Vietnamese plans use");
}

/** "2025-2027", "giai đoạn 2026 - 2030", "năm 2026", "2026": a span of years. */
export function parsePeriod(input: string): Parsed<Period> {
  const s = toAscii(input);
  const span = /\b(\d{4})\s*(?:-|–|—|den|toi)\s*(?:nam\s*)?(\d{4})\b/u.exec(s);
  if (span) {
    const from = Number(span[1]), to = Number(span[2]);
    if (from > to) return fail("InvalidPeriod", input, `${from} is after ${to}`);
    if (from < 1945 || to > 2100) return fail("InvalidPeriod", input, "year out of range");
    return ok({ from, to });
  }
  const year = /\b(?:nam\s+)?(\d{4})\b/u.exec(s);
  if (year) {
    const y = Number(year[1]);
    if (y < 1945 || y > 2100) return fail("InvalidPeriod", input, "year out of range");
    return ok({ from: y, to: y });
  }
  return fail("InvalidPeriod", input, "no year in the text");
}
