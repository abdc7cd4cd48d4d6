import type { FileReport } from "@cdsvn/core";

/** The diagnostics JSON contract: the array of file reports, two-space indented. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports, null, 2);
}
