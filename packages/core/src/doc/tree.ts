import type { Span } from "../model/span.ts";

/**
 * The neutral document tree every format front-end produces (textlint's idea): rules and the
 * extractor never see the format. Every node's `span` points into `DocTree.text`, one NFC string.
 */
export interface DocTree {
  readonly type: "document";
  /** The whole document as one NFC string; every span points into it. */
  readonly text: string;
  /** The front-end that produced it: "txt", "md", "html", "docx", "pdf". */
  readonly format: string;
  readonly children: readonly BlockNode[];
  /**
   * For a printed format (PDF): where each block and table cell stood on the page, so a value found
   * in `text` can be shown at its place in the original. Ordered by `span.start`.
   */
  readonly sources?: readonly SourceRegion[];
}

/** A range of `DocTree.text` and the box it was printed in: page 1-based, box in PDF points [x0, y0, x1, y1], origin bottom-left. */
export interface SourceRegion {
  readonly span: Span;
  readonly page: number;
  readonly box: readonly [number, number, number, number];
}

/**
 * A block of the document tree: a heading, a paragraph, a list item or a table. Every block carries its
 * span in `DocTree.text`.
 */
export type BlockNode = HeadingNode | ParagraphNode | ListItemNode | TableNode;

/** A heading ("PHẦN I. …", "1. Mục tiêu"), with its level as far as the front-end can tell. */
export interface HeadingNode {
  readonly type: "heading";
  /** 1 for "PHẦN I" / "I.", deeper for "1.", "1.1", "a)"; as far as the front-end can tell. */
  readonly level: number;
  readonly text: string;
  readonly span: Span;
}

/** A paragraph of running text (NFC). */
export interface ParagraphNode {
  readonly type: "paragraph";
  readonly text: string;
  readonly span: Span;
}

/** A list item: its marker as printed or rendered, its nesting depth (0 at the top) and its text. */
export interface ListItemNode {
  readonly type: "list-item";
  /** The bullet or number as printed ("-", "+", "a)", "1.") or as the docx numbering renders it. */
  readonly marker: string;
  readonly depth: number;
  readonly text: string;
  readonly span: Span;
}

/**
 * A table: its rows in order, merged cells expanded so `rows[r].cells[c]` is grid column `c`, and its
 * index among the document's tables.
 */
export interface TableNode {
  readonly type: "table";
  readonly rows: readonly TableRow[];
  readonly span: Span;
  /** Index of the table in its source document (0-based), for the map back to the original. */
  readonly index: number;
}

/**
 * One row of a TableNode: a cell per grid column (placeholders where a merged cell covers the column).
 */
export interface TableRow {
  readonly cells: readonly TableCell[];
  readonly span: Span;
}

/**
 * One cell of a table row: its NFC text, its span, how many columns and rows it spans, and where it
 * stood in the original.
 */
export interface TableCell {
  /** Cell text; paragraphs and list items inside a cell are joined by "\n". */
  readonly text: string;
  readonly span: Span;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** Where the cell is in the original: table index, row and column (0-based). */
  readonly origin?: { readonly table: number; readonly row: number; readonly col: number };
  /**
   * Set on the placeholder cells a merged cell covers, so `row.cells[i]` is always grid column `i`:
   * "left" for the columns a colSpan covers, "up" for the rows a rowSpan (Word's vMerge) covers.
   * Placeholders have empty text and the span of the cell that covers them.
   */
  readonly covered?: "left" | "up";
}
