import { genericRules } from "@cdsvn/checker";
import type { Framework, Knowledge, ProvincePlugin, Rule } from "@cdsvn/core";
import * as national from "@cdsvn/national";
import { stripUnit } from "./province/names.ts";

/** What a check or a comparison of one plan runs with. */
export interface ProvinceSetup {
  readonly knowledge: Knowledge;
  /** The generic rules plus the province plugin's. */
  readonly rules: readonly Rule[];
  readonly plugin: ProvincePlugin | null;
}

/** The parts of the knowledge that are the same whatever the province: built once per engine. */
export interface SharedKnowledge {
  readonly documents: Knowledge["documents"];
  readonly institutions: Knowledge["institutions"];
  readonly provinces: readonly string[];
}

/**
 * @cdsvn/national's registry and institutional facts plus every plugin's documents (a plan cites its
 * neighbours' too, and a citation is checked against the one document it names), and every spelling of
 * every plugin's province (for spelling checks).
 */
export function sharedKnowledge(plugins: readonly ProvincePlugin[]): SharedKnowledge {
  const base = national.knowledge(plugins);
  const provinces = plugins.flatMap((p) => [p.meta.name, ...p.meta.names.map(stripUnit)]);
  return { documents: base.documents, institutions: base.institutions, provinces: [...new Set(provinces)] };
}

/**
 * The knowledge and rules for a plan of `provinceId`: the shared part, the national frameworks plus the
 * province's and the frameworks given as data that apply (national ones, or this province's; one with
 * the id of a bundled framework replaces it), the province's units, and the generic rules plus the
 * plugin's. An unknown or null province gives the national knowledge and the generic rules alone, so the
 * generic checks still run.
 */
export function provinceSetup(
  provinceId: string | null,
  plugins: readonly ProvincePlugin[],
  shared: SharedKnowledge,
  extraFrameworks: readonly Framework[],
): ProvinceSetup {
  const plugin = plugins.find((p) => p.meta.id === provinceId) ?? null;
  const extra = extraFrameworks.filter((f) => f.province === null || f.province === provinceId);
  const replaced = new Set(extra.map((f) => f.id));
  const bundled = [...national.NATIONAL_FRAMEWORKS, ...(plugin?.frameworks ?? [])].filter((f) => !replaced.has(f.id));
  return {
    knowledge: {
      documents: shared.documents,
      institutions: shared.institutions,
      frameworks: [...bundled, ...extra],
      places: { provinces: shared.provinces, units: plugin?.units ? [...plugin.units] : [] },
    },
    rules: [...genericRules, ...(plugin?.rules ?? [])],
    plugin,
  };
}
