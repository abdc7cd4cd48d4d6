/**
 * @cdsvn/plugin-hai-phong: thành phố Hải Phòng's documents (and Hải Dương's, as history), frameworks
 * and rules. Imports only @cdsvn/core (and @cdsvn/national), never another plugin or an app.
 */
import { definePlugin } from "@cdsvn/core";
import { documents } from "./documents.ts";
import { frameworks } from "./frameworks.ts";
import { meta } from "./meta.ts";
import { cityIndicatorTable } from "./rules/city-indicator-table/rule.ts";

/**
 * The thành phố Hải Phòng plugin: its province data (meta, frameworks by year, legal documents, indicator
 * wordings), its rules and the config it recommends, as one ProvincePlugin; also the default export.
 * Pass it to the engine to check and compare the province's plans.
 *
 * @example
 * ```ts
 * import haiPhong from "@cdsvn/plugin-hai-phong";
 * import { createEngine } from "@cdsvn/engine";
 * const engine = createEngine({ plugins: [haiPhong] });
 * ```
 */
export const plugin = definePlugin({
  meta,
  frameworks,
  documents,
  rules: [cityIndicatorTable],
  recommendedConfig: { province: "hai-phong", rules: { "hai-phong/city-indicator-table": "warning" } },
  indicatorAliases: {},
});

export default plugin;
