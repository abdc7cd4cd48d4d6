export { judgeTarget, type Requirement, type TargetVerdict } from "./target-verdict.ts";
export { matchByKeywordsAndAliases, matchWithCore, type IndicatorMatch, type IndicatorMatcher } from "./match.ts";
export { effectiveFramework, type EffectiveFramework, type EffectiveIndicator, type SelectFrameworkOptions } from "./effective-framework.ts";
export { comparePlan, type CompareOptions } from "./compare-plan.ts";
export { comparisonDiagnostics, COVERAGE_RULE_ID, TARGET_RULE_ID } from "./diagnostics.ts";
export { diffPlans, type DiffItem, type DiffKind, type PlanDiff } from "./diff.ts";
