import { dirname } from "node:path";
import { check, genericRules, resolveRules } from "@cdsvn/checker";
import { summarize, type Config, type FileReport, type Knowledge, type ProvincePlugin, type Rule } from "@cdsvn/core";
import * as national from "@cdsvn/national";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { Console, Effect, Option } from "effect";
import { Command, Flag } from "effect/cli";
import { findConfig, readConfig } from "../config.ts";
import { FindingsFound, SomeInputsFailed, UsageError } from "../errors.ts";
import { loadPlan, userPath } from "../io/load.ts";
import { files, lang } from "../options.ts";
import { emitReports, reportFormatFlag, reportFormats } from "../report-output.ts";

// TODO(plugins): replace with apps/cli/src/plugins.ts (plugin loading and province detection) when it lands.
const PLUGINS: readonly ProvincePlugin[] = [haTinh, haiPhong, ngheAn, thanhHoa];

const SRC = (document: string, note: string) => ({ document, note });
/**
 * Stopgap until @cdsvn/national exports its institutional facts: the three changes every commune
 * plan of 2025–2026 is checked against. Used only when national supplies none.
 */
const FALLBACK_INSTITUTIONS: Knowledge["institutions"] = [
  { id: "bo-tttt-merger", kind: "merger", old: ["Bộ Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "Bộ TT&TT", "Sở TT&TT", "Sở TTTT", "Bộ TTTT"], replacement: "Bộ/Sở Khoa học và Công nghệ", effectiveDate: "2025-03-01", description: "Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ", source: SRC("176/2025/QH15", "Nghị quyết của Quốc hội về cơ cấu tổ chức của Chính phủ"), confidence: "confirmed" },
  { id: "dvc-muc-do-3-4", kind: "concept-replaced", old: ["mức độ 3, mức độ 4", "mức độ 3, 4", "mức độ 3,4", "mức độ 3 và 4", "mức độ 3 và mức độ 4"], replacement: "dịch vụ công trực tuyến toàn trình / một phần", effectiveDate: "2022-08-01", description: "Nghị định 42/2022/NĐ-CP bỏ phân loại mức độ 3, 4", source: SRC("42/2022/NĐ-CP", "Điều 11"), confidence: "confirmed" },
  { id: "bo-phan-mot-cua-xa", kind: "rename", old: ["Bộ phận Một cửa", "Bộ phận tiếp nhận và trả kết quả"], replacement: "Trung tâm Phục vụ hành chính công cấp xã", effectiveDate: "2025-07-01", description: "Cấp xã tổ chức Trung tâm Phục vụ hành chính công", source: SRC("118/2025/NĐ-CP", "thực hiện thủ tục hành chính theo cơ chế một cửa"), confidence: "secondary" },
];

/** National knowledge, whatever of it @cdsvn/national exports so far. */
function nationalKnowledge(): Knowledge {
  const n = national as unknown as Partial<Record<string, unknown>>;
  const k = (n.knowledge ?? n.nationalKnowledge ?? {}) as Partial<Knowledge>;
  const pick = <T,>(v: unknown): readonly T[] => (Array.isArray(v) ? (v as T[]) : []);
  return {
    documents: pick(k.documents ?? n.documents ?? n.registry),
    institutions: pick<Knowledge["institutions"][number]>(k.institutions ?? n.institutions ?? n.institutionalFacts).length > 0
      ? pick(k.institutions ?? n.institutions ?? n.institutionalFacts)
      : FALLBACK_INSTITUTIONS,
    frameworks: pick(k.frameworks ?? n.frameworks),
  };
}

/** The knowledge and rules for a plan of `province`: national data, plus the province plugin's. */
export function knowledgeFor(province: string | null): { knowledge: Knowledge; rules: readonly Rule[]; plugin: ProvincePlugin | null } {
  const base = nationalKnowledge();
  const plugin = PLUGINS.find((p) => p.meta.id === province) ?? null;
  const provinces = PLUGINS.flatMap((p) => [p.meta.name, ...p.meta.names.map((x) => x.replace(/^(?:tỉnh|thành phố|TP\.?)\s+/iu, ""))]);
  return {
    knowledge: {
      documents: [...base.documents, ...PLUGINS.flatMap((p) => p.documents)],
      institutions: base.institutions,
      frameworks: [...base.frameworks, ...(plugin?.frameworks ?? [])],
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
