import { z } from "zod";
import type { Framework, LegalDocument } from "../framework/model.ts";
import type { Config, Rule } from "../rule/contract.ts";

export const PluginMeta = z
  .object({
    /** Province slug: "ha-tinh". */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Vietnamese name: "Hà Tĩnh". */
    name: z.string(),
    /** Every spelling in use: "Thanh Hóa", "Thanh Hoá", "TP. Hải Phòng", "thành phố Hải Phòng". */
    names: z.array(z.string()).min(1),
    /** Official province code. */
    code: z.string(),
    /** The engine (core) version range it targets. */
    engine: z.string(),
  })
  .meta({ id: "PluginMeta" });
export type PluginMeta = z.infer<typeof PluginMeta>;

/** One province: its frameworks by year, its documents, its rules, its aliases. */
export interface ProvincePlugin {
  readonly meta: PluginMeta;
  readonly frameworks: readonly Framework[];
  readonly documents: readonly LegalDocument[];
  readonly rules: readonly Rule[];
  readonly recommendedConfig: Config;
  /** Extra wordings for framework indicators: code → aliases. */
  readonly indicatorAliases?: Readonly<Record<string, readonly string[]>>;
  /** Names of the province's communes and wards, when known, for spelling checks. */
  readonly units?: readonly string[];
}

export function definePlugin(plugin: ProvincePlugin): ProvincePlugin {
  return plugin;
}
