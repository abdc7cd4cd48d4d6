import type { FileReport } from "@cdsvn/core";

/**
 * The diagnostics JSON contract: the array of file reports, two-space indented, as
 * `JSON.stringify(reports, null, 2)` writes it. One report as an element of that array, indented one
 * level: the array of that one report without its opening "[\n  " and closing "\n]" (a quarter faster
 * than re-indenting the report's own JSON).
 */
export function jsonPart(report: FileReport): string {
  return JSON.stringify([report], null, 2).slice(4, -2);
}

/** What goes before the element at `index`: the array's opening, or the comma after the previous one. */
export function jsonSeparator(index: number): string {
  return index === 0 ? "[\n  " : ",\n  ";
}

/** The array's end; `[]` when it holds nothing. */
export function jsonTail(count: number): string {
  return count === 0 ? "[]" : "\n]";
}
