import { z } from "zod";
import { Framework, LegalDocument } from "../framework/model.ts";
import { Config, type Rule } from "../rule/contract.ts";

const NonEmpty = z.string().trim().min(1);

/**
 * Who a province plugin is: its id (slug), name and every spelling plans use (for province detection),
 * former names of merged units, province code, and the @cdsvn/engine range it works with.
 */
export const PluginMeta = z
  .object({
    /** Province slug: "ha-tinh". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Vietnamese name: "Hà Tĩnh". */
    name: NonEmpty,
    /**
     * Every spelling in use, with or without the unit word: "Thanh Hóa", "Thanh Hoá", "TP. Hải Phòng",
     * "thành phố Hải Phòng". Province detection looks for these in a plan's text.
     */
    names: z.array(NonEmpty).min(1),
    /** "tỉnh" or "thành phố": the unit word plans write before the name. */
    kind: z.enum(["tinh", "thanh-pho"]),
    /**
     * Names of units merged into this one, still seen in plans written after the merger ("tỉnh Hải
     * Dương" in a Hải Phòng commune's plan). Weaker evidence than `names`.
     */
    formerNames: z.array(NonEmpty).optional(),
    /** Official province code (mã đơn vị hành chính cấp tỉnh). */
    code: z.string().regex(/^\d{2}$/),
    /**
     * The @cdsvn/engine versions it works with, as a semver range ("^0.1.0"); a plugin loaded from
     * outside whose range excludes the running engine is refused with a one-line message.
     */
    engine: NonEmpty,
  })
  .meta({ id: "PluginMeta" });
export type PluginMeta = z.infer<typeof PluginMeta>;

/**
 * The data part of a plugin (everything except the rules, which are code): what the conformance
 * kit validates and what docs/provinces/<id>.md is generated from.
 */
export const PluginData = z
  .object({
    meta: PluginMeta,
    frameworks: z.array(Framework),
    documents: z.array(LegalDocument),
    recommendedConfig: Config,
    /** Extra wordings for framework indicators: code → aliases (national codes allowed). */
    indicatorAliases: z.record(z.string(), z.array(NonEmpty)).optional(),
    /** Names of the province's communes and wards, when known, for spelling checks. */
    units: z.array(NonEmpty).optional(),
  })
  .meta({ id: "PluginData" });
export type PluginData = z.infer<typeof PluginData>;

/**
 * One province: its frameworks by year, its documents, its rules, its aliases. A plugin imports
 * only @cdsvn/core and @cdsvn/national, never another plugin or an app.
 */
export interface ProvincePlugin {
  /** Who the plugin is: id, names, code, the engine range (see PluginMeta). */
  readonly meta: PluginMeta;
  /** Its frameworks, each for a span of years; national commune-level targets are inherited, not copied. */
  readonly frameworks: readonly Framework[];
  /** Its legal documents; the CLI adds them to the national registry. */
  readonly documents: readonly LegalDocument[];
  /** Province-specific rules, ids namespaced by the plugin id ("ha-tinh/budget-estimate-2027"). */
  readonly rules: readonly Rule[];
  /** The config a reviewer of the province starts from: its province id and the levels of its rules. */
  readonly recommendedConfig: Config;
  /** Extra wordings for framework indicators: code → aliases. */
  readonly indicatorAliases?: Readonly<Record<string, readonly string[]>>;
  /** Names of the province's communes and wards, when known, for spelling checks. */
  readonly units?: readonly string[];
}

/**
 * Identity helper that types a province plugin object; the default export of a plugin package.
 *
 * @example
 * ```ts
 * import { definePlugin } from "@cdsvn/core";
 * export default definePlugin({
 *   meta: { id: "quang-ninh", name: "Quảng Ninh", names: ["Quảng Ninh", "tỉnh Quảng Ninh"], kind: "tinh", code: "22", engine: "^0.1.0" },
 *   frameworks: [], documents: [], rules: [], recommendedConfig: { province: "quang-ninh" },
 * });
 * ```
 */
export function definePlugin(plugin: ProvincePlugin): ProvincePlugin {
  return plugin;
}
