export { check, resolveRules, type CheckInput, type ConfigProblem } from "./check.ts";
