/** Where in the file a problem is: a spreadsheet cell (1-based row, column header) or a JSON path. */
export interface ProblemLocation {
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  /** JSON Pointer ("/targets/3/value"). */
  readonly path?: string;
  /** 1-based line and column of a JSON syntax error. */
  readonly line?: number;
}

/** One thing wrong (error: the row is left out) or doubtful (warning: read, but say so) in a framework file. */
export interface FrameworkFileProblem {
  readonly severity: "error" | "warning";
  readonly message: { readonly vi: string; readonly en: string };
  readonly where: ProblemLocation;
}

/** "dòng 4, cột Giá trị" / "row 4, column Giá trị" / "/targets/2/value". */
export function describeLocation(where: ProblemLocation, locale: "vi" | "en"): string {
  const parts: string[] = [];
  if (where.sheet) parts.push(locale === "vi" ? `trang ${where.sheet}` : `sheet ${where.sheet}`);
  if (where.line !== undefined) parts.push(locale === "vi" ? `dòng ${where.line}` : `line ${where.line}`);
  if (where.row !== undefined) parts.push(locale === "vi" ? `dòng ${where.row}` : `row ${where.row}`);
  if (where.column) parts.push(locale === "vi" ? `cột ${where.column}` : `column ${where.column}`);
  if (where.path !== undefined) parts.push(where.path || "/");
  return parts.join(", ");
}
