/**
 * Text from plans and file names is hostile until proven otherwise: it may hold characters XML cannot
 * carry, formula triggers a spreadsheet would run, or escape sequences a terminal would obey. Each
 * output neutralises it here, at the writer, so no formatter can forget.
 */

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab, CR and LF; U+FFFE, U+FFFF; lone surrogates).
 * One of them makes a .docx or .xlsx part ill-formed and the file cannot be reopened.
 */
const XML_INVALID_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `s` without the characters XML 1.0 forbids; what remains is written as is. */
export function xmlSafe(s: string): string {
  return s.replace(XML_INVALID_RE, "");
}

/** A whole cell that is a number in machine or Vietnamese form ("-5", "3.711.000.000", "83,77"): no formula. */
const PLAIN_NUMBER_RE = /^[+-]?(?:\d+(?:[.,]\d+)*)(?:[eE][+-]?\d+)?%?$/;

/**
 * Spreadsheet text neutralised as OWASP advises against CSV/formula injection: a value starting with
 * = + - @, a tab or a carriage return gets a leading apostrophe, so no spreadsheet evaluates it. A value
 * that is entirely a number stays as it is ("-5"); "-2+3+cmd|' /C calc'!A0" is text. XML-invalid
 * characters go too, as the same text reaches the .xlsx writer.
 */
export function spreadsheetText(s: string): string {
  const clean = xmlSafe(s);
  if (/^[=+\-@\t\r]/.test(clean) && !PLAIN_NUMBER_RE.test(clean)) return `'${clean}`;
  return clean;
}

/**
 * C0 and C1 control characters (ESC, BEL, CSI, OSC …) and DEL, which would let plan text or a file
 * name move the cursor, retitle the window or hide output in a terminal; tab and line feed stay.
 * Bidirectional overrides go too, as they reorder what a reviewer sees.
 */
const TERMINAL_UNSAFE_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `s` fit for a terminal: control, escape and direction-override characters removed. */
export function terminalSafe(s: string): string {
  return s.replace(TERMINAL_UNSAFE_RE, "");
}

/** Text for HTML element content or a double-quoted attribute; XML-invalid characters dropped. */
export function escapeHtml(s: string): string {
  return xmlSafe(s).replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

/**
 * Text inline in Markdown (a line, a list item, a table cell): the characters that open emphasis,
 * code, links, tables, entities or embedded HTML are backslash-escaped and line breaks become spaces,
 * so a file name or a rule id can neither start a tag nor a new block. Dots and dashes stay (they only
 * mean something at the start of a line, which inline text never is), so figures read as written.
 */
export function markdownInline(s: string): string {
  return terminalSafe(xmlSafe(s))
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&");
}
