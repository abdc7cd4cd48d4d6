import type { Framework } from "@cdsvn/core";
import { describeLocation, parseFrameworkFile } from "@cdsvn/reader";

/**
 * A framework file (`--framework FILE`, the config's "frameworks") → the frameworks it holds, through
 * @cdsvn/reader's `parseFrameworkFile` (.xlsx, .csv, .json; origin "user"). Throws an Error naming the
 * first problems with their row and column (or JSON path); `cds frameworks check FILE` lists them all.
 */
export async function frameworksFromFile(bytes: Uint8Array, fileName: string): Promise<Framework[]> {
  const { frameworks, problems } = await parseFrameworkFile(bytes, fileName);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const first = errors.slice(0, 3).map((p) => `${describeLocation(p.where, "en") || "file"}: ${p.message.en}`).join("; ");
    throw new Error(`${first}${errors.length > 3 ? ` (${errors.length - 3} more: cds frameworks check)` : ""}`);
  }
  return frameworks;
}
