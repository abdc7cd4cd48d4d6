// Types only: exceljs (150 modules) loads when a workbook is written, not with the package.
import type ExcelJS from "exceljs";
import { spreadsheetText } from "../safe-text.ts";

/**
 * Number formats. Excel format codes are locale-neutral ("," groups, "." decimals) and every spreadsheet
 * shows them with the reader's own separators, so a Vietnamese Excel shows 3.711.000.000 and 83,77.
 */
export const NUMFMT = {
  integer: "#,##0",
  decimal: "#,##0.00",
  money: "#,##0",
  percent: '0"%"',
  percentDecimal: '0.00"%"',
  share: "0%",
} as const;

export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF999999" } };
export const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel letters for a 1-based column number. */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), neutral like every other text. */
export function sheetName(name: string): string {
  return spreadsheetText(name).replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim() || "Sheet";
}

/** Any cell value on its way into a workbook: text neutralised (OWASP), numbers and formulas as they are. */
export function cellValue(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof v === "string") return spreadsheetText(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v;
}

/**
 * Print setup a reviewer can use as is: A4 landscape, fit to one page wide (as many tall as needed),
 * the header rows repeated on every page, gridlines off (cells have borders), narrow margins.
 */
export function printSetup(ws: ExcelJS.Worksheet, headerRows: number): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headerRows}`,
  };
  ws.headerFooter = { oddFooter: "&C&P / &N" };
}

/** Characters per line a column of `width` holds in an 11 pt font (a little under its width). */
const charsPerLine = (width: number) => Math.max(3, Math.floor(width * 0.95));

/** Lines `text` takes when wrapped at word boundaries in `width` characters (a long word is cut). */
export function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= width) { used = need; continue; }
      if (used > 0) lines++;
      lines += Math.floor((word.length - 1) / width);
      used = ((word.length - 1) % width) + 1;
    }
  }
  return Math.max(1, lines);
}

/**
 * Wrapped text and a row height that shows it: spreadsheets do not grow a row on open, so each row
 * is sized from its tallest wrapped cell (lines × 15 pt), never overlapping the row below when printed.
 */
export function fitRows(ws: ExcelJS.Worksheet, fromRow: number, lineHeight = 15): void {
  const widths: number[] = [];
  ws.columns.forEach((c, i) => { widths[i + 1] = c.width ?? 10; });
  const merged = new Set<string>();
  for (let r = fromRow; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    let lines = 1;
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) { merged.add(cell.address); return; }
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
      const v = cell.value;
      const text = typeof v === "string" ? v : v && typeof v === "object" && "text" in v ? String(v.text) : null;
      if (text === null || cell.alignment.textRotation) return;
      lines = Math.max(lines, wrappedLines(text, charsPerLine(widths[c] ?? 10)));
    });
    row.height = Math.min(409, lines * lineHeight + 3);
  }
}
