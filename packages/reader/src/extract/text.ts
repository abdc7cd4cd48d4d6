import { toAscii } from "@cdsvn/core";

/**
 * Inline clean-up shared by every extractor: converters leave HTML tags (`<li>`, `<b>`) and Markdown
 * emphasis (`**`) in cells and paragraphs; spans must still point into the original text, so the
 * extractors read a "masked" copy of the same length and turn it into display text at the end.
 */

/** Same length as `s`: tags, emphasis markers and line breaks become spaces, so offsets still hold. */
export function mask(s: string): string {
  return s
    .replace(/<\/?[a-zA-Z][^<>]{0,300}>/g, (m) => " ".repeat(m.length))
    .replace(/\*{1,3}|_{2,3}|[\r\n\t]/g, (m) => " ".repeat(m.length));
}

/** Display text: tags and emphasis removed, LaTeX comparators turned into symbols, spaces collapsed. */
export function clean(s: string): string {
  return mask(s)
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** ASCII fold with collapsed spaces, for matching header and label words. */
export const fold = (s: string): string => toAscii(clean(s)).replace(/\s+/g, " ");

/** Splits a table cell into its items: list items, `<br>`/`<p>` lines, or lines. */
export function cellItems(text: string): string[] {
  return text
    .split(/<\/?(?:li|br|p|div|ul|ol)\b[^<>]{0,300}>|\n/i)
    .map((s) => clean(s).replace(/^[-+•–]\s+/, "").trim())
    .filter((s) => s.length > 0);
}

/** Removes a leading bullet or list label ("-", "+", "a.", "1.", "b)") and trailing punctuation. */
export function stripMarkers(s: string): string {
  return s
    .replace(/^(?:[-+•–*]\s*)+/u, "")
    .replace(/^(?:[a-zđ]|\d{1,2})[.)]\s+/u, "")
    .replace(/^(?:[-+•–*]\s*)+/u, "")
    .replace(/[\s.;:,]+$/u, "")
    .trim();
}
