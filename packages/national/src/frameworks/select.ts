import type { Framework, FrameworkIndicator, FrameworkTarget, Level } from "@cdsvn/core";

/**
 * Which framework versions and targets apply to a plan for a year. Versions of one framework id
 * are told apart by `effective`; for year Y the latest version in effect by `asOf` (default: the
 * end of Y) applies, so a 2025 plan is held to NQ 71 (April 2025), not NQ 03 (January 2025).
 */

const effectiveOf = (f: Framework) => f.effective ?? `${f.years.from}-01-01`;

/** One version per framework id whose years cover `year`: the one in effect by `asOf`. */
export function frameworksInForce(frameworks: readonly Framework[], year: number, asOf = `${year}-12-31`): Framework[] {
  const byId = new Map<string, Framework[]>();
  for (const f of frameworks) {
    if (f.years.from > year || f.years.to < year) continue;
    byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  }
  const out: Framework[] = [];
  for (const versions of byId.values()) {
    const sorted = [...versions].sort((a, b) => effectiveOf(a).localeCompare(effectiveOf(b)));
    const inEffect = sorted.filter((f) => effectiveOf(f) <= asOf);
    out.push(inEffect.at(-1) ?? sorted[0]!);
  }
  return out;
}

export interface ApplicableTarget {
  readonly framework: Framework;
  readonly indicator: FrameworkIndicator;
  readonly target: FrameworkTarget;
  /** "year": the target is set for a span that includes the year; "horizon": it falls due later. */
  readonly due: "year" | "horizon";
}

export interface TargetQuery {
  readonly year: number;
  /** The level of the plan (default "commune"). */
  readonly level?: Level;
  readonly frameworks: readonly Framework[];
  /** ISO date the plan is read at (its issue date); default the end of `year`. */
  readonly asOf?: string;
  /** Also the national aggregates a commune contributes to (marked by their level). Default false. */
  readonly includeNational?: boolean;
  /** Also targets that fall due after `year` ("đến năm 2030"), as due: "horizon". Default false. */
  readonly horizon?: boolean;
}

/** The targets that apply to a plan of `level` for `year`, by indicator code then framework. */
export function targetsFor(q: TargetQuery): ApplicableTarget[] {
  const level = q.level ?? "commune";
  const levels = new Set<Level>([level, ...(q.includeNational ? (["national"] as const) : [])]);
  const out: ApplicableTarget[] = [];
  for (const framework of frameworksInForce(q.frameworks, q.year, q.asOf)) {
    for (const indicator of framework.indicators) {
      for (const target of indicator.targets) {
        if (!levels.has(target.level)) continue;
        if (target.from <= q.year && q.year <= target.to) out.push({ framework, indicator, target, due: "year" });
        else if (q.horizon && target.from > q.year) out.push({ framework, indicator, target, due: "horizon" });
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.indicator.code.localeCompare(b.indicator.code) ||
      Number(a.due === "horizon") - Number(b.due === "horizon") ||
      a.target.from - b.target.from ||
      a.framework.id.localeCompare(b.framework.id),
  );
}
