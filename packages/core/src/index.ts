/**
 * @cdsvn/core: the domain model of a commune science, technology, innovation and
 * digital-transformation plan, the contracts of frameworks, rules and plugins, and the Vietnamese
 * text primitives everything else builds on. Pure: no file system, no network, no province.
 */
export * from "./model/span.ts";
export * from "./model/target.ts";
export * from "./model/indicator.ts";
export * from "./model/task.ts";
export * from "./model/budget.ts";
export * from "./model/legal-basis.ts";
export * from "./model/diagnostic.ts";
export * from "./model/facts.ts";
export * from "./model/plan.ts";
export * from "./model/comparison.ts";
export * from "./model/report.ts";
export * from "./framework/model.ts";
export * from "./framework/file.ts";
export * from "./framework/match.ts";
export * from "./rule/contract.ts";
export * from "./plugin/contract.ts";
export * from "./plugin/conformance.ts";
export * from "./rule/visit.ts";
export * from "./rule/rule-tester.ts";
export * from "./plugin/indicator-keywords.ts";
export type * from "./doc/tree.ts";
export * from "./text/index.ts";
export * from "./i18n/index.ts";
export { lineOf, lineIndex } from "./text/lines.ts";
export { jsonSchemas } from "./schemas.ts";
