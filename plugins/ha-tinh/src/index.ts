/**
 * @cdsvn/plugin-ha-tinh: Hà Tĩnh's documents, frameworks and rules for checking commune plans.
 * Imports only @cdsvn/core (and @cdsvn/national), never another plugin or an app.
 */
import { definePlugin } from "@cdsvn/core";
import { documents } from "./documents.ts";
import { frameworks } from "./frameworks.ts";
import { meta } from "./meta.ts";
import { budgetEstimate } from "./rules/budget-estimate.ts";

export const plugin = definePlugin({
  meta,
  frameworks,
  documents,
  rules: [budgetEstimate],
  recommendedConfig: { province: "ha-tinh", rules: { "ha-tinh/budget-estimate": "warning" } },
  indicatorAliases: {},
});

export default plugin;
export { budgetEstimate, documents, frameworks, meta };
