import { summarize, type Diagnostic, type DocTree, type FileReport, type Framework, type Locale, type Plan, type ProvincePlugin } from "@cdsvn/core";
import { comparePlan, comparisonDiagnostics, effectiveFramework } from "@cdsvn/checker";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { Effect } from "effect";
import type { InputError } from "./errors.ts";
import { loadPlan } from "./io/load.ts";
import cliPackage from "../package.json" with { type: "json" };

/**
 * parse → validate → compare for one file, shared by `validate`, `compare`, `export` and the batch
 * run, so every command reports the same findings for the same file.
 */

/** What the checks need besides the plan: rules and frameworks. One instance per process. */
export interface Toolkit {
  readonly plugins: readonly ProvincePlugin[];
  readonly frameworks: readonly Framework[];
  /** Runs the rules on a plan (the validate step). */
  readonly check: (input: { plan: Plan; tree: DocTree | null; text: string; locale: Locale; province: string | null }) => Diagnostic[];
  readonly ruleCount: number;
}

const PLUGINS: readonly ProvincePlugin[] = [haTinh, haiPhong, ngheAn, thanhHoa];

/**
 * The toolkit every command uses. `check` is where the rule engine plugs in (validate.ts wires
 * @cdsvn/checker's engine here); until then only the reader's and the comparer's findings are reported.
 */
export const toolkit: Toolkit = {
  plugins: PLUGINS,
  frameworks: PLUGINS.flatMap((p) => p.frameworks),
  check: () => [],
  ruleCount: 0,
};

export interface PipelineOptions {
  readonly locale: Locale;
  /** Province slug; when absent, the one the reader found in the plan. */
  readonly province?: string | null;
  /** Compare with the province's framework (compare, export, batch); validate alone does not. */
  readonly compare?: boolean;
}

/** One file's report and the NFC text its spans point into (for quoting lines). */
export interface Analysis {
  readonly report: FileReport;
  readonly text: string;
}

/** The pure part: a plan already read → its report. */
export function analyzePlan(plan: Plan, tree: DocTree | null, parseDiagnostics: readonly Diagnostic[], file: string, options: PipelineOptions, kit: Toolkit = toolkit): Analysis {
  const text = tree?.text ?? "";
  const province = options.province ?? plan.meta.province ?? null;
  const diagnostics: Diagnostic[] = [...(plan.diagnostics ?? []), ...parseDiagnostics];
  diagnostics.push(...kit.check({ plan, tree, text, locale: options.locale, province }));
  let comparison: FileReport["comparison"] = null;
  const frameworks: string[] = [];
  const year = plan.meta.planYear;
  if (options.compare && year !== null) {
    const framework = effectiveFramework(kit.frameworks, { province, year });
    if (framework.indicators.length > 0) {
      const plugin = kit.plugins.find((p) => p.meta.id === province);
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
      ruleset: { engine: cliPackage.version, rules: kit.ruleCount, province, frameworks },
    },
  };
}

/** A file → its analysis; a file that cannot be read at all is an InputError (exit 2 when nothing else is). */
export const analyzeFile = (file: string, options: PipelineOptions, kit: Toolkit = toolkit): Effect.Effect<Analysis, InputError> =>
  Effect.map(loadPlan(file), ({ plan, tree, diagnostics }) => analyzePlan(plan, tree, diagnostics, file, options, kit));
