import { collapseSpaces, toAscii } from "@cdsvn/core";

/**
 * Inline clean-up shared by every extractor: converters leave HTML tags (`<li>`, `<b>`) and Markdown
 * emphasis (`**`) in cells and paragraphs; spans must still point into the original text, so the
 * extractors read a "masked" copy of the same length and turn it into display text at the end.
 */

/** Anything `mask` would change; most units and cells have none, and skip the two replaces. */
const MASKABLE = /[<*_\r\n\t]/;

/** Same length as `s`: tags, emphasis markers and line breaks become spaces, so offsets still hold. */
export function mask(s: string): string {
  if (!MASKABLE.test(s)) return s;
  return s
    .replace(/<\/?[a-zA-Z][^<>]{0,300}>/g, (m) => " ".repeat(m.length))
    .replace(/\*{1,3}|_{2,3}|[\r\n\t]/g, (m) => " ".repeat(m.length));
}

/**
 * Anything `cleanMasked` would change inside the text: an entity, a whitespace character other than
 * the plain space, or two spaces in a row (a space at either end is checked by hand: anchors in the
 * alternation would be tried at every position).
 */
const UNCLEAN = /[&\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Text without an UNCLEAN character and without a space at either end is already clean. */
const isClean = (s: string) => s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !UNCLEAN.test(s);

/**
 * Anything `mask` or `cleanMasked` would change: MASKABLE's and UNCLEAN's characters in one class, so
 * the common text (a line with neither) costs one scan, not one per step.
 */
const NOT_PLAIN = /[<*_\r\n\t&\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Text that `mask` and `cleanMasked` both leave as it is: it is its own masked and display text. */
export const isPlain = (s: string) => s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !NOT_PLAIN.test(s);

/** `clean` of text that is already masked (units keep both, so the mask is computed once). */
export function cleanMasked(masked: string): string {
  if (isClean(masked)) return masked;
  const decoded = masked.includes("&") ? masked.replace(/&nbsp;/g, " ").replace(/&amp;/g, "&") : masked;
  return collapseSpaces(decoded).trim();
}

/**
 * Whether `s` holds what `mask` or `cleanMasked` changes besides blanks: a tag, emphasis or an entity
 * ("<", "*", "_", "&"). Without any, `mask` only turns line breaks and tabs into spaces and
 * `cleanMasked(mask(s))` is `collapseSpaces(s).trim()`.
 */
export const needsMasking = (s: string) => MASKED_MARKUP.test(s);
const MASKED_MARKUP = /[<*_&]/;

/** Display text: tags and emphasis removed, LaTeX comparators turned into symbols, spaces collapsed. */
export function clean(s: string): string {
  return isPlain(s) ? s : cleanMasked(mask(s));
}

/**
 * Header and label words are folded again and again (every table's header, every heading, by several
 * extractors), so short ones are remembered; bounded, so a batch of thousands of plans stays flat.
 */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 4096;
const FOLD_CACHEABLE_LENGTH = 300;

/** ASCII fold with collapsed spaces, for matching header and label words. */
export function fold(s: string): string {
  if (s.length > FOLD_CACHEABLE_LENGTH) return foldUncached(s);
  let hit = foldCache.get(s);
  if (hit === undefined) {
    // Its own copy (a concatenation flattened), not a view into the plan the label was cut from: a
    // cache of such views kept hundreds of plans' texts alive in a batch.
    const own = (" " + s).slice(1);
    hit = foldUncached(own);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(own, hit);
  }
  return hit;
}

const foldUncached = (s: string): string => {
  const a = toAscii(clean(s));
  // `clean` leaves single spaces; only a fold outside the table (stray combining marks) can add runs.
  return collapseSpaces(a);
};

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
    .replace(/(?<![\s.;:,])[\s.;:,]+$/u, "")
    .trim();
}
