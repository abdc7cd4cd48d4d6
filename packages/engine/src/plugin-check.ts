import { genericRules } from "@cdsvn/checker";
import { checkPlugin, type ProvincePlugin } from "@cdsvn/core";
import { NATIONAL_INDICATORS } from "@cdsvn/national";
// The two functions alone, not the whole package: the engine also ships in a web page's bundle.
import satisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";
import { ENGINE_VERSION } from "./version.ts";

/**
 * Why a value cannot be used as a province plugin, one line each (empty: it can). For loaders of plugins
 * from outside (a path, a package name in a config, a file a web page was given): the shape a plugin
 * module's default export must have, core's conformance kit, and its `meta.engine` range against this
 * engine's version. The bundled plugins pass it in their own tests, so engines do not re-run it.
 */
export function pluginProblems(value: unknown): string[] {
  const shape = shapeProblem(value);
  if (shape) return [shape];
  const plugin = value as ProvincePlugin;
  const problems = checkPlugin(plugin, {
    nationalCodes: NATIONAL_INDICATORS.map((i) => i.code),
    knownRuleIds: genericRules.map((r) => r.meta.id),
  }).map((p) => `${p.path}: ${p.message}`);
  const range = plugin.meta.engine;
  if (typeof range === "string" && range.trim() !== "") {
    if (validRange(range) === null) problems.push(`/meta/engine: "${range}" is not a semver range`);
    else if (!satisfies(ENGINE_VERSION, range, { includePrerelease: true })) {
      problems.push(`/meta/engine: made for engine ${range}, this is @cdsvn/engine ${ENGINE_VERSION}`);
    }
  }
  return problems;
}

/** The fields a plugin object must have before the conformance kit can look inside it. */
function shapeProblem(value: unknown): string | null {
  const expected = "a province plugin ({ meta, frameworks, documents, rules, recommendedConfig })";
  if (value === null || typeof value !== "object") return `not ${expected}: got ${value === null ? "null" : typeof value}`;
  const v = value as Record<string, unknown>;
  const missing = ["meta", "frameworks", "documents", "rules", "recommendedConfig"].filter((k) => v[k] === undefined);
  if (missing.length > 0) return `not ${expected}: ${missing.join(", ")} missing`;
  if (typeof v.meta !== "object" || v.meta === null) return "/meta: must be an object";
  for (const key of ["frameworks", "documents", "rules"]) if (!Array.isArray(v[key])) return `/${key}: must be an array`;
  const rules = v.rules as unknown[];
  for (const [i, rule] of rules.entries()) {
    const r = rule as { meta?: unknown; create?: unknown } | null;
    if (!r || typeof r.meta !== "object" || r.meta === null || typeof r.create !== "function") return `/rules/${i}: must be a rule ({ meta, create(context) })`;
  }
  return null;
}
