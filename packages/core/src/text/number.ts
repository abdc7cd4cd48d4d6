import { fail, ok, type Parsed } from "./result.ts";

/** Space-like characters that group thousands ("1 200 000", no-break, narrow no-break). */
const GROUP_SPACE_RE = /(\d)[ \u00A0\u202F](?=\d{3}(?!\d))/g;

/**
 * The forms, tried in order on the unsigned figure. Every pattern is anchored at both ends and its
 * repetitions start on a distinct separator, so matching is linear (and the input is at most 40 chars).
 */
const FORMS: ReadonlyArray<readonly [RegExp, (s: string) => string]> = [
  // "1200", "02"
  [/^\d+$/, (s) => s],
  // "0.5", "0.500": a zero integer part makes "." a decimal point; thousands never start with 0
  [/^0\.\d+$/, (s) => s],
  // "3.711.000.000", "1.234,5": "." groups thousands, "," is the decimal mark (Vietnamese)
  [/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, (s) => s.replace(/\./g, "").replace(",", ".")],
  // "94,11", "0,5", "1,234": "," alone is the Vietnamese decimal mark
  [/^\d+,\d+$/, (s) => s.replace(",", ".")],
  // "1,234,567", "1,234.5": English thousands (two groups at least, or a "." decimal after them)
  [/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/, (s) => s.replace(/,/g, "")],
  [/^\d{1,3}(?:,\d{3})+\.\d+$/, (s) => s.replace(/,/g, "")],
  // "17568.000", "1.420": a thousands group after an ungrouped run
  [/^\d+\.\d{3}$/, (s) => s.replace(".", "")],
  // "12.5", "12.50": an English decimal point
  [/^\d+\.\d{1,2}$/, (s) => s],
  // "17568.000.000": groups after an ungrouped run
  [/^\d+(?:\.\d{3})+$/, (s) => s.replace(/\./g, "")],
];

/**
 * Reads a number as Vietnamese documents write it: "." groups thousands and "," marks decimals
 * ("3.711.000.000", "94,11", "1.234,5", "1.420"); a lone "." followed by one or two digits is an
 * English decimal ("12.5"); "17568.000" is a thousands group written without the earlier dots; "0.5"
 * is a decimal. Spaces between groups ("1 200 000") and a sign ("-5", "−1.200", "+3") are accepted.
 * Ambiguity resolved toward Vietnamese usage: "1,234" is 1.234, "1.234" is 1234.
 */
export function parseVnNumber(input: string): Parsed<number> {
  const raw = input.trim();
  if (raw.length === 0) return fail("InvalidNumber", input, "empty");
  if (raw.length > 40) return fail("InvalidNumber", input, "too long to be a number");
  const negative = /^[-−–]/.test(raw);
  const unsigned = negative || raw.startsWith("+") ? raw.slice(1).trimStart() : raw;
  const s = unsigned.replace(GROUP_SPACE_RE, "$1");
  for (const [re, normalize] of FORMS) {
    if (!re.test(s)) continue;
    const value = Number(normalize(s));
    if (!Number.isFinite(value)) return fail("InvalidNumber", input, "out of range");
    return ok(negative ? -value : value);
  }
  return fail("InvalidNumber", input, "not a number in a form Vietnamese documents use");
}

/**
 * Pattern of a number token in running text (no sign). Linear to scan: each repetition starts on a
 * separator. In a global scan put `(?<![\d.,])` before it so a scan never restarts inside a token.
 */
export const NUMBER_TOKEN = String.raw`\d+(?:[.,]\d+)*`;
