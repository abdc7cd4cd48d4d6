/**
 * TEMPORARY stand-in for `@cdsvn/engine` (branch `engine`), with the contract's shape, so the page can be
 * built before the engine lands. Deleted when the engine is merged: only ./run.ts imports it.
 */
import { check, comparePlan, comparisonDiagnostics, effectiveFramework, genericRules } from "@cdsvn/checker";
import { summarize, type Config, type DocTree, type FileReport, type Framework, type Locale, type Plan, type ProvincePlugin } from "@cdsvn/core";
import * as national from "@cdsvn/national";
import { readPlan } from "@cdsvn/reader";

export interface EngineOptions {
  readonly plugins?: readonly ProvincePlugin[];
  readonly frameworks?: readonly Framework[];
  readonly config?: Config;
  readonly locale?: Locale;
}
export type EngineInput = { readonly bytes: Uint8Array; readonly fileName: string } | { readonly plan: unknown; readonly fileName: string };
export interface AnalyzeOptions { readonly compare?: boolean; readonly province?: string | null; readonly year?: number | null }
export interface ProvinceChoice { readonly id: string | null; readonly evidence: string | null; readonly problem: unknown }
export interface Detailed { readonly report: FileReport; readonly text: string; readonly tree: DocTree | null; readonly province: ProvinceChoice }

export function createEngine(options: EngineOptions = {}) {
  const plugins = options.plugins ?? [];
  const locale = options.locale ?? "vi";
  async function analyzeDetailed(input: EngineInput, opts: AnalyzeOptions = {}): Promise<Detailed> {
    const read = "bytes" in input
      ? await readPlan(input.bytes, { fileName: input.fileName })
      : { plan: input.plan as Plan, tree: null, diagnostics: [] };
    const id = opts.province ?? read.plan.meta.province;
    const plan: Plan = { ...read.plan, meta: { ...read.plan.meta, province: id } };
    const plugin = plugins.find((p) => p.meta.id === id) ?? null;
    const base = national.knowledge(plugins);
    const knowledge = {
      documents: base.documents, institutions: base.institutions,
      frameworks: [...national.NATIONAL_FRAMEWORKS, ...(plugin?.frameworks ?? []), ...(options.frameworks ?? [])],
      places: { provinces: plugins.map((p) => p.meta.name), units: plugin?.units ? [...plugin.units] : [] },
    };
    const text = read.tree?.text ?? "";
    const rules = [...genericRules, ...(plugin?.rules ?? [])];
    const diagnostics = [...read.diagnostics, ...check({ plan, tree: read.tree, text, rules, config: options.config ?? {}, knowledge, locale })];
    const year = opts.year ?? plan.meta.planYear;
    let comparison: FileReport["comparison"] = null;
    if (opts.compare && year !== null) {
      const framework = effectiveFramework(knowledge.frameworks, { province: id, year, issued: plan.meta.issuedDate });
      if (framework.indicators.length > 0) {
        comparison = comparePlan(plan, framework, { aliases: plugin?.indicatorAliases ?? {} });
        diagnostics.push(...comparisonDiagnostics(plan, comparison, framework, text, locale));
      }
    }
    const { diagnostics: _own, ...planOnly } = plan;
    const report: FileReport = { file: input.fileName, plan: planOnly, diagnostics, comparison, summary: summarize(diagnostics), ruleset: { engine: "shim", rules: rules.length, province: id, frameworks: [] } };
    return { report, text, tree: read.tree, province: { id, evidence: plan.meta.provinceEvidence ?? null, problem: null } };
  }
  return { analyzeDetailed, analyze: async (i: EngineInput, o?: AnalyzeOptions) => (await analyzeDetailed(i, o)).report };
}
