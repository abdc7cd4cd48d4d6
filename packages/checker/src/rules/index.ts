import type { Rule } from "@cdsvn/core";
import { districtLevel } from "./admin-unit/district-level/rule.ts";
import { placeSpelling } from "./admin-unit/place-spelling/rule.ts";
import { unitKind } from "./admin-unit/unit-kind/rule.ts";
import { groupSum } from "./budget-arithmetic/group-sum/rule.ts";
import { lineArithmetic } from "./budget-arithmetic/line-arithmetic/rule.ts";
import { citationConflict } from "./consistency/citation-conflict/rule.ts";
import { conflictingTargets } from "./consistency/conflicting-targets/rule.ts";
import { countBreakdown } from "./consistency/count-breakdown/rule.ts";
import { leadConflict } from "./consistency/lead-conflict/rule.ts";
import { documentFields } from "./document-metadata/blank-fields/rule.ts";
import { citation } from "./legal-reference/registry/rule.ts";
import { requiredParts } from "./missing-section/required-parts/rule.ts";
import { institution } from "./outdated-reference/institution/rule.ts";
import { nationalAggregate } from "./other/national-aggregate/rule.ts";
import { outOfRange } from "./percent-range/out-of-range/rule.ts";
import { belowResult } from "./target-regression/below-result/rule.ts";
import { planYear } from "./year-consistency/plan-year/rule.ts";

/** The generic rules: those that hold for any province. Province plugins add their own. */
export const genericRules: readonly Rule[] = [
  lineArithmetic, groupSum, outOfRange, planYear, conflictingTargets, citationConflict, countBreakdown, leadConflict,
  citation, unitKind, districtLevel, placeSpelling, institution, belowResult, documentFields, requiredParts,
  nationalAggregate,
];

/**
 * Where each rule's folder is, relative to src/rules (for docs and the doc-page test). The framework
 * rules live with the comparison that reports them (compare/rules, `frameworkRules`).
 */
export const ruleFolders: Readonly<Record<string, string>> = {
  "budget/line-arithmetic": "budget-arithmetic/line-arithmetic",
  "budget/group-sum": "budget-arithmetic/group-sum",
  "percent/out-of-range": "percent-range/out-of-range",
  "year/plan-year": "year-consistency/plan-year",
  "consistency/conflicting-targets": "consistency/conflicting-targets",
  "consistency/citation-conflict": "consistency/citation-conflict",
  "consistency/count-breakdown": "consistency/count-breakdown",
  "consistency/lead-conflict": "consistency/lead-conflict",
  "legal/citation": "legal-reference/registry",
  "admin/unit-kind": "admin-unit/unit-kind",
  "admin/district-level": "admin-unit/district-level",
  "admin/place-spelling": "admin-unit/place-spelling",
  "outdated/institution": "outdated-reference/institution",
  "regression/below-result": "target-regression/below-result",
  "meta/document-fields": "document-metadata/blank-fields",
  "sections/required-parts": "missing-section/required-parts",
  "other/national-aggregate": "other/national-aggregate",
  "framework/coverage": "../compare/rules/coverage",
  "framework/target": "../compare/rules/target",
};
