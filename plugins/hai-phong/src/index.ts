/**
 * @cdsvn/plugin-hai-phong: thành phố Hải Phòng's documents (and Hải Dương's, as history), frameworks
 * and rules. Imports only @cdsvn/core (and @cdsvn/national), never another plugin or an app.
 */
import { definePlugin } from "@cdsvn/core";
import { documents } from "./documents.ts";
import { frameworks } from "./frameworks.ts";
import { meta } from "./meta.ts";
import { cityIndicatorTable } from "./rules/city-indicator-table/rule.ts";

export const plugin = definePlugin({
  meta,
  frameworks,
  documents,
  rules: [cityIndicatorTable],
  recommendedConfig: { province: "hai-phong", rules: { "hai-phong/city-indicator-table": "warning" } },
  indicatorAliases: {},
});

export default plugin;
