/**
 * The page's one adapter to the engine: everything the workers ask of `@cdsvn/engine` and of the
 * framework-file parser goes through here, so the rest of the page depends only on ./protocol.ts.
 */
import { Framework, type Locale, type Rule } from "@cdsvn/core";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { createEngine, InputRejected, type Engine } from "@cdsvn/engine";
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
    const frameworks = framework ? [await readFramework(framework, locale)] : [];
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
    throw new Unusable(reasonOf(e));
  }
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
  const f = await readFramework(file, locale);
  return { id: f.id, name: f.title, province: f.province, years: `${f.years.from}–${f.years.to}`, indicators: f.indicators.length };
}

async function readFramework(file: FrameworkFile, locale: Locale): Promise<Framework> {
  if (!/\.json$/i.test(file.name)) {
    throw new Unusable(locale === "vi" ? `${file.name}: chưa đọc được khung dạng .xlsx/.csv trong bản này; dùng tệp .json` : `${file.name}: .xlsx/.csv frameworks are not read by this build yet; use a .json file`);
  }
  const parsed = Framework.safeParse(json(file.bytes, file.name, locale));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Unusable(`${file.name}: ${issue ? `${issue.path.join(".") || "/"}: ${issue.message}` : "invalid"}`);
  }
  return parsed.data;
}

function json(bytes: Uint8Array, fileName: string, locale: Locale): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (e) {
    throw new Unusable(`${fileName}: ${locale === "vi" ? "không phải JSON hợp lệ" : "not valid JSON"} (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The engine's reason, without the file name (the page shows it in the file's row). */
function reasonOf(e: unknown): string {
  if (e instanceof InputRejected) return e.reason;
  return e instanceof Error ? e.message : String(e);
}

/** FNV-1a over the bytes: tells two framework files of one name and size apart. */
function hash(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}
