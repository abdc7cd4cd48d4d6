import { findLegalCitations, NUMERIC_DATE_RE, parseVnDate, toAscii, WORDED_DATE_RE, type CitationFact } from "@cdsvn/core";

/** How far after a symbol its "ngày …" may start ("Quyết định số 749/QĐ-TTg của Thủ tướng ngày …"). */
const DATE_LEAD = 25;
/** The longest date as written: "ngày 23 tháng 12 năm 2024" with blanks and dots. */
const DATE_LENGTH = 48;

// The date forms of core's date grammar, anchored where "ngày" starts.
const WORDED_AT = new RegExp(WORDED_DATE_RE.source, "uy");
const NUMERIC_AT = new RegExp(String.raw`ngay\s*(?:${NUMERIC_DATE_RE.source})`, "uy");

/**
 * Every document symbol cited in the text, with the date written after it in any form the genre
 * uses ("ngày 23/12/2024", "ngày 23 tháng 12 năm 2024"); a blank or partial date is null.
 */
export function citationFacts(text: string): CitationFact[] {
  return findLegalCitations(text).map((c) => {
    const { date, dateSpan } = dateAfter(text, c.span.end);
    return {
      symbol: c.symbol, kind: c.kind, statedKind: c.statedKind, typeCode: c.typeCode, issuerCode: c.issuerCode,
      raw: c.raw, span: c.span, date, dateSpan,
    };
  });
}

function dateAfter(text: string, end: number): { date: string | null; dateSpan: CitationFact["dateSpan"] } {
  const window = text.slice(end, end + DATE_LEAD + DATE_LENGTH);
  const ascii = toAscii(window);
  // the same length lets offsets in the fold point into the text; a fold that changed length reads nothing
  if (ascii.length !== window.length) return { date: null, dateSpan: null };
  const at = ascii.indexOf("ngay");
  if (at < 0 || at > DATE_LEAD || /[.;\n]/.test(ascii.slice(0, at))) return { date: null, dateSpan: null };
  for (const re of [NUMERIC_AT, WORDED_AT]) {
    re.lastIndex = at;
    const m = re.exec(ascii);
    if (!m) continue;
    const parsed = parseVnDate(window.slice(at, at + m[0].length));
    const iso = parsed.ok ? parsed.value.iso : null;
    if (iso && iso.length === 10) return { date: iso, dateSpan: { start: end + at, end: end + at + m[0].length } };
    return { date: null, dateSpan: null };
  }
  return { date: null, dateSpan: null };
}
