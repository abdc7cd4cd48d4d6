import { dirname } from "node:path";
import { check, genericRules, resolveRules } from "@cdsvn/checker";
import { summarize, type Config, type FileReport, type Knowledge, type ProvincePlugin, type Rule } from "@cdsvn/core";
import { knowledge as nationalKnowledge, NATIONAL_FRAMEWORKS } from "@cdsvn/national";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Command, Flag } from "effect/cli";
import { findConfig, readConfig } from "../config.ts";
import { FindingsFound, SomeInputsFailed, UsageError } from "../errors.ts";
import { loadPlan, userPath } from "../io/load.ts";
import { files, lang } from "../options.ts";
import { loadPlugins } from "../plugins.ts";
import { emitReports, reportFormatFlag, reportFormats } from "../report-output.ts";

/**
 * The knowledge and rules for a plan of `province`: @cdsvn/national's registry and institutional facts,
 * every plugin's documents (a plan cites its neighbours' too, and a citation is checked against the one
 * document it names), the national frameworks plus the province's, and the names of places the plugins
 * know (for spelling); the generic rules plus the province plugin's.
 */
export function knowledgeFor(province: string | null): { knowledge: Knowledge; rules: readonly Rule[]; plugin: ProvincePlugin | null } {
  const plugins = loadPlugins();
  const plugin = plugins.find((p) => p.meta.id === province) ?? null;
  const base = nationalKnowledge(plugins);
  const provinces = plugins.flatMap((p) => [p.meta.name, ...p.meta.names.map((x) => x.replace(/^(?:tỉnh|thành phố|TP\.?)\s+/iu, ""))]);
  return {
    knowledge: {
      documents: base.documents,
      institutions: base.institutions,
      frameworks: [...NATIONAL_FRAMEWORKS, ...(plugin?.frameworks ?? [])],
      places: { provinces: [...new Set(provinces)], units: plugin?.units ? [...plugin.units] : [] },
    },
    rules: [...genericRules, ...(plugin?.rules ?? [])],
    plugin,
  };
}

const maxWarnings = Flag.Int("max-warnings").pipe(
  Flag.withDescription("Exit 1 when there are more warnings than this (default: no limit)"),
  Flag.optional,
);
const configFlag = Flag.String("config").pipe(
  Flag.withDescription("Config file (default: the nearest cds.config.json above each plan)"),
  Flag.optional,
);

/** `cds validate <file…>`: every problem of each plan, with its place and why it matters. */
export const validate = Command.make(
  "validate",
  { files, format: reportFormatFlag, lang, maxWarnings, config: configFlag },
  Effect.fn(function* ({ files, format, lang, maxWarnings, config }) {
    yield* reportFormats(format); // a bad --format is a usage error before any file is read
    const explicit = Option.isSome(config) ? yield* Effect.try({ try: () => readConfig(userPath(config.value)), catch: (e) => e as UsageError }) : null;
    const reports: FileReport[] = [];
    const sources = new Map<string, string>();
    let failed = 0;
    for (const file of files) {
      const loaded = yield* Effect.result(loadPlan(file));
      if (loaded._tag === "Failure") {
        failed++;
        yield* Console.error(`cds: ${loaded.failure.message}`);
        continue;
      }
      const found = explicit ? null : findConfig(dirname(userPath(file)));
      const cfg: Config = explicit ?? (found ? yield* Effect.try({ try: () => readConfig(found), catch: (e) => e as UsageError }) : {});
      const { plan, tree, diagnostics: parseNotes } = loaded.success;
      const province = cfg.province ?? plan.meta.province;
      const { knowledge, rules, plugin } = knowledgeFor(province);
      const problems = resolveRules(rules, cfg).problems;
      if (problems.length > 0) return yield* new UsageError({ message: problems.map((p) => p.message).join("; ") });
      const text = tree?.text ?? "";
      const diagnostics = [...parseNotes, ...check({ plan, tree, text, rules, config: cfg, knowledge, locale: lang })];
      sources.set(file, text);
      reports.push({
        file,
        plan,
        diagnostics,
        summary: summarize(diagnostics),
        ruleset: { engine: "0.1.0", rules: rules.length, province: province ?? null, frameworks: (plugin?.frameworks ?? []).map((f) => f.id) },
      });
    }
    if (reports.length > 0) yield* emitReports(reports, format.length > 0 ? format : ["stylish"], { locale: lang, sources });
    if (failed > 0) return yield* new SomeInputsFailed({ failed });
    const errors = reports.reduce((n, r) => n + r.summary.errors, 0);
    const warnings = reports.reduce((n, r) => n + r.summary.warnings, 0);
    if (errors > 0 || (Option.isSome(maxWarnings) && warnings > maxWarnings.value)) return yield* new FindingsFound({ errors });
  }),
).pipe(Command.withDescription("Check plan files: budget arithmetic, percentages, years, consistency, legal references, outdated bodies (exit 1 on errors)"));
