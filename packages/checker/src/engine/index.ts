export { check, resolveRules, sortDiagnostics, type CheckInput, type ConfigProblem } from "./check.ts";
export { effectiveSeverity, lowerOf } from "./severity.ts";
export { interpolate, formatValue } from "@cdsvn/core";
