/**
 * @cdsvn/plugin-ha-tinh: Hà Tĩnh's documents, frameworks and rules for checking commune plans.
 * Imports only @cdsvn/core (and @cdsvn/national), never another plugin or an app.
 */
import { definePlugin } from "@cdsvn/core";
import { documents } from "./documents.ts";
import { frameworks } from "./frameworks.ts";
import { meta } from "./meta.ts";
import { budgetEstimate } from "./rules/budget-estimate/rule.ts";

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
