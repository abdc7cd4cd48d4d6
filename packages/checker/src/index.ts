export * from "./engine/index.ts";
export { genericRules } from "./rules/index.ts";
export * from "./compare/index.ts";
export { catalogueRows, renderRuleIndex, renderRulePage, rulePageName, type CatalogueEntry } from "./catalogue/page.ts";
export { genericCatalogue } from "./catalogue/docs.ts";
