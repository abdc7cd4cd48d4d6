/**
 * The province plugins the CLI knows, province detection, and the knowledge (documents, institutional
 * facts, frameworks) a check or a comparison runs with. The four plugins are imported statically:
 * nothing is loaded from disk or the network at run time.
 */
import { genericRules } from "@cdsvn/checker";
import { canonicalTones, toAscii, type Knowledge, type Plan, type ProvincePlugin, type Rule } from "@cdsvn/core";
import * as national from "@cdsvn/national";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";

export function loadPlugins(): readonly ProvincePlugin[] {
  return [haTinh, haiPhong, thanhHoa, ngheAn];
}

export type ProvinceDetection =
  | { readonly id: string; readonly evidence: readonly string[] }
  | { readonly ambiguous: readonly { readonly id: string; readonly score: number; readonly evidence: readonly string[] }[] }
  | null;

/** How much one kind of clue counts. A unit word + name ("tỉnh Hà Tĩnh") is worth more than a bare name. */
const WEIGHT = { qualifiedName: 3, bareName: 1, formerName: 1, document: 1, readerGuess: 1 } as const;
interface PluginPatterns {
  readonly names: readonly { readonly qualified: RegExp; readonly bare: RegExp }[];
  readonly formers: readonly { readonly name: string; readonly pattern: RegExp }[];
}

/** A plugin's name patterns, compiled once per plugin (a folder of plans shares them). */
const patternCache = new WeakMap<ProvincePlugin, PluginPatterns>();
function patternsOf(plugin: ProvincePlugin): PluginPatterns {
  let p = patternCache.get(plugin);
  if (p) return p;
  // The text is searched as it is; each name is searched in both tone placements ("Thanh Hóa",
  // "Thanh Hoá") and with any run of spaces between its words. The literal comes first so the engine
  // can search for it; the letter before a match is checked by hand (countMatches).
  const names = [...new Set(plugin.meta.names.map((n) => canonical(stripUnit(n))))].map((n) => ({
    qualified: new RegExp(`(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ|TP\\.?)\\s+${spellings(n)}(?![\\p{L}])`, "gu"),
    bare: new RegExp(`${spellings(n)}(?![\\p{L}])`, "gu"),
  }));
  const formers = [...new Set((plugin.meta.formerNames ?? []).map(stripUnit))].map((name) => ({
    name,
    pattern: new RegExp(`${spellings(canonical(name))}(?![\\p{L}])`, "gu"),
  }));
  p = { names, formers };
  patternCache.set(plugin, p);
  return p;
}

/** The winner must lead the runner-up by this factor, or the province is ambiguous. */
const LEAD = 2;

/**
 * Finds the province of a plan from its text: the province named with its unit word ("tỉnh Hà
 * Tĩnh", "thành phố Hải Phòng", "UBND tỉnh …", "Sở Khoa học và Công nghệ tỉnh …"), the bare name,
 * former names (Hải Dương, merged into Hải Phòng), and cited province documents whose symbol and
 * date both match. Names are matched case-sensitively on their capitals so that "công nghệ an
 * toàn" is not Nghệ An. Returns the winner with the evidence, the contenders when no province leads
 * clearly, or null when nothing points at any.
 */
export function detectProvince(plan: Plan, text: string, plugins: readonly ProvincePlugin[]): ProvinceDetection {
  const raw = text.normalize("NFC");
  const scored = plugins.map((plugin) => {
    const evidence: string[] = [];
    let score = 0;
    const { names, formers } = patternsOf(plugin);
    for (const n of names) {
      const qualified = countMatches(raw, n.qualified);
      if (qualified > 0) { score += WEIGHT.qualifiedName * qualified; evidence.push(`"${unitWord(plugin)} ${plugin.meta.name}" ×${qualified}`); }
      const bare = countMatches(raw, n.bare) - qualified;
      if (bare > 0) { score += WEIGHT.bareName * bare; evidence.push(`"${plugin.meta.name}" ×${bare}`); }
    }
    for (const former of formers) {
      const count = countMatches(raw, former.pattern);
      if (count > 0) { score += WEIGHT.formerName * count; evidence.push(`"${former.name}" (merged into ${plugin.meta.name}) ×${count}`); }
    }
    for (const basis of plan.legalBases) {
      const doc = plugin.documents.find((d) => d.symbol === basis.symbol && d.signedDate !== null && basis.date !== null && d.signedDate === basis.date);
      if (doc) { score += WEIGHT.document; evidence.push(`cites ${doc.symbol} of ${doc.signedDate}`); }
    }
    if (plan.meta.province === plugin.meta.id) { score += WEIGHT.readerGuess; evidence.push("the reader's guess"); }
    return { id: plugin.meta.id, score, evidence };
  });
  const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first) return null;
  if (second && first.score < LEAD * second.score) return { ambiguous: ranked };
  return { id: first.id, evidence: first.evidence };
}

/** The plan with meta.province set from `--province` or from detection; the evidence says how it was known. */
export function withProvince(plan: Plan, province: string | null, evidence: string | null): Plan {
  return { ...plan, meta: { ...plan.meta, province, provinceEvidence: evidence } };
}

/** What a check or comparison of one plan runs with. */
export interface ProvinceSetup {
  readonly knowledge: Knowledge;
  /** The generic rules plus the province plugin's. */
  readonly rules: readonly Rule[];
  readonly plugin: ProvincePlugin | null;
}

/**
 * The knowledge and rules for a plan of `provinceId`: @cdsvn/national's registry and institutional
 * facts, every plugin's documents (a plan cites its neighbours' too, and a citation is checked against
 * the one document it names), the national frameworks plus the province's, the names of places the
 * plugins know (for spelling), and the generic rules plus the plugin's. An unknown or null province
 * gives the national knowledge and the generic rules alone, so the generic checks still run.
 */
export function setupFor(provinceId: string | null, plugins: readonly ProvincePlugin[] = loadPlugins()): ProvinceSetup {
  const plugin = plugins.find((p) => p.meta.id === provinceId) ?? null;
  const base = national.knowledge(plugins);
  const provinces = plugins.flatMap((p) => [p.meta.name, ...p.meta.names.map(stripUnit)]);
  return {
    knowledge: {
      documents: base.documents,
      institutions: base.institutions,
      frameworks: [...national.NATIONAL_FRAMEWORKS, ...(plugin?.frameworks ?? [])],
      places: { provinces: [...new Set(provinces)], units: plugin?.units ? [...plugin.units] : [] },
    },
    rules: [...genericRules, ...(plugin?.rules ?? [])],
    plugin,
  };
}

/** The knowledge part of `setupFor`. */
export function knowledgeFor(provinceId: string | null, plugins: readonly ProvincePlugin[] = loadPlugins()): Knowledge {
  return setupFor(provinceId, plugins).knowledge;
}

/** The province a plan is checked for, and how it was known; `problem` says why none was chosen. */
export interface ProvinceChoice {
  readonly id: string | null;
  readonly evidence: string | null;
  readonly problem: { readonly kind: "ambiguous"; readonly candidates: readonly string[] } | { readonly kind: "unknown" } | null;
}

/**
 * `--province` (or the config's) when given, else detection from the text. An id no plugin has
 * (a province without a plugin) is kept as the reader found it, with only national checks.
 */
export function resolveProvince(plan: Plan, text: string, forced: string | null, plugins: readonly ProvincePlugin[] = loadPlugins()): ProvinceChoice {
  if (forced !== null) {
    const plugin = findPlugin(forced, plugins);
    return { id: plugin?.meta.id ?? forced, evidence: "--province", problem: null };
  }
  const detected = detectProvince(plan, text, plugins);
  if (detected && "id" in detected) return { id: detected.id, evidence: detected.evidence.join("; "), problem: null };
  if (detected) return { id: null, evidence: null, problem: { kind: "ambiguous", candidates: detected.ambiguous.map((c) => c.id) } };
  // No plugin's province: keep the reader's slug (a province the toolkit has no plugin for).
  if (plan.meta.province) return { id: plan.meta.province, evidence: plan.meta.provinceEvidence ?? null, problem: null };
  return { id: null, evidence: null, problem: { kind: "unknown" } };
}

/** The plugin for an id, accepting any spelling of the province's name ("Thanh Hoá", "hai phong"). */
export function findPlugin(idOrName: string, plugins: readonly ProvincePlugin[] = loadPlugins()): ProvincePlugin | null {
  const key = toAscii(stripUnit(idOrName.trim())).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return plugins.find((p) => p.meta.id === key || p.meta.names.some((n) => toAscii(stripUnit(n)).replace(/[^a-z0-9]+/g, "-") === key)) ?? null;
}

function stripUnit(name: string): string {
  return name.replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, "").trim();
}

function unitWord(plugin: ProvincePlugin): string {
  return plugin.meta.kind === "thanh-pho" ? "thành phố" : "tỉnh";
}

/** A name with the tone marks of "oa", "oe", "uy" on one canonical vowel and single spaces, case kept. */
function canonical(name: string): string {
  return canonicalTones(name.normalize("NFC")).replace(/\s+/g, " ").trim();
}

/** The other placement of those tone marks ("Hóa" → "Hoá"), as documents also write them. */
function otherTones(name: string): string {
  return name
    .normalize("NFD")
    .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])(?![\p{L}\p{M}])/gu, "$1$3$2")
    .replace(/(?<![qQ])([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\p{L}\p{M}])/gu, "$1$3$2")
    .normalize("NFC");
}

/** A pattern for a name in either tone placement, any run of spaces between its words. */
function spellings(name: string): string {
  const forms = [...new Set([name, otherTones(name)])];
  return `(?:${forms.map((f) => f.split(" ").map(escape).join("\\s+")).join("|")})`;
}

const LETTER = /\p{L}/u;

/** Matches of `re` that do not continue a word (no letter just before). */
function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const m of text.matchAll(re)) if (m.index === 0 || !LETTER.test(text[m.index - 1]!)) n++;
  return n;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
