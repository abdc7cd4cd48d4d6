/**
 * The page's one adapter to the engine: everything the workers ask of `@cdsvn/engine` and of the
 * framework-file parser goes through here, so the rest of the page depends only on ./protocol.ts.
 */
import type { Framework, Locale, Rule } from "@cdsvn/core";
import { describeLocation, parseFrameworkFile } from "@cdsvn/reader";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { createEngine, InputRejected, refusalIn, type Engine } from "@cdsvn/engine";
import type { Analysis, AnalyzeSettings, FrameworkFile, FrameworkInfo, RuleExplanation } from "./protocol.ts";

/** The four bundled province plugins, as `cds` has them: the page loads nothing at run time. */
export const PLUGINS = [haTinh, haiPhong, thanhHoa, ngheAn];

/** A reason a user can act on, in the page's language, for a file the engine could not take. */
export class Unusable extends Error {}

/** One engine per language and framework file, reused across the plans of a batch (its caches with it). */
const engines = new Map<string, Engine>();
async function engineFor(locale: Locale, framework: FrameworkFile | null): Promise<Engine> {
  const key = `${locale}\u0000${framework ? `${framework.name}\u0000${framework.bytes.length}\u0000${hash(framework.bytes)}` : ""}`;
  let engine = engines.get(key);
  if (!engine) {
    const frameworks = framework ? (await readFramework(framework, locale)).frameworks : [];
    engine = createEngine({ plugins: PLUGINS, frameworks, locale });
    engines.set(key, engine);
  }
  return engine;
}

/** A plan file → its report, as `cds export` computes it (checks and the comparison with the framework in force). */
export async function analyze(fileName: string, bytes: Uint8Array, settings: AnalyzeSettings): Promise<Analysis> {
  const started = performance.now();
  const engine = await engineFor(settings.locale, settings.framework);
  try {
    const detailed = await engine.analyzeDetailed({ bytes, fileName }, { compare: true, province: settings.province, year: settings.year });
    const problem = detailed.province.problem;
    return {
      report: detailed.report,
      text: detailed.text,
      province: { id: detailed.province.id, evidence: detailed.province.evidence, problem: problem?.kind ?? null },
      ms: Math.round(performance.now() - started),
      explanations: explain(engine.setup(detailed.province.id).rules, detailed.report.diagnostics.map((d) => d.ruleId), settings.locale),
    };
  } catch (e) {
    throw new Unusable(reasonOf(e, settings.locale));
  }
}

/** A few lines of a plan, enough to run the reader, every rule and the comparison once. */
const WARM_UP_PLAN = [
  "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "Số: 01/KH-UBND", "An Phú, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH",
  "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026",
  "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;", "I. MỤC TIÊU", "- Trên 80% hồ sơ thủ tục hành chính được xử lý trực tuyến.",
  "II. NHIỆM VỤ", "1. Số hóa hồ sơ. Chủ trì: Văn phòng HĐND và UBND xã. Thời gian: Quý I/2026.", "III. KINH PHÍ", "Tổng kinh phí: 10.000.000 đồng.",
].join("\n");

/** Runs the engine once on a small plan so its code is compiled before the first real file. */
export async function warmUp(): Promise<void> {
  await analyze("warm-up.txt", new TextEncoder().encode(WARM_UP_PLAN), { locale: "vi", province: null, year: null, framework: null }).catch(() => {});
}

/** What each rule that reported checks and why, from the rules the engine ran for the plan's province. */
function explain(rules: readonly Rule[], ruleIds: readonly string[], locale: Locale): Record<string, RuleExplanation> {
  const out: Record<string, RuleExplanation> = {};
  for (const id of new Set(ruleIds)) {
    const docs = rules.find((r) => r.meta.id === id)?.meta.docs;
    if (docs) out[id] = { description: docs.description[locale], rationale: docs.rationale?.[locale] ?? null };
  }
  return out;
}

/** A framework file → what the page shows of it; throws Unusable with the located reason when it is not one. */
export async function frameworkInfo(file: FrameworkFile, locale: Locale): Promise<FrameworkInfo> {
  const { frameworks, notes } = await readFramework(file, locale);
  const years = frameworks.flatMap((f) => [f.years.from, f.years.to]);
  return {
    id: frameworks.map((f) => f.id).join(", "),
    name: frameworks.map((f) => f.title).join("; "),
    province: [...new Set(frameworks.map((f) => f.province ?? "—"))].join(", "),
    years: `${Math.min(...years)}–${Math.max(...years)}`,
    indicators: frameworks.reduce((n, f) => n + f.indicators.length, 0),
    notes,
  };
}

/**
 * A framework file (.json, .csv or .xlsx, the format `cds frameworks template` writes) → its frameworks,
 * by the reader's parser, as `cds compare --framework` reads it. Rows in error are left out and said so;
 * a file with nothing usable is refused with its first located problems.
 */
async function readFramework(file: FrameworkFile, locale: Locale): Promise<{ frameworks: Framework[]; notes: string[] }> {
  const { frameworks, problems } = await parseFrameworkFile(file.bytes, file.name);
  const notes = problems.map((p) => {
    const where = describeLocation(p.where, locale);
    return `${where ? `${where}: ` : ""}${p.message[locale]}`;
  });
  if (frameworks.length === 0 || frameworks.every((f) => f.indicators.length === 0)) {
    const none = locale === "vi" ? "không có chỉ tiêu nào dùng được" : "no usable indicator";
    throw new Unusable(`${file.name}: ${notes.slice(0, 3).join("; ") || none}`);
  }
  return { frameworks, notes };
}

/** The engine's reason, without the file name (the page shows it in the file's row), in the page's language, worded as the CLI words it. */
function reasonOf(e: unknown, locale: Locale): string {
  if (e instanceof InputRejected) return refusalIn(e, locale);
  return e instanceof Error ? e.message : String(e);
}

/** FNV-1a over the bytes: tells two framework files of one name and size apart. */
function hash(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}
