import { rankIndicators, type Confidence, type Framework, type FrameworkIndicator, type FrameworkTarget, type Level } from "@cdsvn/core";

/**
 * The one selector of the framework in force for a plan (national, the province's, and the user's).
 *
 * A target is held against a plan only when all of these hold:
 * - its document was issued on or before the plan's issue date, or, when the plan has none, before
 *   the plan year began (a July 2025 plan could not follow a December 2025 decision);
 * - the plan year is within the target's years;
 * - its level is the plan's (a commune plan answers commune targets, not the national aggregate);
 * - its indicator is not a total or share over many units ("100% số xã có cáp quang") and was not
 *   replaced by another concept before the plan ("DVCTT mức độ 4" after NĐ 42/2022/NĐ-CP).
 * Where the plan's dates are partial ("2025-07", "2025") each date is read as the last day it can
 * mean, for the plan and for the document alike.
 *
 * Of several versions of one framework id the latest in effect by that date applies. A province's
 * indicator overrides the national indicator with the same code or the code it `extends`. A user's
 * framework (origin "user") for a province replaces the bundled frameworks of that province for the
 * years it covers. Its rows need no keywords: a row with a national code, or whose name is worded
 * like a national indicator, takes that indicator's known wordings. A row with a national code
 * replaces that national target; a row linked only by its wording keeps the national row beside it,
 * so a province figure below the national floor does not hide the floor.
 */

/** One indicator of the effective framework, with the target in force for the year and level. */
export interface EffectiveIndicator {
  readonly indicator: FrameworkIndicator;
  readonly frameworkId: string;
  /** The target in force for the plan; null when none is (see `excluded`). */
  readonly target: FrameworkTarget | null;
  /** Targets for the year at other levels only (the indicator is not for communes). */
  readonly otherLevels: boolean;
  /** The framework's own confidence ("derived" frameworks never drive more than an info). */
  readonly frameworkConfidence: Confidence;
  /** Why no target is in force for the plan, when `target` is null and the reason is worth a row. */
  readonly excluded?: ExclusionReason;
}

/** Why an indicator with a target for the plan year is not held against the plan. */
export type ExclusionReason = "issued-after-plan" | "superseded" | "aggregate";

/**
 * The framework in force for one plan (`effectiveFramework`): the indicators held against it, each
 * with the one target in force or why none is, the frameworks it is made of (`frameworkIds`), the date
 * the plan is read at and every framework that covered the year before targets were set aside.
 */
export interface EffectiveFramework {
  readonly id: string;
  readonly version: string;
  readonly province: string | null;
  readonly year: number;
  readonly frameworkIds: readonly string[];
  readonly indicators: readonly EffectiveIndicator[];
  /** The date the plan is read at (ISO, the last day its issue date can mean), for messages. */
  readonly asOf: string;
  /** The frameworks whose years cover the plan year, before any target was set aside. */
  readonly covering: readonly string[];
}

/**
 * What selects the framework in force: the plan's province (null: national only), plan year, level
 * (default "commune") and issue date as far as the plan gives it.
 */
export interface SelectFrameworkOptions {
  readonly province: string | null;
  readonly year: number;
  /** The level the plan is written for (default "commune"). */
  readonly level?: Level;
  /** When the plan was issued ("2025-07-15", "2025-07", "2025"), when it says. */
  readonly issued?: string | null;
}

/**
 * The framework in force for a plan of `options.province` and `options.year`, out of `frameworks`
 * (national, plugins' and the user's). A target is held against the plan only when its document was
 * issued by the plan's issue date (else before the plan year), its years include the plan year, its
 * level is the plan's, and its indicator is neither an aggregate over many units nor superseded; of
 * several versions of one framework the latest in effect applies; a province's indicator overrides the
 * national one it extends; a user's framework replaces the bundled ones of its province. Pure; never
 * throws: when nothing covers the year, `covering` is empty and `indicators` too.
 *
 * @example
 * ```ts
 * import { effectiveFramework } from "@cdsvn/checker";
 * import { allFrameworks } from "@cdsvn/national";
 *
 * const inForce = effectiveFramework(allFrameworks([haTinh]), { province: "ha-tinh", year: 2026, issued: "2026-01-12" });
 * inForce.indicators.filter((e) => e.target !== null).map((e) => e.indicator.code);
 * ```
 */
export function effectiveFramework(frameworks: readonly Framework[], options: SelectFrameworkOptions): EffectiveFramework {
  const level = options.level ?? "commune";
  const asOf = readAsOf(options);
  const covering = frameworks.filter((f) => f.years.from <= options.year && options.year <= f.years.to && appliesTo(f, options.province));
  const userProvinces = new Set(covering.filter((f) => f.origin === "user" && f.province !== null).map((f) => f.province));
  const candidates = covering.filter((f) => !(f.origin !== "user" && f.province !== null && userProvinces.has(f.province)));
  const inForce = versionsInForce(candidates, asOf);
  const national = inForce.filter((f) => f.province === null && f.origin !== "user");
  const own = inForce.filter((f) => f.province !== null || f.origin === "user");
  const nationalIndicators = national.flatMap((f) => f.indicators);
  const nationalKey = national.map((f) => `${f.id}@${f.version}`).join("+");
  const overridden = new Set<string>();
  for (const fw of own) for (const ind of fw.indicators) overridden.add(fw.origin === "user" ? ind.code : (ind.extends ?? ind.code));
  const entries: { entry: EffectiveIndicator; rank: Rank }[] = [];
  for (const fw of [...national, ...own]) {
    const isOwn = own.includes(fw);
    for (const stated of fw.indicators) {
      if (!isOwn && overridden.has(stated.code)) continue;
      const ind = fw.origin === "user" ? withNationalWordings(stated, nationalIndicators, nationalKey) : stated;
      const entry = entryFor(fw, ind, options.year, level, asOf);
      if (entry) {
        const confirmed = Number(entry.target?.confidence === "confirmed" && fw.confidence === "confirmed");
        entries.push({ entry, rank: [Number(isOwn), Number(entry.target !== null), confirmed, entry.target ? documentDate(entry.target, fw) : ""] });
      }
    }
  }
  // One entry per code: the province's or user's over the national; one in force over one set aside;
  // a confirmed figure over a press one; then the later document (QĐ 2629 and the 2026 programme
  // both set "hồ sơ công việc").
  const byCode = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    const seen = byCode.get(e.entry.indicator.code);
    if (!seen || compareRank(e.rank, seen.rank) > 0) byCode.set(e.entry.indicator.code, e);
  }
  const chosen = [...byCode.values()].map((e) => e.entry);
  const used = [...national, ...own].filter((f) => chosen.some((e) => e.frameworkId === f.id && e.target !== null));
  return {
    id: used.map((f) => f.id).join("+") || `none@${options.year}`,
    version: used.map((f) => f.version).join("+"),
    province: options.province,
    year: options.year,
    frameworkIds: used.map((f) => f.id),
    indicators: chosen,
    asOf,
    covering: [...new Set(covering.map((f) => f.id))],
  };
}

/**
 * The day a plan is read at: its issue date as the last day it can mean, or, undated, the eve of its
 * year (a plan is written before the year it plans). Every date test of the selection is against it.
 */
export function readAsOf(options: Pick<SelectFrameworkOptions, "issued" | "year">): string {
  return options.issued ? endOf(options.issued) : `${options.year - 1}-12-31`;
}

type Rank = readonly [own: number, inForce: number, confirmed: number, date: string];

/**
 * A user's row with the wordings of the national indicator it names by code or restates: plans are
 * then matched to it as well as to the national one (and a link by wording is kept in `extends`).
 */
/** The score from which a user's row is taken to restate a national indicator (its keyword groups all present, or a near-paraphrase). */
const LINK = 0.8;

/**
 * Linking ranks the row's name against every national indicator: done once per row and national set,
 * not once per plan of a batch.
 */
const linked = new WeakMap<FrameworkIndicator, { readonly key: string; readonly result: FrameworkIndicator }>();

function withNationalWordings(ind: FrameworkIndicator, national: readonly FrameworkIndicator[], nationalKey: string): FrameworkIndicator {
  const seen = linked.get(ind);
  if (seen?.key === nationalKey) return seen.result;
  const result = linkToNational(ind, national);
  linked.set(ind, { key: nationalKey, result });
  return result;
}

function linkToNational(ind: FrameworkIndicator, national: readonly FrameworkIndicator[]): FrameworkIndicator {
  const same = national.find((n) => n.code === ind.code || n.code === ind.extends) ?? rankIndicators(ind.name, national, { minScore: LINK })[0]?.indicator;
  if (!same) return ind;
  return {
    ...ind,
    aliases: [...new Set([...ind.aliases, same.name, ...same.aliases])],
    keywords: ind.keywords.length > 0 ? ind.keywords : same.keywords,
    ...(ind.subjects ?? same.subjects ? { subjects: ind.subjects ?? same.subjects } : {}),
    ...(ind.excludes ?? same.excludes ? { excludes: ind.excludes ?? same.excludes } : {}),
    aggregate: ind.aggregate ?? same.aggregate,
    extends: ind.extends ?? (same.code !== ind.code ? same.code : null),
  };
}

function compareRank(a: Rank, b: Rank): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3].localeCompare(b[3]);
}

/**
 * A user framework for a province is given for the run, so it also applies when the plan's province
 * could not be told (a province without a plugin); bundled province frameworks need the province.
 */
function appliesTo(f: Framework, province: string | null): boolean {
  if (f.province === null) return true;
  return f.province === province || (f.origin === "user" && province === null);
}

function entryFor(fw: Framework, ind: FrameworkIndicator, year: number, level: Level, asOf: string): EffectiveIndicator | null {
  const forYear = ind.targets.filter((t) => t.from <= year && year <= t.to);
  if (forYear.length === 0) return null; // not a requirement for this year
  const base = { indicator: ind, frameworkId: fw.id, frameworkConfidence: fw.confidence };
  const atLevel = forYear.filter((t) => t.level === level);
  if (atLevel.length === 0) return { ...base, target: null, otherLevels: true };
  if (level === "commune" && ind.aggregate) return { ...base, target: null, otherLevels: false, excluded: "aggregate" };
  if (ind.superseded && endOf(ind.superseded.from) <= asOf) return { ...base, target: null, otherLevels: false, excluded: "superseded" };
  const issuedBefore = atLevel.filter((t) => endOf(documentDate(t, fw)) <= asOf);
  if (issuedBefore.length === 0) return { ...base, target: null, otherLevels: false, excluded: "issued-after-plan" };
  // The narrowest period is the most specific statement for the year.
  const target = [...issuedBefore].sort((a, b) => a.to - a.from - (b.to - b.from))[0]!;
  return { ...base, target, otherLevels: false };
}

/**
 * When the target's document was issued: its source's date, else the framework's `effective` date.
 * A target with neither is taken as issued before any plan (nothing shows it came later).
 */
export function documentDate(t: FrameworkTarget, fw: Framework): string {
  return t.source.date ?? fw.effective ?? "0000";
}

/**
 * Of several versions of one framework id, the latest in effect by `by` (an ISO date; versions
 * without a date count as in effect). Also what `cds frameworks show ID --year Y` shows.
 */
export function versionsInForce(frameworks: readonly Framework[], by: string): Framework[] {
  const byId = new Map<string, Framework>();
  for (const f of frameworks) {
    if (f.effective && endOf(f.effective) > by) continue;
    const seen = byId.get(f.id);
    if (!seen || (f.effective ?? "") > (seen.effective ?? "")) byId.set(f.id, f);
  }
  return frameworks.filter((f) => byId.get(f.id) === f);
}

/** The last day a partial ISO date can mean: "2025" → "2025-12-31", "2025-07" → "2025-07-31". */
export function endOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}
