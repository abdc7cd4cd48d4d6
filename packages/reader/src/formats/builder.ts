import { nfc, type BlockNode, type DocTree, type SourceRegion, type TableCell, type TableRow } from "@cdsvn/core";
import { FORMAT_LIMITS, FormatLimitExceeded } from "./limits.ts";

/** Where a node stood on a printed page (the PDF front-end knows; the others do not). */
export interface PageBox {
  readonly page: number;
  readonly box: readonly [number, number, number, number];
}

/** A cell as a structured front-end (html, docx) reads it, before it is placed on the grid. */
export interface RawCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** Word's vMerge continuation: this cell belongs to the merged cell above it. */
  readonly continuesAbove?: boolean;
  readonly source?: PageBox;
}

/** Collapses runs of spaces and tabs, trims each line, drops empty lines: one canonical cell or paragraph text. */
/**
 * Rows of one column (every row one cell spanning one column) are a frame, not a grid: Word users box a
 * note, a key target or a whole budget table that way, and a saved web page keeps that box. A front-end
 * reads a frame's content as the document's own blocks.
 */
export const isFrame = (rows: readonly (readonly RawCell[])[]): boolean => rows.length > 0 && rows.every((r) => r.length === 1 && r[0]!.colSpan <= 1);

export function cleanText(text: string): string {
  const lines = nfc(text).replace(/\u00a0/g, " ").split("\n");
  const out: string[] = [];
  for (const line of lines) {
    // Runs of blanks → one space; a lone plain space (most of them) is not even a match.
    const l = line.replace(/[ \t\f\v\u2000-\u200b\u3000]{2,}|[\t\f\v\u2000-\u200b\u3000]/g, " ").trim();
    if (l !== "") out.push(l);
  }
  return out.join("\n");
}

/**
 * Builds a DocTree for the structured formats (html, docx, pdf): it writes one canonical text —
 * each block on its own line, a table row as its cells joined by tabs, the way Word exports text —
 * and gives every node a span into it. The same content therefore gives the same text whatever
 * the format, which keeps the extractor's text searches format-blind.
 */
export class TreeBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly children: BlockNode[] = [];
  private tables = 0;
  private readonly format: string;
  private readonly sources: SourceRegion[] = [];
  /** Grid cells of the tables built so far, against the document's cap. */
  private cells = 0;

  constructor(format: string) {
    this.format = format;
  }

  get blockCount(): number {
    return this.children.length;
  }

  private write(s: string): { start: number; end: number } {
    const start = this.length;
    this.parts.push(s);
    this.length += s.length;
    return { start, end: this.length };
  }

  private line(s: string): { start: number; end: number } {
    const span = this.write(s);
    this.write("\n");
    return span;
  }

  private mark(span: { start: number; end: number }, source: PageBox | undefined): void {
    if (source) this.sources.push({ span, page: source.page, box: source.box });
  }

  heading(level: number, raw: string, source?: PageBox): void {
    const text = cleanText(raw).replace(/\n/g, " ");
    if (text === "") return;
    const span = this.line(text);
    this.mark(span, source);
    this.children.push({ type: "heading", level: Math.min(Math.max(level, 1), 6), text, span });
  }

  paragraph(raw: string, source?: PageBox): void {
    const text = cleanText(raw).replace(/\n/g, " ");
    if (text === "") return;
    const span = this.line(text);
    this.mark(span, source);
    this.children.push({ type: "paragraph", text, span });
  }

  listItem(marker: string, depth: number, raw: string, source?: PageBox): void {
    const text = cleanText(raw).replace(/\n/g, " ");
    if (text === "" && marker === "") return;
    const span = this.line(marker === "" ? text : text === "" ? marker : `${marker} ${text}`);
    this.mark(span, source);
    this.children.push({ type: "list-item", marker, depth, text, span });
  }

  /** Rows of raw cells (spans not yet resolved) → a table node on the column grid. */
  table(rawRows: readonly (readonly RawCell[])[]): void {
    const index = this.tables++;
    const grid = placeOnGrid(rawRows);
    if (grid.length === 0) return;
    this.cells += grid.length * grid[0]!.length;
    checkDocumentCells(this.cells);
    const tableStart = this.length;
    const rows: TableRow[] = [];
    grid.forEach((cells, r) => {
      const rowStart = this.length;
      const out: TableCell[] = [];
      cells.forEach((cell, c) => {
        if (c > 0) this.write("\t");
        if (cell.covered) {
          const owner = cell.owner;
          const ownerCell = owner ? rows[owner.row]?.cells[owner.col] ?? out[owner.col] : undefined;
          const at = this.length;
          out.push({ text: "", span: ownerCell?.span ?? { start: at, end: at }, covered: cell.covered, origin: { table: index, row: r, col: c } });
          return;
        }
        const span = this.write(cell.text);
        this.mark(span, cell.source);
        const node: TableCell = { text: cell.text, span, origin: { table: index, row: r, col: c } };
        out.push(cell.colSpan > 1 || cell.rowSpan > 1 ? { ...node, colSpan: cell.colSpan, rowSpan: cell.rowSpan } : node);
      });
      const rowEnd = this.length;
      this.write("\n");
      rows.push({ cells: out, span: { start: rowStart, end: rowEnd } });
    });
    this.children.push({ type: "table", rows, span: { start: tableStart, end: Math.max(tableStart, this.length - 1) }, index });
  }

  finish(): DocTree {
    let text = this.parts.join("");
    if (text.endsWith("\n")) text = text.slice(0, -1);
    const tree: DocTree = { type: "document", text, format: this.format, children: this.children };
    return this.sources.length > 0 ? { ...tree, sources: this.sources } : tree;
  }
}

interface GridCell {
  readonly text: string;
  readonly source?: PageBox;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly covered?: "left" | "up";
  readonly owner?: { row: number; col: number };
}

/** Large spans are clamped: a hostile file must not make the grid explode. */
const MAX_SPAN = 1000;
/** Grid columns a table may have; real plan tables have under twenty. */
const MAX_WIDTH = 256;

/** Refuses a table whose grid (rows × widest row) would pass the cap: checked as rows are placed, before any padding. */
export function checkTableCells(rows: number, width: number): void {
  if (rows * width > FORMAT_LIMITS.tableCells) {
    throw new FormatLimitExceeded(`a table of ${rows.toLocaleString("en")}+ rows × ${width} columns passes the limit of ${FORMAT_LIMITS.tableCells.toLocaleString("en")} cells per table (a plan's tables have a few hundred)`);
  }
}

export function checkDocumentCells(cells: number): void {
  if (cells > FORMAT_LIMITS.documentCells) {
    throw new FormatLimitExceeded(`the tables hold more than ${FORMAT_LIMITS.documentCells.toLocaleString("en")} cells in all (a plan's tables have a few thousand)`);
  }
}

/**
 * Lays raw rows on a grid: a colSpan n cell is followed by n−1 "left" placeholders, a rowSpan n cell
 * (or a vMerge run) puts "up" placeholders under it, and short rows are padded to the widest row.
 * The grid is capped (FORMAT_LIMITS.tableCells): padding 80,000 short rows to a 256-wide first row
 * would otherwise take gigabytes.
 */
function placeOnGrid(rawRows: readonly (readonly RawCell[])[]): GridCell[][] {
  const grid: GridCell[][] = [];
  let width = 0;
  /** For each column: how many more rows a rowSpan above still covers, and its owner. */
  const pending: ({ left: number; owner: { row: number; col: number } } | undefined)[] = [];
  rawRows.forEach((raw, r) => {
    const row: GridCell[] = [];
    const fillPending = () => {
      for (let p = pending[row.length]; p && p.left > 0; p = pending[row.length]) {
        p.left--;
        row.push({ text: "", colSpan: 1, rowSpan: 1, covered: "up", owner: p.owner });
      }
    };
    for (const cell of raw) {
      fillPending();
      const col = row.length;
      if (col >= MAX_WIDTH) {
        // A hostile table: the columns past the grid's width are folded into the last cell.
        const last = row[row.length - 1];
        if (last && !last.covered && cell.text !== "") row[row.length - 1] = { ...last, text: `${last.text} ${cell.text}`.trim() };
        continue;
      }
      const colSpan = Math.min(Math.max(1, cell.colSpan | 0), MAX_SPAN, MAX_WIDTH - col);
      if (cell.continuesAbove) {
        // Word's vMerge: find the cell that started the run in this column and extend it.
        const owner = findOwner(grid, col);
        for (let k = 0; k < colSpan; k++) row.push({ text: "", colSpan: 1, rowSpan: 1, covered: "up", owner: owner ?? { row: Math.max(0, r - 1), col } });
        if (owner) {
          const o = grid[owner.row]![owner.col]!;
          grid[owner.row]![owner.col] = { ...o, rowSpan: r - owner.row + 1 };
        }
        continue;
      }
      const rowSpan = Math.min(Math.max(1, cell.rowSpan | 0), MAX_SPAN);
      row.push(cell.source ? { text: cell.text, colSpan, rowSpan, source: cell.source } : { text: cell.text, colSpan, rowSpan });
      for (let k = 1; k < colSpan; k++) row.push({ text: "", colSpan: 1, rowSpan: 1, covered: "left", owner: { row: r, col } });
      if (rowSpan > 1) for (let k = 0; k < colSpan; k++) pending[col + k] = { left: rowSpan - 1, owner: { row: r, col } };
    }
    fillPending();
    grid.push(row);
    width = Math.max(width, row.length);
    checkTableCells(grid.length, width);
  });
  for (const row of grid) while (row.length < width) row.push({ text: "", colSpan: 1, rowSpan: 1 });
  return grid;
}

function findOwner(grid: readonly GridCell[][], col: number): { row: number; col: number } | undefined {
  for (let r = grid.length - 1; r >= 0; r--) {
    const cell = grid[r]![col];
    if (!cell) return undefined;
    if (cell.covered === "up") {
      if (cell.owner) return cell.owner;
      continue;
    }
    if (cell.covered === "left") return cell.owner;
    return { row: r, col };
  }
  return undefined;
}
