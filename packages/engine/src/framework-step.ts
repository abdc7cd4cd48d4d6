import { comparePlan, comparisonDiagnostics, effectiveFramework, type EffectiveFramework } from "@cdsvn/checker";
import type { Comparison, Config, Diagnostic, Knowledge, Locale, Plan, ProvincePlugin } from "@cdsvn/core";

/** The comparison of one plan with the framework it is held to, and the findings it gives. */
export interface FrameworkResult {
  readonly comparison: Comparison;
  readonly diagnostics: readonly Diagnostic[];
  readonly frameworkIds: readonly string[];
}

/**
 * The framework a plan is held to, per knowledge, province, year and issue date: built once per engine
 * and shared by every plan that has them (compare and its findings read it, never change it).
 */
export class FrameworkSelector {
  readonly #byKnowledge = new WeakMap<Knowledge, Map<string, EffectiveFramework>>();

  select(knowledge: Knowledge, province: string | null, year: number, issued: string | null): EffectiveFramework {
    let byKey = this.#byKnowledge.get(knowledge);
    if (!byKey) this.#byKnowledge.set(knowledge, (byKey = new Map()));
    // A framework is not held against a plan issued before it took effect, so the issue date is part of the key.
    const key = `${province ?? ""}\u0000${year}\u0000${issued ?? ""}`;
    let framework = byKey.get(key);
    if (!framework) byKey.set(key, (framework = effectiveFramework(knowledge.frameworks, { province, year, issued })));
    return framework;
  }
}

/**
 * The one place a plan is compared with its framework and the framework findings (`framework/coverage`,
 * `framework/target`) are made; null when no framework has indicators for that province and year.
 */
export function compareWithFramework(
  plan: Plan,
  text: string,
  framework: EffectiveFramework,
  plugin: ProvincePlugin | null,
  locale: Locale,
  /** The rule levels of framework/coverage and framework/target ("off" drops them). */
  config: Config = {},
): FrameworkResult | null {
  if (framework.indicators.length === 0) return null;
  const comparison = comparePlan(plan, framework, { aliases: plugin?.indicatorAliases ?? {} });
  return { comparison, diagnostics: comparisonDiagnostics(plan, comparison, framework, text, locale, config), frameworkIds: framework.frameworkIds };
}
