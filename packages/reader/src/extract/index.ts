import { emptyPlan, type Diagnostic, type DocTree, type Plan } from "@cdsvn/core";
import { extractLegalBases } from "./legal-bases.ts";
import { extractMeta } from "./meta.ts";

/** Tree → Plan: every entity with its span into `tree.text`; what cannot be placed becomes a diagnostic. */
export function extractPlan(tree: DocTree, fileName: string | null = null): { plan: Plan; diagnostics: Diagnostic[] } {
  const plan = emptyPlan();
  plan.meta = extractMeta(tree);
  plan.legalBases = extractLegalBases(tree);
  plan.source = { file: fileName, format: tree.format, textLength: tree.text.length };
  return { plan, diagnostics: [] };
}
