import type { Framework, InstitutionalFact, LegalDocument } from "../framework/model.ts";
import type { Plan } from "../model/plan.ts";
import type { Knowledge, Locale, Rule, RuleReport } from "../rule/contract.ts";

export interface RuleRunInput {
  readonly plan: Plan;
  readonly text?: string;
  readonly options?: unknown;
  readonly province?: string | null;
  readonly planYear?: number | null;
  readonly locale?: Locale;
  readonly knowledge?: Partial<{ documents: LegalDocument[]; institutions: InstitutionalFact[]; frameworks: Framework[] }>;
}

/**
 * Runs one rule over one plan and returns what it reported: the part of the conformance kit that
 * lets a plugin test its rules (valid and invalid cases) without the full engine. Visits entities in
 * the engine's order: plan, legal bases, indicators, tasks, budget lines, plan:exit.
 */
export function runRule(rule: Rule, input: RuleRunInput): RuleReport[] {
  const reports: RuleReport[] = [];
  const knowledge: Knowledge = {
    documents: input.knowledge?.documents ?? [],
    institutions: input.knowledge?.institutions ?? [],
    frameworks: input.knowledge?.frameworks ?? [],
  };
  const plan = input.plan;
  const visitors = rule.create({
    plan,
    tree: null,
    text: input.text ?? "",
    options: input.options ?? rule.meta.defaultOptions,
    planYear: input.planYear ?? plan.meta.planYear,
    province: input.province ?? plan.meta.province,
    knowledge,
    locale: input.locale ?? "vi",
    report: (r) => reports.push(r),
  });
  visitors.plan?.(plan);
  plan.legalBases.forEach((b, i) => visitors.legalBasis?.(b, i));
  plan.indicators.forEach((x, i) => visitors.indicator?.(x, i));
  plan.tasks.forEach((x, i) => visitors.task?.(x, i));
  plan.budget.lines.forEach((x, i) => visitors.budgetLine?.(x, i));
  visitors["plan:exit"]?.(plan);
  return reports;
}
