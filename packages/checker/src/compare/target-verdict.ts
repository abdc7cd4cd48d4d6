import type { Comparator, Target } from "@cdsvn/core";

/** The figure a framework requires, reduced to what comparing needs. */
export interface Requirement {
  readonly comparator: Comparator;
  readonly value: number;
  readonly max?: number | null;
  readonly unit: string;
}

export type TargetVerdict = "met" | "below" | "incomparable";

/**
 * Does a planned target commit the commune to at least what the framework requires?
 *
 * Both are read as bounds: "≥ 80%" and a bare "80%" ("đạt 80%": reach 80%) are the closed bound
 * 80; "trên 80%" is the open bound 80; a range "90 - 95%" commits to its lower end. The plan meets
 * the requirement when every value its target allows also satisfies the requirement, so
 * "trên 80%" meets "≥ 80%", "≥ 80%" meets "≥ 80%", and "80%" does not meet "trên 80%".
 * Upper-bound requirements ("không quá", rank "nhóm 20") are compared the other way round.
 */
export function judgeTarget(planned: Pick<Target, "comparator" | "value" | "max" | "unit"> & { readonly raw?: string }, required: Requirement): TargetVerdict {
  if (normalUnit(planned.unit) !== normalUnit(required.unit)) return "incomparable";
  const upper = required.comparator === "<=" || required.comparator === "<";
  if (upper) {
    if (planned.comparator === ">=" || planned.comparator === ">") return "incomparable";
    const planHigh = planned.comparator === "range" ? (planned.max ?? planned.value) : planned.value;
    const planOpen = planned.comparator === "<";
    if (planHigh < required.value) return "met";
    if (planHigh > required.value) return "below";
    return required.comparator === "<=" || planOpen ? "met" : "below";
  }
  if (planned.comparator === "<=" || planned.comparator === "<") return "incomparable";
  const planLow = planned.value;
  const planOpen = planned.comparator === ">";
  const requiredOpen = required.comparator === ">";
  if (planLow > required.value) return "met";
  if (planLow < required.value) return "below";
  return !requiredOpen || planOpen ? "met" : "below";
}

function normalUnit(unit: string): string {
  const u = unit.trim().toLowerCase();
  return u === "percent" ? "%" : u;
}
