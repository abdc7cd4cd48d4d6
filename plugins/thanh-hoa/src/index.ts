/**
 * @cdsvn/plugin-thanh-hoa: Thanh Hóa's documents and frameworks. No province-specific rule yet: no
 * requirement of the province's that others lack was found in a source. Imports only @cdsvn/core
 * (and @cdsvn/national), never another plugin or an app.
 */
import { definePlugin } from "@cdsvn/core";
import { documents } from "./documents.ts";
import { frameworks } from "./frameworks.ts";
import { meta } from "./meta.ts";

/**
 * The Thanh Hóa plugin: its province data (meta, frameworks by year, legal documents, indicator
 * wordings), its rules (none yet) and the config it recommends, as one ProvincePlugin; also the
 * default export. Pass it to the engine to check and compare the province's plans.
 *
 * @example
 * ```ts
 * import thanhHoa from "@cdsvn/plugin-thanh-hoa";
 * import { createEngine } from "@cdsvn/engine";
 * const engine = createEngine({ plugins: [thanhHoa] });
 * ```
 */
export const plugin = definePlugin({
  meta,
  frameworks,
  documents,
  rules: [],
  recommendedConfig: { province: "thanh-hoa" },
  // Thanh Hóa communes word DVCTT satisfaction as satisfaction with the handling of procedures.
  indicatorAliases: {
    "CQS-HAI-LONG-DVCTT": ["người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính"],
  },
});

export default plugin;
