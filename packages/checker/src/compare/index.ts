export {
  effectiveFramework,
  versionsInForce,
  type EffectiveFramework,
  type EffectiveIndicator,
  type ExclusionReason,
  type SelectFrameworkOptions,
} from "./effective-framework.ts";
export { cachedFrameworkSelector, type FrameworkSelector } from "./framework-selector.ts";
export { comparePlan, type CompareOptions } from "./compare-plan.ts";
export { comparisonDiagnostics } from "./diagnostics.ts";
export { compareWithFrameworks, type CompareOutcome, type CompareRequest, type SkipReason } from "./run.ts";
export { diffPlans, type DiffItem, type DiffKind, type PlanDiff } from "./diff.ts";
