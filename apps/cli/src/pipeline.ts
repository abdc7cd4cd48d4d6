import { check, comparePlan, comparisonDiagnostics, effectiveFramework } from "@cdsvn/checker";
import { summarize, type Config, type Diagnostic, type DocTree, type FileReport, type Knowledge, type Locale, type Plan, type ProvincePlugin, type Rule } from "@cdsvn/core";
import * as Effect from "effect/Effect";
import { VERSION_FOR_REPORTS } from "./commands/compare-version.ts";
import { knowledgeFor } from "./commands/validate.ts";
import type { InputError } from "./errors.ts";
import type * as Result from "effect/Result";
import { loadPlan } from "./io/load.ts";

/**
 * parse → validate → compare for one file, shared by `export` and the batch run (and open to
 * `validate` and `compare`), so every command reports the same findings for the same file.
 */

/** Rules and knowledge for a province: national data plus the province plugin's (null: national only). */
export type KnowledgeSource = (province: string | null) => { knowledge: Knowledge; rules: readonly Rule[]; plugin: ProvincePlugin | null };

export interface PipelineOptions {
  readonly locale: Locale;
  /** Province slug; when absent, the one the reader found in the plan. */
  readonly province?: string | null;
  /** Compare with the province's framework (compare, export, batch); validate alone does not. */
  readonly compare?: boolean;
  /** cds.config.json settings (rule levels, province, year). */
  readonly config?: Config;
}

/** One file's report and the NFC text its spans point into (for quoting lines). */
export interface Analysis {
  readonly report: FileReport;
  readonly text: string;
}

/** Knowledge per province, built once per process: a folder of 500 plans shares four or five. */
const knowledgeCache = new Map<string | null, ReturnType<KnowledgeSource>>();
const cachedKnowledge: KnowledgeSource = (province) => {
  let k = knowledgeCache.get(province);
  if (!k) knowledgeCache.set(province, (k = knowledgeFor(province)));
  return k;
};

/**
 * The framework a plan is held to, per knowledge, province and year: built once and shared by every
 * plan of the batch that has them (the result is read, never changed, by compare and its diagnostics).
 */
const frameworkCache = new WeakMap<Knowledge, Map<string, ReturnType<typeof effectiveFramework>>>();
function frameworkFor(knowledge: Knowledge, province: string | null, year: number): ReturnType<typeof effectiveFramework> {
  let byKey = frameworkCache.get(knowledge);
  if (!byKey) frameworkCache.set(knowledge, (byKey = new Map()));
  const key = `${province ?? ""}\u0000${year}`;
  let framework = byKey.get(key);
  if (!framework) byKey.set(key, (framework = effectiveFramework(knowledge.frameworks, { province, year })));
  return framework;
}

/** The pure part: a plan already read → its report. */
export function analyzePlan(plan: Plan, tree: DocTree | null, parseDiagnostics: readonly Diagnostic[], file: string, options: PipelineOptions, source: KnowledgeSource = cachedKnowledge): Analysis {
  const text = tree?.text ?? "";
  const province = options.province ?? options.config?.province ?? plan.meta.province ?? null;
  const { knowledge, rules, plugin } = source(province);
  // The reader's notes; a plan read from JSON brings its own in plan.diagnostics.
  const diagnostics: Diagnostic[] = [...(parseDiagnostics.length > 0 ? parseDiagnostics : (plan.diagnostics ?? []))];
  diagnostics.push(...check({ plan, tree, text, rules, config: options.config ?? {}, knowledge, locale: options.locale }));
  let comparison: FileReport["comparison"] = null;
  const frameworks: string[] = [];
  const year = options.config?.planYear ?? plan.meta.planYear;
  if (options.compare && year !== null) {
    const framework = frameworkFor(knowledge, province, year);
    if (framework.indicators.length > 0) {
      comparison = comparePlan(plan, framework, { aliases: plugin?.indicatorAliases ?? {} });
      diagnostics.push(...comparisonDiagnostics(plan, comparison, framework, text, options.locale));
      frameworks.push(...framework.frameworkIds);
    }
  }
  const { diagnostics: _own, ...planOnly } = plan;
  return {
    text,
    report: {
      file,
      plan: planOnly,
      diagnostics,
      comparison,
      summary: summarize(diagnostics),
      ruleset: { engine: VERSION_FOR_REPORTS, rules: rules.length, province, frameworks },
    },
  };
}

/** A file → its analysis; a file that cannot be read at all is an InputError (exit 2 when nothing else is). */
export const analyzeFile = (file: string, options: PipelineOptions, source: KnowledgeSource = cachedKnowledge): Effect.Effect<Analysis, InputError> =>
  Effect.map(loadPlan(file), ({ plan, tree, diagnostics }) => analyzePlan(plan, tree, diagnostics, file, options, source));

/**
 * Many files → their analyses (or why each could not be read), in the files' order. Two at a time:
 * analysis is synchronous, so the second only overlaps its file read (stat, open, read) with the
 * first's parsing, instead of the CPU waiting on the disk between plans (about 0.5 ms of ~10 per plan).
 */
export const analyzeFiles = (
  files: readonly string[], options: PipelineOptions, onStart: (file: string) => void = () => {}, source: KnowledgeSource = cachedKnowledge,
): Effect.Effect<Array<Result.Result<Analysis, InputError>>> =>
  Effect.forEach(files, (file) => Effect.suspend(() => {
    onStart(file);
    return Effect.result(analyzeFile(file, options, source));
  }), { concurrency: 2 });
