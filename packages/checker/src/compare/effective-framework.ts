import type { Framework, FrameworkIndicator, FrameworkTarget, Level } from "@cdsvn/core";

/** One indicator of the effective framework, with the target in force for the year and level, if any. */
export interface EffectiveIndicator {
  readonly indicator: FrameworkIndicator;
  readonly frameworkId: string;
  /** The target for the year at the level asked for; null when the indicator has none there. */
  readonly target: FrameworkTarget | null;
  /** Targets for the year at other levels only (the indicator is not for communes). */
  readonly otherLevels: boolean;
  /** The framework's own confidence ("derived" frameworks never drive errors). */
  readonly frameworkConfidence: Framework["confidence"];
}

export interface EffectiveFramework {
  readonly id: string;
  readonly version: string;
  readonly province: string | null;
  readonly year: number;
  readonly frameworkIds: readonly string[];
  readonly indicators: readonly EffectiveIndicator[];
}

export interface SelectFrameworkOptions {
  readonly province: string | null;
  readonly year: number;
  /** The level the plan is written for; "commune" for every plan this toolkit reads. */
  readonly level?: Level;
  /**
   * When the plan was issued ("2025-07", "2025-07-15", "2025"): a framework that took effect after
   * that (its `effective` date) is not held against the plan — a July 2025 plan could not follow a
   * December 2025 decision.
   */
  readonly issued?: string | null;
}

/**
 * The framework a plan is held to: national frameworks in force for the year, then the province's,
 * whose indicators override a national one with the same code or the code they `extend`. Only
 * frameworks whose years cover the plan year take part (a 2026 plan is held to 2026 targets).
 */
export function effectiveFramework(frameworks: readonly Framework[], options: SelectFrameworkOptions): EffectiveFramework {
  const level = options.level ?? "commune";
  const issuedBy = options.issued ? endOf(options.issued) : null;
  const inForce = latestVersions(
    frameworks.filter((f) => f.years.from <= options.year && options.year <= f.years.to),
    `${options.year}-12-31`,
  ).filter((f) => !(issuedBy && f.effective && f.effective > issuedBy));
  const national = inForce.filter((f) => f.province === null);
  const own = inForce.filter((f) => f.province !== null && f.province === options.province);
  const byCode = new Map<string, EffectiveIndicator>();
  const overridden = new Set<string>();
  for (const fw of own) for (const ind of fw.indicators) if (ind.extends) overridden.add(ind.extends);
  for (const fw of [...national, ...own]) {
    for (const ind of fw.indicators) {
      if (fw.province === null && overridden.has(ind.code)) continue;
      const forYear = ind.targets.filter((t) => t.from <= options.year && options.year <= t.to);
      if (forYear.length === 0) continue; // not a requirement for this year
      const atLevel = forYear.filter((t) => t.level === level);
      // The narrowest period is the most specific statement for the year.
      const target = atLevel.sort((a, b) => a.to - a.from - (b.to - b.from))[0] ?? null;
      byCode.set(ind.code, { indicator: ind, frameworkId: fw.id, target, otherLevels: target === null, frameworkConfidence: fw.confidence });
    }
  }
  const used = [...national, ...own].filter((f) => [...byCode.values()].some((e) => e.frameworkId === f.id));
  return {
    id: used.map((f) => f.id).join("+") || `none@${options.year}`,
    version: used.map((f) => f.version).join("+"),
    province: options.province,
    year: options.year,
    frameworkIds: used.map((f) => f.id),
    indicators: [...byCode.values()],
  };
}

/** Of several versions of one framework id, the latest in effect by `by` (versions without a date count as in effect). */
function latestVersions(frameworks: readonly Framework[], by: string): Framework[] {
  const byId = new Map<string, Framework>();
  for (const f of frameworks) {
    if (f.effective && f.effective > by) continue;
    const seen = byId.get(f.id);
    if (!seen || (f.effective ?? "") > (seen.effective ?? "")) byId.set(f.id, f);
  }
  return frameworks.filter((f) => byId.get(f.id) === f);
}

/** The last day a partial ISO date can mean: "2025" → "2025-12-31", "2025-07" → "2025-07-31". */
function endOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}
