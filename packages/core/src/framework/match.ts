import { expandAbbreviations } from "../text/abbreviations.ts";
import { matchKey } from "../text/normalize.ts";
import { ownCopy } from "../text/own-copy.ts";
import type { FrameworkIndicator } from "./model.ts";

/**
 * Matching a plan's indicator wording to the framework indicator it measures.
 *
 * Plans paraphrase: "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", "tỉ lệ hồ sơ thủ tục hành chính được xử
 * lý trực tuyến". Both sides go through one normaliser (NFC, abbreviations expanded, tone marks and
 * punctuation folded away), then an indicator is a candidate when its name or an alias matches, or
 * when every keyword group is present, or when enough of its words are. Two guards keep look-alikes
 * apart: `excludes` (phrases that mean another indicator), and the subject a percentage counts
 * ("tỷ lệ hồ sơ …" counts dossiers, "tỷ lệ thủ tục …" counts procedures), read from the head of the
 * wording or from its "trên tổng số …" denominator.
 */

export type MatchReason = "name" | "alias" | "keywords" | "text";

/**
 * A framework indicator matched to a plan wording by `rankIndicators`/`matchIndicator`: the indicator,
 * a score from 0 to 1 (1: the very name or an alias), why it matched and what matched.
 */
export interface IndicatorMatch {
  readonly indicator: FrameworkIndicator;
  /** 0–1; 1 is the same wording as the name or an alias. */
  readonly score: number;
  readonly reason: MatchReason;
  /** What matched, for a reader: the alias, the keyword groups, or the shared words. */
  readonly detail: string;
}

/**
 * Tuning of the indicator matcher: extra wordings by indicator code (a plugin's `indicatorAliases`) and
 * the least score a match must reach.
 */
export interface MatchOptions {
  /** Candidates scoring below this are dropped (default 0.5). */
  readonly minScore?: number;
  /** Extra wordings per indicator code (a plugin's `indicatorAliases`). */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

/**
 * What a percentage can count, by the noun phrase that starts the wording or follows "trên tổng
 * số". Folded (ASCII) phrases; longer phrases are tried first, so "ho so cong viec" wins over "ho so".
 */
export const SUBJECT_CLASSES: Readonly<Record<string, readonly string[]>> = {
  "ho-so-cong-viec": ["ho so cong viec"],
  "van-ban": ["van ban"],
  "ho-so": ["ho so"],
  "ket-qua": ["ket qua"],
  "thu-tuc": ["thu tuc hanh chinh", "thu tuc", "dich vu cong truc tuyen", "dich vu cong"],
  "nguoi-dan": ["nguoi dan", "dan so", "cong dan", "nguoi truong thanh", "nguoi lao dong", "nguoi su dung"],
  "doanh-nghiep": ["doanh nghiep", "co so san xuat", "ho kinh doanh", "hop tac xa"],
  "can-bo": ["can bo", "cong chuc", "vien chuc"],
  "co-quan": ["co quan", "don vi", "dang uy", "chinh quyen", "uy ban nhan dan"],
  "giao-dich": ["giao dich"],
  "ho-gia-dinh": ["ho gia dinh"],
  "du-lieu": ["co so du lieu", "du lieu"],
  "co-so": ["co so giao duc", "truong hoc", "tram y te", "co so"],
  "nhiem-vu": ["nhiem vu"],
  "thong-tin": ["thong tin", "giay to", "tai lieu"],
  "he-thong": ["he thong thong tin", "he thong", "may tinh", "phan mem", "thiet bi"],
};

const SUBJECT_PHRASES: ReadonlyArray<readonly [string, string]> = Object.entries(SUBJECT_CLASSES)
  .flatMap(([cls, phrases]) => phrases.map((p) => [p, cls] as const))
  .sort((a, b) => b[0].length - a[0].length);

/** Words that say nothing about what is measured. */
const STOPWORDS = new Set(
  "ty le ti so cac nhung duoc va cua tren trong cho theo dat tai co la den voi tu nay do mot hoac khi de bang %".split(" "),
);

const LEAD_RE = /^(?:(?:ty le|ti le|%|phan tram|so luong|cac|nhung|toan bo)\s+)+/;

/** The normalised form both sides are compared in: abbreviations expanded, folded, "tỉ" ≡ "tỷ". */
export function normaliseWording(text: string): string {
  return matchKey(expandAbbreviations(text)).replace(/\bti le\b/g, "ty le");
}

function stripLead(key: string): string {
  return key.replace(LEAD_RE, "");
}

function classOfHead(key: string): string | null {
  for (const [phrase, cls] of SUBJECT_PHRASES) {
    if (key === phrase || key.startsWith(`${phrase} `)) return cls;
  }
  return null;
}

/**
 * The subject class a wording counts: its "trên tổng số X" denominator when it states one, else
 * the noun phrase it starts with, else null (wordings that start with a verb: "cung cấp …").
 */
export function subjectOf(wording: string): string | null {
  const key = normaliseWording(wording);
  const denominator = /\btren tong so (?:cac )?([^]*)$/.exec(key);
  if (denominator) {
    const cls = classOfHead(denominator[1]!);
    if (cls) return cls;
  }
  return classOfHead(stripLead(key));
}

function words(key: string): Set<string> {
  return new Set(key.split(" ").filter((w) => w.length > 0 && !STOPWORDS.has(w)));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** One wording of an indicator, with what scoring needs of it computed once. */
interface PreparedWording {
  readonly key: string;
  /** ` ${key} `, for whole-word containment tests without building it on every comparison. */
  readonly padded: string;
  readonly kind: "name" | "alias";
  readonly words: Set<string>;
  readonly wordCount: number;
}

interface Prepared {
  readonly indicator: FrameworkIndicator;
  readonly wordings: readonly PreparedWording[];
  readonly keywordGroups: ReadonlyArray<readonly string[]>;
  /** The keyword groups' alternatives as ` ${alt} ` (same order), for `has`-style tests. */
  readonly paddedKeywordGroups: ReadonlyArray<readonly string[]>;
  /** The excludes as ` ${phrase} `. */
  readonly paddedExcludes: readonly string[];
}

/**
 * Each indicator's normalised wordings, built once per process, not once per plan or per comparison:
 * a batch of 500 plans would otherwise normalise every framework indicator thousands of times. With a
 * plugin's extra aliases the entry is kept per aliases array (the plugin's own, the same every call).
 */
const prepared = new WeakMap<FrameworkIndicator, Prepared>();
const NO_ALIASES: readonly string[] = [];
const preparedWithAliases = new WeakMap<FrameworkIndicator, WeakMap<readonly string[], Prepared>>();

function prepare(indicator: FrameworkIndicator, extra: readonly string[]): Prepared {
  if (extra.length === 0) {
    let p = prepared.get(indicator);
    if (!p) prepared.set(indicator, (p = build(indicator, extra)));
    return p;
  }
  let byAliases = preparedWithAliases.get(indicator);
  if (!byAliases) preparedWithAliases.set(indicator, (byAliases = new WeakMap()));
  let p = byAliases.get(extra);
  if (!p) byAliases.set(extra, (p = build(indicator, extra)));
  return p;
}

function build(indicator: FrameworkIndicator, extra: readonly string[]): Prepared {
  const keywordGroups = indicator.keywords.map((k) => k.split("|").map((alt) => normaliseWording(alt)).filter(Boolean));
  return {
    indicator,
    wordings: [
      [stripLead(normaliseWording(indicator.name)), "name"] as const,
      ...[...indicator.aliases, ...extra].map((a) => [stripLead(normaliseWording(a)), "alias"] as const),
    ]
      .filter(([w]) => w.length > 0)
      .map(([key, kind]) => ({ key, padded: ` ${key} `, kind, words: words(key), wordCount: key.split(" ").length })),
    keywordGroups,
    paddedKeywordGroups: keywordGroups.map((alts) => alts.map((alt) => ` ${alt} `)),
    paddedExcludes: (indicator.excludes ?? []).map(normaliseWording).filter(Boolean).map((x) => ` ${x} `),
  };
}

/** The plan's wording, folded once for scoring against every indicator. */
interface Wording {
  readonly key: string;
  readonly padded: string;
  readonly words: Set<string>;
  readonly wordCount: number;
  readonly subject: string | null;
}

/**
 * The same wording is asked about by several callers (the comparison, the indicator-code analysis,
 * the plugins' rules), so its folded form is remembered. Least recently used first out: clearing the
 * whole cache when full made a batch larger than the cache fold every wording again, every time.
 */
const wordingCache = new Map<string, Wording | null>();
const WORDING_CACHE_LIMIT = 4096;

function planWording(slice: string): Wording | null {
  let w = wordingCache.get(slice);
  if (w !== undefined) {
    wordingCache.delete(slice);
    wordingCache.set(slice, w);
    return w;
  }
  // Remembered as its own copy, so the cache does not keep the plan it was cut from (text/own-copy.ts).
  const wording = ownCopy(slice);
  const key = stripLead(normaliseWording(wording));
  w = key.length === 0 ? null : { key, padded: ` ${key} `, words: words(key), wordCount: key.split(" ").length, subject: subjectOf(wording) };
  if (wordingCache.size >= WORDING_CACHE_LIMIT) wordingCache.delete(wordingCache.keys().next().value!);
  wordingCache.set(wording, w);
  return w;
}

function score(w: Wording, p: Prepared): IndicatorMatch | null {
  const { indicator } = p;
  const { key, subject } = w;
  // Every phrase and key here is non-empty, so `has(a, b)` is `padded(a).includes(padded(b))`.
  if (p.paddedExcludes.some((x) => w.padded.includes(x))) return null;
  if (subject !== null && indicator.subjects && indicator.subjects.length > 0 && !indicator.subjects.includes(subject)) {
    return null;
  }
  const mine = w.words;
  let best: IndicatorMatch | null = null;
  const consider = (m: IndicatorMatch) => {
    if (!best || m.score > best.score) best = m;
  };
  let bestDice = 0;
  let bestDiceWording = "";
  for (const { key: wording, padded, kind, words: theirs, wordCount } of p.wordings) {
    if (wording === key) return { indicator, score: 1, reason: kind, detail: wording };
    const d = dice(mine, theirs);
    if (d > bestDice) [bestDice, bestDiceWording] = [d, wording];
    const contained = (wordCount >= 4 && w.padded.includes(padded)) ||
      (w.wordCount >= 5 && padded.includes(w.padded));
    if (contained) consider({ indicator, score: 0.9, reason: kind, detail: wording });
  }
  if (p.keywordGroups.length > 0 && p.paddedKeywordGroups.every((alts) => alts.some((alt) => w.padded.includes(alt)))) {
    const matched = p.paddedKeywordGroups.map((alts, g) => p.keywordGroups[g]![alts.findIndex((alt) => w.padded.includes(alt))]!);
    const s = Math.min(0.89, 0.6 + 0.05 * p.keywordGroups.length + 0.2 * bestDice);
    consider({ indicator, score: s, reason: "keywords", detail: matched.join(" + ") });
  }
  // Shared words alone are weak evidence ("hồ sơ … trực tuyến" shares most words with several
  // indicators), so only a near-paraphrase counts.
  if (bestDice >= 0.8) consider({ indicator, score: 0.8 * bestDice, reason: "text", detail: bestDiceWording });
  return best;
}

/**
 * Every indicator the wording could measure, best first, one per indicator code (the same code in
 * several frameworks counts once). Several close scores mean the wording is ambiguous.
 */
export function rankIndicators(
  wording: string,
  indicators: readonly FrameworkIndicator[],
  options: MatchOptions = {},
): IndicatorMatch[] {
  const w = planWording(wording);
  if (w === null) return [];
  const minScore = options.minScore ?? 0.5;
  const byCode = new Map<string, IndicatorMatch>();
  for (const indicator of indicators) {
    const m = score(w, prepare(indicator, options.aliases?.[indicator.code] ?? NO_ALIASES));
    if (!m || m.score < minScore) continue;
    const seen = byCode.get(indicator.code);
    if (!seen || m.score > seen.score) byCode.set(indicator.code, m);
  }
  return [...byCode.values()].sort((a, b) => b.score - a.score || a.indicator.code.localeCompare(b.indicator.code));
}

/** The framework indicator a plan's wording measures, with the score and the reason, or null. */
export function matchIndicator(
  wording: string,
  indicators: readonly FrameworkIndicator[],
  options: MatchOptions = {},
): IndicatorMatch | null {
  return rankIndicators(wording, indicators, options)[0] ?? null;
}
