/**
 * @cdsvn/plugin-ha-tinh: Hà Tĩnh's documents, frameworks and rules for checking commune plans.
 * Imports only @cdsvn/core (and @cdsvn/national), never another plugin or an app.
 */
import { definePlugin } from "@cdsvn/core";
import { documents } from "./documents.ts";
import { frameworks } from "./frameworks.ts";
import { meta } from "./meta.ts";
import { budgetEstimate } from "./rules/budget-estimate/rule.ts";

/**
 * The Hà Tĩnh plugin: its province data (meta, frameworks by year, legal documents, indicator
 * wordings), its rules and the config it recommends, as one ProvincePlugin; also the default export.
 * Pass it to the engine to check and compare the province's plans.
 *
 * @example
 * ```ts
 * import haTinh from "@cdsvn/plugin-ha-tinh";
 * import { createEngine } from "@cdsvn/engine";
 * const engine = createEngine({ plugins: [haTinh] });
 * ```
 */
export const plugin = definePlugin({
  meta,
  frameworks,
  documents,
  rules: [budgetEstimate],
  recommendedConfig: { province: "ha-tinh", rules: { "ha-tinh/budget-estimate": "warning" } },
  // Hà Tĩnh communes word DVCTT satisfaction as the SIPAS satisfaction with public administration.
  indicatorAliases: {
    "CQS-HAI-LONG-DVCTT": ["mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước"],
  },
});

export default plugin;
