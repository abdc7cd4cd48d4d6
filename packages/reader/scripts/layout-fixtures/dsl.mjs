/**
 * The vocabulary a fixture plan is written in. A plan is written once, as these blocks, and the
 * build renders it three ways: an OpenDocument source (.fodt) that LibreOffice turns into .docx and
 * .pdf, the Word-style text export (.txt, table rows as tab-separated cells), and the gold
 * annotation (../shared/gold's format). Writing the gold from the same blocks keeps every quote an
 * exact substring of the text and every amount the one the table prints.
 */

/** Bold paragraph, as plans write their section titles (no Word heading style). */
export const h = (text, opts = {}) => ({ kind: "heading", text, ...opts });
/** A justified body paragraph; `footnote` adds a real footnote after its text. */
export const p = (text, opts = {}) => ({ kind: "p", text, ...opts });
/** A line that starts with its own typed marker ("- ", "+ "), as most plans type them. */
export const li = (text, opts = {}) => ({ kind: "p", text, indent: true, ...opts });
/** An item of a real list (Word numbering): the marker is rendered by the word processor. */
export const item = (marker, text, gold) => ({ kind: "list-item", marker, text, gold });
/** A body indicator: the line as printed and its gold reading. */
export const ind = (text, gold, opts = {}) => ({ kind: "p", text, indent: true, indicator: gold, ...opts });
/** Centred lines (titles, "(Kèm theo …)"). */
export const center = (text, opts = {}) => ({ kind: "center", text, ...opts });
export const pageBreak = () => ({ kind: "page-break" });
/** The following blocks are laid out on landscape pages. */
export const landscape = () => ({ kind: "landscape" });
/** The blocks inside are set in two text columns. */
export const columns = (blocks) => ({ kind: "columns", blocks });
export const signature = (lines, name) => ({ kind: "signature", lines, name });

/**
 * A table. `header` is one or two rows of header cells, each a string or
 * `{ text, cols, rows }` for a merged cell; `rows` the body rows (arrays of cell strings);
 * `widths` relative column widths; `repeatHeader` marks the header rows to repeat on each page.
 */
export const table = (spec) => ({ kind: "table", borders: true, repeatHeader: true, ...spec });

/** Money as printed in a table in triệu đồng or in đồng: "1.420", "12,5", "700.000.000". */
export function money(value) {
  const [int, frac] = String(value).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac ? `${grouped},${frac}` : grouped;
}
