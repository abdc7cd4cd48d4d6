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
export { matchIndicator, rankIndicators, type IndicatorMatch, type MatchOptions, type MatchReason } from "./framework/match.ts";
export * from "./rule/contract.ts";
export * from "./plugin/contract.ts";
export * from "./plugin/conformance.ts";
export * from "./rule/visit.ts";
export * from "./rule/rule-tester.ts";
export * from "./plugin/indicator-keywords.ts";
export type * from "./doc/tree.ts";
// The text primitives. Three modules keep helpers inside the package (the Parsed constructors, the
// regex sources), so they are exported by name; the others whole.
export type { Parsed, TextError, TextErrorTag } from "./text/result.ts";
export * from "./text/normalize.ts";
export * from "./text/number.ts";
export * from "./text/target.ts";
export { toIso, WORDED_DATE_RE, NUMERIC_DATE_RE, parseVnDate, type PartialDate } from "./text/date.ts";
export * from "./text/deadline.ts";
export * from "./text/money.ts";
export { parseLegalSymbol, findLegalCitations, type LegalSymbol, type LegalCitation } from "./text/legal-symbol.ts";
export * from "./text/abbreviations.ts";
export { formatValue, interpolate, isMessageId, message, type MessageId } from "./i18n/index.ts";
export { lineOf, lineIndex } from "./text/lines.ts";
export { jsonSchemas } from "./schemas.ts";
