import type { Plan } from "../model/plan.ts";
import type { RuleVisitors } from "./contract.ts";

/**
 * Walks a plan once through a rule's visitors, in the one order every runner uses (the engine, the
 * rule tester): plan, legal bases, indicators, tasks, budget lines, plan:exit.
 */
export function visitPlan(plan: Plan, v: RuleVisitors): void {
  v.plan?.(plan);
  if (v.legalBasis) plan.legalBases.forEach((b, i) => v.legalBasis!(b, i));
  if (v.indicator) plan.indicators.forEach((x, i) => v.indicator!(x, i));
  if (v.task) plan.tasks.forEach((x, i) => v.task!(x, i));
  if (v.budgetLine) plan.budget.lines.forEach((x, i) => v.budgetLine!(x, i));
  v["plan:exit"]?.(plan);
}
