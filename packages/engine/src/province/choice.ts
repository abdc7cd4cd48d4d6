import type { Locale, Plan, ProvincePlugin } from "@cdsvn/core";
import type { ProvinceDetector } from "./detect.ts";
import { findPlugin } from "./names.ts";

/** The province a plan is checked for, and how it was known; `problem` says why none was chosen. */
export interface ProvinceChoice {
  readonly id: string | null;
  readonly evidence: string | null;
  readonly problem: { readonly kind: "ambiguous"; readonly candidates: readonly string[] } | { readonly kind: "unknown" } | null;
}

/** A province asked for, and where the request came from ("--province", "cds.config.json"), kept as the evidence. */
export interface ProvinceRequest {
  readonly value: string;
  readonly from: string;
}

/**
 * The province asked for (an option or the config) when given, else detection from the text. An id no
 * plugin has (a province without a plugin) is kept as given, with national checks only.
 */
export function chooseProvince(plan: Plan, text: string, asked: ProvinceRequest | null, plugins: readonly ProvincePlugin[], detect: ProvinceDetector, locale: Locale = "vi"): ProvinceChoice {
  if (asked !== null) {
    const plugin = findPlugin(asked.value, plugins);
    return { id: plugin?.meta.id ?? asked.value, evidence: asked.from, problem: null };
  }
  const detected = detect(plan, text, locale);
  if (detected && "id" in detected) return { id: detected.id, evidence: detected.evidence.join("; "), problem: null };
  if (detected) return { id: null, evidence: null, problem: { kind: "ambiguous", candidates: detected.ambiguous.map((c) => c.id) } };
  // No plugin's province: keep the reader's slug (a province the toolkit has no plugin for).
  if (plan.meta.province) return { id: plan.meta.province, evidence: plan.meta.provinceEvidence ?? null, problem: null };
  return { id: null, evidence: null, problem: { kind: "unknown" } };
}

/** The plan with meta.province set from the choice; the evidence says how it was known. */
export function withProvince(plan: Plan, province: string | null, evidence: string | null): Plan {
  return { ...plan, meta: { ...plan.meta, province, provinceEvidence: evidence } };
}
