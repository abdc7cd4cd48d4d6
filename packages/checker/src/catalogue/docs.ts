import { genericRules } from "../rules/index.ts";
import type { CatalogueEntry } from "./page.ts";

/**
 * Where a generic rule's hand-written doc lives inside the @cdsvn/checker package, relative to the
 * folder of its entry module (src/ in the workspace, dist/ once built, where the build copies the
 * docs): "rules/<id>/doc.md" (a rule's id is its folder), or null for an unknown id.
 */
export function genericRuleDocPath(id: string): string | null {
  return genericRules.some((r) => r.meta.id === id) ? `rules/${id}/doc.md` : null;
}

/**
 * The generic rules (the framework rules, whose findings the comparison reports, among them) as catalogue
 * entries. The checker reads no files: the caller (the CLI, a test) supplies `readDoc`, which turns a path
 * beside this package's entry module into the file's text, or null.
 */
export function genericCatalogue(readDoc: (packagePath: string) => string | null): CatalogueEntry[] {
  return genericRules.map((rule) => {
    const path = genericRuleDocPath(rule.meta.id);
    return { rule, plugin: null, doc: path ? readDoc(path) : null };
  });
}
