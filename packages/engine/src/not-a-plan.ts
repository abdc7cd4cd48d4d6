import type { Plan } from "@cdsvn/core";

/**
 * Whether a document that was read holds nothing a plan has: no title, indicator, task, budget line or
 * legal basis (a cover letter, the minutes of a meeting, an unrelated file in a plans folder). The
 * reader already refuses what is no text at all (binary noise, no Vietnamese: `whyNotAPlan`); this is
 * the same question asked of what it found, once, for every door (CLI, web page, applications).
 */
export function holdsNothingOfAPlan(plan: Plan): boolean {
  return plan.meta.title === null && plan.indicators.length === 0 && plan.tasks.length === 0 && plan.budget.lines.length === 0 && plan.legalBases.length === 0;
}
