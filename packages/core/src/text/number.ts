import { fail, ok, type Parsed } from "./result.ts";

/**
 * Reads a number as Vietnamese documents write it: "." groups thousands and "," marks decimals
 * ("3.711.000.000", "94,11", "1.420"); a lone "." followed by one or two digits is an English decimal
 * ("12.5"); "17568.000" is a thousands group written without the earlier dots. Spaces inside groups
 * ("3 711 000") are accepted.
 */
export function parseVnNumber(input: string): Parsed<number> {
  const raw = input.trim().replace(/^\+/, "");
  if (raw.length === 0) return fail("InvalidNumber", input, "empty");
  if (raw.length > 40) return fail("InvalidNumber", input, "too long to be a number");
  const negative = /^[-−–]/.test(raw);
  const s = (negative ? raw.slice(1) : raw).replace(/(\d)[ \u00A0](?=\d{3}\b)/g, "$1");
  let normalized: string | null = null;
  if (/^\d+$/.test(s)) normalized = s;
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalized = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d+,\d+$/.test(s)) normalized = s.replace(",", ".");
  else if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(s)) normalized = s.replace(/,/g, "");
  else if (/^\d+\.\d{3}$/.test(s)) normalized = s.replace(".", "");
  else if (/^\d+\.\d{1,2}$/.test(s)) normalized = s;
  else if (/^\d+(\.\d{3})+$/.test(s)) normalized = s.replace(/\./g, "");
  if (normalized === null) return fail("InvalidNumber", input, "not a number in a form Vietnamese documents use");
  const value = Number(normalized);
  if (!Number.isFinite(value)) return fail("InvalidNumber", input, "out of range");
  return ok(negative ? -value : value);
}

/** Pattern of a number token in running text (no sign), linear to match. */
export const NUMBER_TOKEN = String.raw`\d+(?:[.,]\d+)*`;
