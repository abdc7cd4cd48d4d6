import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { genericRules, ruleFolders } from "../rules/index.ts";
import type { CatalogueEntry } from "./page.ts";

/**
 * The hand-written doc of a generic rule (src/rules/<folder>/doc.md). Looked up next to this module's
 * source, and from dist/ back into the shipped src/ (a published package ships both).
 */
export function genericRuleDoc(id: string): string | null {
  const folder = ruleFolders[id];
  if (!folder) return null;
  for (const base of ["../rules/", "../../src/rules/"]) {
    const path = fileURLToPath(new URL(`${base}${folder}/doc.md`, import.meta.url));
    if (existsSync(path)) return readFileSync(path, "utf8");
  }
  return null;
}

/** The generic rules as catalogue entries, with their docs. */
export function genericCatalogue(): CatalogueEntry[] {
  return genericRules.map((rule) => ({ rule, plugin: null, doc: genericRuleDoc(rule.meta.id) }));
}
