import { check, compareWithFrameworks } from "@cdsvn/checker";
import { summarize, type Config, type Diagnostic, type DocTree, type FileReport, type Knowledge, type Locale, type Plan } from "@cdsvn/core";
import * as Effect from "effect/Effect";
import type { InputError } from "./errors.ts";
import type * as Result from "effect/Result";
import { loadPlan } from "./io/load.ts";
import { VERSION } from "./version.ts";
import { resolveProvince, setupFor, withProvince, type ProvinceChoice, type ProvinceSetup } from "./plugins.ts";

/**
 * parse → validate → compare for one file, shared by `validate`, `compare`, `export` and the batch
 * run, so every command reports the same findings for the same file.
 */

/** Rules and knowledge for a province: national data plus the province plugin's (null: national only). */
export type KnowledgeSource = (province: string | null) => ProvinceSetup;

export interface PipelineOptions {
  readonly locale: Locale;
  /** `--province`: an id or any spelling of the name; when absent, the config's, else detected from the text. */
  readonly province?: string | null;
  /** Run the rules (validate, export, batch); `compare` alone reports only the framework findings. */
  readonly checks?: boolean;
  /** Compare with the province's framework (compare, export, batch); validate alone does not. */
  readonly compare?: boolean;
  /** cds.config.json settings (rule levels, province, year). */
  readonly config?: Config;
}

/** One file's report and the NFC text its spans point into (for quoting lines). */
export interface Analysis {
  readonly report: FileReport;
  readonly text: string;
  /** How the province was chosen, and why none was when none was. */
  readonly province: ProvinceChoice;
}

/** Knowledge per province, built once per process: a folder of 500 plans shares four or five. */
const knowledgeCache = new Map<string | null, ReturnType<KnowledgeSource>>();
export const cachedSetup: KnowledgeSource = (province) => {
  let k = knowledgeCache.get(province);
  if (!k) knowledgeCache.set(province, (k = setupFor(province)));
  return k;
};

/** The pure part: a plan already read → its report. */
export function analyzePlan(read: Plan, tree: DocTree | null, parseDiagnostics: readonly Diagnostic[], file: string, options: PipelineOptions, source: KnowledgeSource = cachedSetup): Analysis {
  const text = tree?.text ?? "";
  const choice = resolveProvince(read, text, options.province ?? options.config?.province ?? null);
  const province = choice.id;
  const plan = withProvince(read, province, choice.evidence ?? read.meta.provinceEvidence ?? null);
  const { knowledge, rules, plugin } = source(province);
  // The reader's notes; a plan read from JSON brings its own in plan.diagnostics.
  const diagnostics: Diagnostic[] = [...(parseDiagnostics.length > 0 ? parseDiagnostics : (plan.diagnostics ?? []))];
  if (options.checks !== false) {
    diagnostics.push(...check({ plan, tree, text, rules, config: options.config ?? {}, knowledge, locale: options.locale }));
  }
  let comparison: FileReport["comparison"] = null;
  const frameworks: string[] = [];
  if (options.compare) {
    // One call: the framework in force, the comparison and its findings, or an info saying exactly why not.
    const outcome = compareWithFrameworks({
      plan, text, frameworks: knowledge.frameworks, province, year: options.config?.planYear ?? null,
      aliases: plugin?.indicatorAliases ?? {}, config: options.config ?? {}, locale: options.locale,
    });
    diagnostics.push(...outcome.diagnostics);
    if (outcome.ran) {
      comparison = outcome.comparison;
      frameworks.push(...outcome.framework.frameworkIds);
    }
  }
  const { diagnostics: _own, ...planOnly } = plan;
  return {
    text,
    province: choice,
    report: {
      file,
      plan: planOnly,
      diagnostics,
      comparison,
      summary: summarize(diagnostics),
      ruleset: { engine: VERSION, rules: options.checks === false ? 0 : rules.length, province, frameworks },
    },
  };
}

/** A file → its analysis; a file that cannot be read at all is an InputError (exit 2 when nothing else is). */
export const analyzeFile = (file: string, options: PipelineOptions, source: KnowledgeSource = cachedSetup): Effect.Effect<Analysis, InputError> =>
  Effect.map(loadPlan(file), ({ plan, tree, diagnostics }) => analyzePlan(plan, tree, diagnostics, file, options, source));

/**
 * Many files → their analyses (or why each could not be read), in the files' order. Two at a time:
 * analysis is synchronous, so the second only overlaps its file read (stat, open, read) with the
 * first's parsing, instead of the CPU waiting on the disk between plans (about 0.5 ms of ~10 per plan).
 */
export const analyzeFiles = (
  files: readonly string[], options: PipelineOptions, onStart: (file: string) => void = () => {}, source: KnowledgeSource = cachedSetup,
): Effect.Effect<Array<Result.Result<Analysis, InputError>>> =>
  Effect.forEach(files, (file) => Effect.suspend(() => {
    onStart(file);
    return Effect.result(analyzeFile(file, options, source));
  }), { concurrency: 2 });
