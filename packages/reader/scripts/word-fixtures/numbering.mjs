/**
 * The markers a plan types at the start of its headings and list lines, and the automatic numbering
 * Word renders them from: the heading list "I." / "1." / "1.1." / "a)", bullets "-" / "+", and
 * numbered lists "1." or "a)" restarted for each run.
 */
const MARKER = /^(?<marker>[IVX]+\.|\d+\.\d+\.|\d+\.|[a-zđ]\)|[-+])\s+/u;

/** "II. MỤC TIÊU" → { marker: "II.", text: "MỤC TIÊU" }; no marker → { marker: null, text }. */
export function splitMarker(text) {
  const m = MARKER.exec(text);
  return m ? { marker: m.groups.marker, text: text.slice(m[0].length) } : { marker: null, text };
}

/** The level of a heading marker in the heading list: I. → 0, 1. → 1, 1.1. → 2, a) → 3. */
export function headingLevel(marker) {
  if (/^[IVX]+\.$/.test(marker)) return 0;
  if (/^\d+\.$/.test(marker)) return 1;
  if (/^\d+\.\d+\.$/.test(marker)) return 2;
  if (/^[a-zđ]\)$/u.test(marker)) return 3;
  return null;
}

/** The kind of list a typed line marker belongs to. */
export function listKind(marker) {
  if (marker === "-" || marker === "+") return "bullet";
  if (/^\d+\.$/.test(marker)) return "decimal";
  if (/^[a-zđ]\)$/u.test(marker)) return "letter";
  return null;
}
