import { frameworkRules } from "../compare/rules/index.ts";
import { genericRules, ruleFolders } from "../rules/index.ts";
import type { CatalogueEntry } from "./page.ts";

/**
 * Where a generic rule's hand-written doc lives inside the @cdsvn/checker package (it ships src/):
 * "src/rules/<category>/<rule>/doc.md", or null for an unknown id.
 */
export function genericRuleDocPath(id: string): string | null {
  const folder = ruleFolders[id];
  return folder ? `src/rules/${folder}/doc.md` : null;
}

/**
 * The generic rules, and the framework rules the comparison reports, as catalogue entries. The checker reads no files: the caller (the CLI, a test)
 * supplies `readDoc`, which turns a path inside this package into the file's text, or null.
 */
export function genericCatalogue(readDoc: (packagePath: string) => string | null): CatalogueEntry[] {
  return [...genericRules, ...frameworkRules].map((rule) => {
    const path = genericRuleDocPath(rule.meta.id);
    return { rule, plugin: null, doc: path ? readDoc(path) : null };
  });
}
