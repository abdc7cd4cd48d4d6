import type { FileReport } from "@cdsvn/core";

/**
 * The JSON export: per file the plan (the contract), its diagnostics and comparison — the same objects
 * `validate --format json` prints, so one reader handles both. Two-space indented, newline-terminated.
 *
 * @example
 * ```ts
 * import { exportJson } from "@cdsvn/report";
 * const text = exportJson([report]); // JSON.parse(text)[0].plan.indicators, …
 * ```
 */
export function exportJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
