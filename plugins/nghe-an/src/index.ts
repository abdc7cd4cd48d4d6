/**
 * @cdsvn/plugin-nghe-an: Nghệ An's documents, frameworks and rules. Imports only @cdsvn/core (and
 * @cdsvn/national), never another plugin or an app.
 */
import { definePlugin } from "@cdsvn/core";
import { documents } from "./documents.ts";
import { frameworks } from "./frameworks.ts";
import { meta } from "./meta.ts";
import { nq09Date } from "./rules/nq09-date/rule.ts";

/**
 * The Nghệ An plugin: its province data (meta, frameworks by year, legal documents, indicator
 * wordings), its rules and the config it recommends, as one ProvincePlugin; also the default export.
 * Pass it to the engine to check and compare the province's plans.
 *
 * @example
 * ```ts
 * import ngheAn from "@cdsvn/plugin-nghe-an";
 * import { createEngine } from "@cdsvn/engine";
 * const engine = createEngine({ plugins: [ngheAn] });
 * ```
 */
export const plugin = definePlugin({
  meta,
  frameworks,
  documents,
  rules: [nq09Date],
  recommendedConfig: { province: "nghe-an", rules: { "nghe-an/nq09-date": "info" } },
  indicatorAliases: {},
});

export default plugin;
