/**
 * @cdsvn/national: the national layer every province plugin builds on, as sourced, versioned data:
 * the legal-document registry, the institutional changes that make wording outdated, and the
 * national indicator frameworks (QĐ 749, NQ 57 with NQ 03/NQ 71, QĐ 411, QĐ 2629's Phụ lục I, TB
 * 624/TB-VPCP, and the 2026 targets of the Ban Chỉ đạo Trung ương and of QĐ 11/QĐ-BCĐCP). Which of
 * them is in force for a plan is decided in one place: @cdsvn/checker's `effectiveFramework`. Every figure and date carries its source and a confidence mark.
 */
import type { Framework, FrameworkIndicator, Knowledge, LegalDocument } from "@cdsvn/core";
import { BCD_TW_2026 } from "./frameworks/bcd-tw-2026.ts";
import { I } from "./frameworks/indicators.ts";
import { NQ_57_NQ03, NQ_57_NQ71 } from "./frameworks/nq-57.ts";
import { QD_11_BCDCP } from "./frameworks/qd-11-bcdcp.ts";
import { QD_2629 } from "./frameworks/qd-2629.ts";
import { QD_411 } from "./frameworks/qd-411.ts";
import { QD_749 } from "./frameworks/qd-749.ts";
import { TB_624 } from "./frameworks/tb-624.ts";
import { INSTITUTIONAL_FACTS } from "./institutions/facts.ts";
import { NATIONAL_DOCUMENTS } from "./registry/documents.ts";
import { createRegistry, type Registry } from "./registry/registry.ts";

export { NATIONAL_DOCUMENTS } from "./registry/documents.ts";
export { createRegistry, lookupDocument, lookupDocuments, statusOn, type DocumentLookup, type Registry } from "./registry/registry.ts";
export { INSTITUTIONAL_FACTS } from "./institutions/facts.ts";
export { frameworkIndicator, frameworkTarget } from "./frameworks/plugin-builders.ts";
export { BCD_TW_2026, NQ_57_NQ03, NQ_57_NQ71, QD_11_BCDCP, QD_2629, QD_411, QD_749, TB_624 };

/** Every national framework version, oldest first. */
export const NATIONAL_FRAMEWORKS: readonly Framework[] = [QD_749, QD_411, NQ_57_NQ03, NQ_57_NQ71, TB_624, QD_2629, BCD_TW_2026, QD_11_BCDCP];

/** The national indicator catalogue (without targets): the codes plugins extend and plans are matched to. */
export const NATIONAL_INDICATORS: readonly Omit<FrameworkIndicator, "targets">[] = Object.values(I);

/** What a province plugin contributes to the shared data (structurally a ProvincePlugin). */
export interface KnowledgeSource {
  readonly frameworks: readonly Framework[];
  readonly documents: readonly LegalDocument[];
}

/** National frameworks followed by every plugin's: what `cds frameworks list` shows. */
export function allFrameworks(plugins: readonly KnowledgeSource[] = []): Framework[] {
  return [...NATIONAL_FRAMEWORKS, ...plugins.flatMap((p) => p.frameworks)];
}

/** The registry of national documents and every plugin's (plugins win on the same symbol). */
export function allDocuments(plugins: readonly KnowledgeSource[] = []): Registry {
  return createRegistry(NATIONAL_DOCUMENTS, ...plugins.map((p) => p.documents));
}

/**
 * The facts rules consult (`RuleContext.knowledge`), national plus the plugins': the legal documents
 * (plugins win on the same symbol), the institutional changes and every framework. Pure; built anew on
 * each call, so keep it for a batch rather than calling it per plan.
 *
 * @example
 * ```ts
 * import { check, genericRules } from "@cdsvn/checker";
 * import { knowledge } from "@cdsvn/national";
 * import haTinh from "@cdsvn/plugin-ha-tinh";
 *
 * const facts = knowledge([haTinh]);
 * const diagnostics = check({ plan, rules: [...genericRules, ...haTinh.rules], knowledge: facts });
 * ```
 */
export function knowledge(plugins: readonly KnowledgeSource[] = []): Knowledge {
  return { documents: allDocuments(plugins).documents, institutions: INSTITUTIONAL_FACTS, frameworks: allFrameworks(plugins) };
}
