import { message, type Framework, type Locale } from "@cdsvn/core";
import { describeLocation, parseFrameworkFile } from "@cdsvn/reader";

/**
 * A framework file (`--framework FILE`, the config's "frameworks") → the frameworks it holds, through
 * @cdsvn/reader's `parseFrameworkFile` (.xlsx, .csv, .json; origin "user"). Throws an Error naming the
 * first problems with their row and column (or JSON path), in `lang`; `cds frameworks check FILE` lists them all.
 */
export async function frameworksFromFile(bytes: Uint8Array, fileName: string, lang: Locale): Promise<Framework[]> {
  const { frameworks, problems } = await parseFrameworkFile(bytes, fileName);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const first = errors.slice(0, 3).map((p) => { const where = describeLocation(p.where, lang); return where ? `${where}: ${p.message[lang]}` : p.message[lang]; }).join("; ");
    throw new Error(`${first}${errors.length > 3 ? ` (${message(lang, "cli.frameworks.moreProblems", { count: errors.length - 3 })})` : ""}`);
  }
  return frameworks;
}
