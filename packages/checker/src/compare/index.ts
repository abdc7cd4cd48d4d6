export { judgeTarget, type Requirement, type TargetVerdict } from "./target-verdict.ts";
export { matchPlanIndicators, type IndicatorMatch, type PlanIndicatorMatch } from "./match.ts";
export {
  documentDate,
  effectiveFramework,
  endOf,
  versionsInForce,
  type EffectiveFramework,
  type EffectiveIndicator,
  type ExclusionReason,
  type SelectFrameworkOptions,
} from "./effective-framework.ts";
export { cachedFrameworkSelector, type FrameworkSelector } from "./framework-selector.ts";
export { comparePlan, confidenceOf, type CompareOptions } from "./compare-plan.ts";
export { comparisonDiagnostics, COVERAGE_RULE_ID, TARGET_RULE_ID } from "./diagnostics.ts";
export { compareWithFrameworks, type CompareOutcome, type CompareRequest, type SkipReason } from "./run.ts";
export { diffPlans, type DiffItem, type DiffKind, type PlanDiff } from "./diff.ts";
export { frameworkCoverage } from "../rules/framework/coverage/rule.ts";
export { frameworkTarget } from "../rules/framework/target/rule.ts";
