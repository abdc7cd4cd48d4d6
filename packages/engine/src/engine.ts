import { cachedFrameworkSelector, check, compareWithFrameworks } from "@cdsvn/checker";
import { summarize, type Config, type Diagnostic, type DocTree, type FileReport, type Framework, type Locale, type ProvincePlugin } from "@cdsvn/core";
import { inputName, readInput, type AnalyzeInput } from "./input.ts";
import { parseNoteIn } from "./parse-note.ts";
import { provinceSetup, sharedKnowledge, type ProvinceSetup, type SharedKnowledge } from "./knowledge.ts";
import { chooseProvince, withProvince, type ProvinceChoice } from "./province/choice.ts";
import { createProvinceDetector, type ProvinceDetector } from "./province/detect.ts";
import { findPlugin } from "./province/names.ts";
import { ENGINE_VERSION } from "./version.ts";

/**
 * What an engine is built with, once for many plans: the province plugins, extra frameworks as data,
 * the config (rule levels and options, province, plan year) and the language of the findings.
 * Everything is data: the engine reads no file.
 */
export interface EngineOptions {
  /** Province plugins (the apps pass the four bundled ones, plus any loaded); none: national checks only. */
  readonly plugins?: readonly ProvincePlugin[];
  /** Frameworks given as data (a province's new targets, a file): added to the bundled ones; same id replaces. */
  readonly frameworks?: readonly Framework[];
  /** cds.config.json settings: rule levels and options, province, plan year. */
  readonly config?: Config;
  /** Language of the findings; default "vi" (or the config's). */
  readonly locale?: Locale;
}

/**
 * What one analysis does: run the rules, compare with the framework in force, and for which province,
 * plan year, config and language (each falls back to the engine's config, then to what the plan says).
 */
export interface AnalyzeOptions {
  /** Run the rules (default true); `cds compare` alone reports only the framework findings. */
  readonly checks?: boolean;
  /** Compare with the framework in force for the province and year (default false). */
  readonly compare?: boolean;
  /**
   * A plugin id or any spelling of a province name; else the config's; else detected from the text.
   * The report's `provinceEvidence` then says "--province" (or "cds.config.json" for the config's).
   */
  readonly province?: string | null;
  /** The plan year to check and compare for; else the config's; else the plan's. */
  readonly year?: number | null;
  /** Replaces the engine's config for this input (a config file found next to this plan). */
  readonly config?: Config;
  readonly locale?: Locale;
}

/** One input's report, with what a door needs to show it: the text lines point into, the tree, the province. */
export interface Analysis {
  readonly report: FileReport;
  /** The NFC text the report's spans and lines point into (a Plan JSON's facts text; "" when it has none). */
  readonly text: string;
  /** The document tree the reader built (an empty one for a Plan JSON input). */
  readonly tree: DocTree;
  /** How the province was chosen, and why none was when none was. */
  readonly province: ProvinceChoice;
}

/**
 * One pipeline with its caches (see `createEngine`): analyse inputs one after another, or read one
 * without checking it. Safe to share between many analyses; not tied to any file system.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { createEngine, InputRejected } from "@cdsvn/engine";
 *
 * const engine = createEngine();
 * const bytes = new Uint8Array(await readFile("ke-hoach.pdf"));
 * try {
 *   const { report, province } = await engine.analyzeDetailed({ bytes, fileName: "ke-hoach.pdf" }, { compare: true, year: 2026 });
 *   for (const d of report.diagnostics) console.log(d.severity, d.line, d.message);
 *   console.log(province, report.summary); // { errors, warnings, infos }
 * } catch (e) {
 *   if (e instanceof InputRejected) console.error(e.message); // "ke-hoach.pdf: …", one line, where it can
 *   else throw e;
 * }
 * ```
 */
export interface Engine {
  /** This engine's version (@cdsvn/engine's package.json), as written into every report's `ruleset.engine`. */
  readonly version: string;
  /** The plugins it was given, later ones replacing earlier ones with the same id. */
  readonly plugins: readonly ProvincePlugin[];
  /** The plugin for an id or any spelling of a province name, or null. */
  findPlugin(idOrName: string): ProvincePlugin | null;
  /** The knowledge and rules a plan of that province is checked with (null: national only). */
  setup(province: string | null): ProvinceSetup;
  /** An input's plan, tree and reader notes, without checking it (`cds parse`). Rejects with InputRejected. */
  read(input: AnalyzeInput): ReturnType<typeof readInput>;
  /** An input → its FileReport. Rejects with InputRejected when the input cannot be read at all. */
  analyze(input: AnalyzeInput, options?: AnalyzeOptions): Promise<FileReport>;
  /** Like analyze, with the text, the tree and the province choice. */
  analyzeDetailed(input: AnalyzeInput, options?: AnalyzeOptions): Promise<Analysis>;
}

/**
 * The pipeline every door uses: read → province → knowledge → check → compare → FileReport. Knows no
 * file system and no province by name: plugins and frameworks come in as data. What is the same for
 * many plans (shared knowledge, each province's setup, compiled province names, selected frameworks)
 * is built once per engine, so a folder of 500 plans pays for it once; the caches live and die with
 * the engine, never in module globals.
 *
 * @example
 * ```ts
 * import { createEngine } from "@cdsvn/engine";
 * import haTinh from "@cdsvn/plugin-ha-tinh";
 * const engine = createEngine({ plugins: [haTinh], locale: "vi" });
 * const report = await engine.analyze({ bytes, fileName: "ke-hoach.docx" }, { compare: true });
 * console.log(report.summary, report.comparison?.counts);
 * ```
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const plugins = uniqueById(options.plugins ?? []);
  const extraFrameworks = options.frameworks ?? [];
  const baseConfig = options.config ?? {};
  const setups = new Map<string | null, ProvinceSetup>();
  let shared: SharedKnowledge | null = null;
  let detector: ProvinceDetector | null = null;
  // The framework in force depends only on the province's frameworks, the year and the day the plan is read at.
  const selectFramework = cachedFrameworkSelector();

  const setup = (province: string | null): ProvinceSetup => {
    let s = setups.get(province);
    if (!s) setups.set(province, (s = provinceSetup(province, plugins, (shared ??= sharedKnowledge(plugins)), extraFrameworks)));
    return s;
  };

  const analyzeDetailed = async (input: AnalyzeInput, opts: AnalyzeOptions = {}): Promise<Analysis> => {
    const read = await readInput(input);
    const config = opts.config ?? baseConfig;
    const locale = opts.locale ?? options.locale ?? config.locale ?? "vi";
    const tree = read.tree;
    // A Plan JSON has no tree text but carries the document's text in its facts: detection, the rules and
    // the framework findings then read it, so the JSON is analysed line for line like its file.
    const text = tree.text || read.plan.facts?.text || "";
    const asked = opts.province ? { value: opts.province, from: "--province" } : config.province ? { value: config.province, from: "cds.config.json" } : null;
    const choice = chooseProvince(read.plan, text, asked, plugins, (detector ??= createProvinceDetector(plugins)), locale);
    const province = choice.id;
    const plan = withProvince(read.plan, province, choice.evidence ?? read.plan.meta.provinceEvidence ?? null);
    const { knowledge, rules, plugin } = setup(province);
    const year = opts.year ?? config.planYear ?? plan.meta.planYear;
    const checkConfig: Config = opts.year != null ? { ...config, planYear: opts.year } : config;

    // The reader's notes, worded in the run's language; a plan given as JSON brings its own in plan.diagnostics.
    const diagnostics: Diagnostic[] = (read.diagnostics.length > 0 ? read.diagnostics : (plan.diagnostics ?? [])).map((d) => parseNoteIn(d, locale));
    const checks = opts.checks !== false;
    if (checks) diagnostics.push(...check({ plan, tree, text, rules, config: checkConfig, knowledge, locale }));
    let comparison: FileReport["comparison"] = null;
    const frameworks: string[] = [];
    if (opts.compare) {
      // One call: the framework in force, the comparison and its findings, or a note saying exactly why not.
      const outcome = compareWithFrameworks({ plan, text, frameworks: knowledge.frameworks, province, year, aliases: plugin?.indicatorAliases ?? {}, config: checkConfig, locale, selectFramework });
      diagnostics.push(...outcome.diagnostics);
      if (outcome.ran) {
        comparison = outcome.comparison;
        frameworks.push(...outcome.framework.frameworkIds);
      }
    }
    const { diagnostics: _own, ...planOnly } = plan;
    return {
      text,
      tree,
      province: choice,
      report: {
        file: inputName(input),
        plan: planOnly,
        diagnostics,
        comparison,
        summary: summarize(diagnostics),
        ruleset: { engine: ENGINE_VERSION, rules: checks ? rules.length : 0, province, frameworks },
      },
    };
  };

  return {
    version: ENGINE_VERSION,
    plugins,
    findPlugin: (idOrName) => findPlugin(idOrName, plugins),
    setup,
    read: readInput,
    analyzeDetailed,
    analyze: async (input, opts) => (await analyzeDetailed(input, opts)).report,
  };
}

/** A later plugin replaces an earlier one with the same id in its place (a config's newer copy of a bundled plugin). */
function uniqueById(plugins: readonly ProvincePlugin[]): ProvincePlugin[] {
  const byId = new Map<string, ProvincePlugin>();
  for (const p of plugins) byId.set(p.meta.id, p);
  return [...byId.values()];
}
