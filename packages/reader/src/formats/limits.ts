/**
 * What the format front-ends agree to build, whatever the file says. A plan has a few tables of a
 * few hundred cells and pages of a few thousand pieces of text; these bounds are far above any real
 * plan and keep a small hostile file (a `colspan=256` then 80,000 short rows, 300,000 nested tags,
 * a page of 160,000 baselines) from taking gigabytes or minutes. Documented in docs/reader.md.
 */
export const FORMAT_LIMITS = {
  /** Grid cells of one table (rows × widest row, merged positions included). */
  tableCells: 100_000,
  /** Grid cells of all the tables of a document. */
  documentCells: 250_000,
  /** Element nesting of an XML or HTML part, checked before parsing (Word nests ~20 deep). */
  nestingDepth: 1_000,
  /** Pieces of text read from one PDF page (a dense real page has a few thousand) and from the whole PDF. */
  pdfItemsPerPage: 20_000,
  pdfItems: 400_000,
  /** Straight line segments (table borders) read from one PDF page. */
  pdfRulesPerPage: 5_000,
} as const;

/** A document beyond a construction limit: the front-end stops and the reader refuses the file with this reason. */
export class FormatLimitExceeded extends Error {
  override readonly name = "FormatLimitExceeded";
}
