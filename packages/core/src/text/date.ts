import { toAscii } from "./normalize.ts";
import { fail, ok, type Parsed } from "./result.ts";

/** A date as far as the document fills it in; blanks stay null ("ngày   tháng 7 năm 2026"). */
export interface PartialDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY", or null when even the year is blank. */
  readonly iso: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An ISO date as far as it is known: "YYYY-MM-DD", "YYYY-MM" when the day is blank, "YYYY" when the
 * month is too, null without a year. Months and days are 1-based, not checked here.
 */
export function toIso(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null) return null;
  if (month === null) return String(year);
  if (day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function build(input: string, y: string | undefined, mo: string | undefined, d: string | undefined): Parsed<PartialDate> {
  const year = y ? Number(y) : null;
  const month = mo ? Number(mo) : null;
  const day = d ? Number(d) : null;
  if (year !== null && (year < 1945 || year > 2100)) return fail("InvalidDate", input, `year ${year} out of range`);
  if (month !== null && (month < 1 || month > 12)) return fail("InvalidDate", input, `month ${month} out of range`);
  if (day !== null) {
    if (day < 1 || day > 31) return fail("InvalidDate", input, `day ${day} out of range`);
    if (month !== null && year !== null) {
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day > last) return fail("InvalidDate", input, `${day}/${month}/${year} does not exist`);
    }
  }
  if (day !== null && month === null) return fail("InvalidDate", input, "a day without a month");
  return ok({ year, month, day, iso: toIso(year, month, day) });
}

/*
 * The patterns run on the ASCII fold. Each is linear to scan: it starts on a literal word or on the
 * first digit of a run, and no two unbounded blank runs can trade characters (an optional group that
 * follows a blank run starts with a non-blank), so a failed attempt backtracks over one run at most.
 */

/** "ngày 03 tháng 6 năm 2020", written with words; blanks or dots for what is not filled in. */
export const WORDED_DATE_RE =
  /ngay\s*(?:(\d{1,2})\s*)?(?:[.…_]+\s*)?thang\s*(?:(\d{1,2})\s*)?(?:[.…_]+\s*)?nam\s*(\d{4})?/u;
/** "03/6/2020", "3-6-2020", "03.6.2020": the same separator twice. */
export const NUMERIC_DATE_RE = /\b(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\b/u;
/** "ngày …/…/2026", "ngày /7/2026", "ngày ../01/2026": a numeric date with the day (and month) blank. */
export const BLANK_NUMERIC_DATE_RE = /ngay\s*(?:[.…_]+\s*)?\/\s*(?:(\d{1,2})\s*|[.…_]+\s*)?\/\s*(\d{4})\b/u;
/** "01/2026", "tháng 01/2026". */
export const MONTH_YEAR_RE = /\b(\d{1,2})\s*\/\s*(\d{4})\b/u;

/**
 * Reads a date: "ngày 03 tháng 6 năm 2020", "03/6/2020", "3-6-2020", "ngày   tháng 7 năm 2026" and
 * "ngày …/…/2026" (blanks stay null), "tháng 01/2026", "năm 2026". Dates that do not exist (31/02) and
 * years outside 1945–2100 are typed failures.
 */
export function parseVnDate(input: string): Parsed<PartialDate> {
  // The cap comes before the fold, so a huge input costs nothing.
  if (input.trim().length > 200) return fail("InvalidDate", input, "too long to be a date");
  const s = toAscii(input).trim();
  if (s.length === 0) return fail("InvalidDate", input, "empty");
  const w = WORDED_DATE_RE.exec(s);
  if (w) {
    if (!w[1] && !w[2] && !w[3]) return ok({ year: null, month: null, day: null, iso: null });
    return build(input, w[3], w[2], w[1]);
  }
  const n = NUMERIC_DATE_RE.exec(s);
  if (n) return build(input, n[4], n[3], n[1]);
  const b = BLANK_NUMERIC_DATE_RE.exec(s);
  if (b) return build(input, b[2], b[1], undefined);
  const my = MONTH_YEAR_RE.exec(s);
  if (my) return build(input, my[2], my[1], undefined);
  const y = /^(?:nam\s*)?(\d{4})$/u.exec(s);
  if (y) return build(input, y[1], undefined, undefined);
  return fail("InvalidDate", input, "no date in a form Vietnamese documents use");
}
