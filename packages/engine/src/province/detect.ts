import { message, type Locale, type Plan, type ProvincePlugin } from "@cdsvn/core";
import { canonicalName, stripUnit, unitWord } from "./names.ts";

/**
 * What province detection found: one province (its plugin id, with the words that decided), several
 * contenders none of which leads clearly (each with its score and evidence), or null when nothing in
 * the plan points at any loaded province.
 */
export type ProvinceDetection =
  | { readonly id: string; readonly evidence: readonly string[] }
  | { readonly ambiguous: readonly { readonly id: string; readonly score: number; readonly evidence: readonly string[] }[] }
  | null;

/** How much one kind of clue counts. A unit word + name ("tỉnh Hà Tĩnh") is worth more than a bare name. */
const WEIGHT = { qualifiedName: 3, bareName: 1, formerName: 1, document: 1, readerGuess: 1 } as const;

/** The winner must lead the runner-up by this factor, or the province is ambiguous. */
const LEAD = 2;

interface PluginPatterns {
  readonly plugin: ProvincePlugin;
  /** One pattern per distinct name; whether a match is qualified is read off the text just before it. */
  readonly names: readonly RegExp[];
  readonly formers: readonly { readonly name: string; readonly pattern: RegExp }[];
}

/** Finds the province of a plan among the plugins it was built with. */
export type ProvinceDetector = (plan: Plan, text: string, locale?: Locale) => ProvinceDetection;

/**
 * A detector for a set of plugins, their name patterns compiled once (a folder of plans shares them).
 *
 * It weighs the province named with its unit word ("tỉnh Hà Tĩnh", "thành phố Hải Phòng", "UBND tỉnh …",
 * "Sở Khoa học và Công nghệ tỉnh …"), the bare name, former names (Hải Dương, merged into Hải Phòng), and
 * cited province documents whose symbol and date both match. Names are matched case-sensitively on their
 * capitals so that "công nghệ an toàn" is not Nghệ An. It returns the winner with the evidence, the
 * contenders when no province leads clearly, or null when nothing points at any.
 */
export function createProvinceDetector(plugins: readonly ProvincePlugin[]): ProvinceDetector {
  const compiled = plugins.map(patternsOf);
  return (plan, text, locale = "vi") => {
    const raw = text.normalize("NFC");
    const scored = compiled.map(({ plugin, names, formers }) => {
      const evidence: string[] = [];
      let score = 0;
      for (const name of names) {
        const { qualified, all } = countNameMatches(raw, name);
        if (qualified > 0) { score += WEIGHT.qualifiedName * qualified; evidence.push(message(locale, "engine.evidence.qualifiedName", { unit: unitWord(plugin), name: plugin.meta.name, count: String(qualified) })); }
        const bare = all - qualified;
        if (bare > 0) { score += WEIGHT.bareName * bare; evidence.push(message(locale, "engine.evidence.bareName", { name: plugin.meta.name, count: String(bare) })); }
      }
      for (const former of formers) {
        const count = countMatches(raw, former.pattern);
        if (count > 0) { score += WEIGHT.formerName * count; evidence.push(message(locale, "engine.evidence.formerName", { former: former.name, name: plugin.meta.name, count: String(count) })); }
      }
      for (const basis of plan.legalBases) {
        const doc = plugin.documents.find((d) => d.symbol === basis.symbol && d.signedDate !== null && basis.date !== null && d.signedDate === basis.date);
        if (doc) { score += WEIGHT.document; evidence.push(message(locale, "engine.evidence.citesDocument", { symbol: doc.symbol, date: writtenDate(doc.signedDate ?? "", locale) })); }
      }
      if (plan.meta.province === plugin.meta.id) { score += WEIGHT.readerGuess; evidence.push(message(locale, "engine.evidence.readerGuess")); }
      return { id: plugin.meta.id, score, evidence };
    });
    const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
    const [first, second] = ranked;
    if (!first) return null;
    if (second && first.score < LEAD * second.score) return { ambiguous: ranked };
    return { id: first.id, evidence: first.evidence };
  };
}

/**
 * The text is searched as it is; each name is searched in both tone placements ("Thanh Hóa", "Thanh
 * Hoá") and with any run of spaces between its words. The literal comes first so the regex engine can
 * search for it; the letter before a match is checked by hand (countNameMatches).
 */
function patternsOf(plugin: ProvincePlugin): PluginPatterns {
  const names = [...new Set(plugin.meta.names.map((n) => canonicalName(stripUnit(n))))].map((n) => new RegExp(`${spellings(n)}(?![\\p{L}])`, "gu"));
  const formers = [...new Set((plugin.meta.formerNames ?? []).map(stripUnit))].map((name) => ({
    name,
    pattern: new RegExp(`${spellings(canonicalName(name))}(?![\\p{L}])`, "gu"),
  }));
  return { plugin, names, formers };
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
const SPACE = /\s/u;

/** Matches of `re` that do not continue a word (no letter just before). */
function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (startsWord(text, m.index)) n++;
  return n;
}

const startsWord = (text: string, at: number) => at === 0 || !LETTER.test(text[at - 1]!);

/** The unit words a plan writes before a province's name, each as it is spelt (case matters, as for the names). */
const UNIT_WORDS = ["tỉnh", "Tỉnh", "TỈNH", "thành phố", "Thành phố", "THÀNH PHỐ", "TP.", "TP"];

/**
 * The matches of a name's pattern that start a word (`all`), and how many of them follow a unit word
 * and spaces ("tỉnh Hà Tĩnh", "TP. Hải Phòng"), the unit word itself starting a word (`qualified`).
 * One scan of the text per name: the unit word is read back from each match, not searched for.
 */
function countNameMatches(text: string, name: RegExp): { qualified: number; all: number } {
  let qualified = 0, all = 0;
  name.lastIndex = 0;
  for (let m = name.exec(text); m; m = name.exec(text)) {
    if (!startsWord(text, m.index)) continue;
    all++;
    if (afterUnitWord(text, m.index)) qualified++;
  }
  return { qualified, all };
}

/** Whether `text` has a unit word, then at least one space, just before `at`. */
function afterUnitWord(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  if (end === at) return false;
  const word = UNIT_WORDS.find((w) => text.endsWith(w, end));
  return word !== undefined && startsWord(text, end - word.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A date as a reader of that language writes it: 2025-05-10 → "10/05/2025" (vi); ISO stays for en. */
function writtenDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && locale === "vi" ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
