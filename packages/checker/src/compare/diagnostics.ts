import { lineIndex, lineOf, type Comparison, type ComparisonItem, type Diagnostic, type Locale, type Plan, type Severity } from "@cdsvn/core";
import type { EffectiveFramework } from "./effective-framework.ts";

export const COVERAGE_RULE_ID = "framework/coverage";
export const TARGET_RULE_ID = "framework/target";

const MESSAGES: Record<Locale, Record<"missing" | "below" | "ambiguous", string>> = {
  vi: {
    missing: "Kế hoạch chưa có chỉ tiêu \"{name}\" ({required}, theo {source})",
    below: "Chỉ tiêu \"{name}\": kế hoạch đặt {planned}, thấp hơn yêu cầu {required} của {source}",
    ambiguous: "Chỉ tiêu \"{name}\" ({required}, theo {source}): không xác định được chỉ tiêu tương ứng của kế hoạch ({note})",
  },
  en: {
    missing: "The plan has no indicator for \"{name}\" ({required}, per {source})",
    below: "Indicator \"{name}\": the plan sets {planned}, below the {required} required by {source}",
    ambiguous: "Indicator \"{name}\" ({required}, per {source}): cannot tell which plan indicator answers it ({note})",
  },
};

/**
 * Every status that is not "met" as a diagnostic, so `compare` shares exit codes and formats with
 * `validate`: missing → framework-coverage, below-target → framework-target, ambiguous → info.
 * Severity follows the confidence of the figure: only a confirmed figure of a non-derived framework
 * can be an error; secondary, unconfirmed and derived figures are warnings at most.
 * Not-applicable and extra items are not deficiencies and stay in the comparison only.
 */
export function comparisonDiagnostics(plan: Plan, comparison: Comparison, framework: EffectiveFramework, text: string, locale: Locale = "vi"): Diagnostic[] {
  const starts = text ? lineIndex(text) : null;
  const out: Diagnostic[] = [];
  for (const item of comparison.items) {
    if (item.status !== "missing" && item.status !== "below-target" && item.status !== "ambiguous") continue;
    const entry = framework.indicators.find((e) => e.indicator.code === item.code);
    const severity: Severity = item.status === "ambiguous" ? "info" : severityOf(entry?.target?.confidence, entry?.frameworkConfidence);
    const messageId = item.status === "missing" ? "missing" : item.status === "below-target" ? "below" : "ambiguous";
    const first = item.planIndicators[0];
    const span = first !== undefined ? (plan.indicators[first]?.span ?? null) : null;
    const data = {
      name: item.name,
      code: item.code,
      required: item.required?.raw ?? null,
      planned: item.planned?.raw ?? null,
      source: sourceText(item),
      note: item.note ?? null,
    };
    out.push({
      ruleId: item.status === "below-target" ? TARGET_RULE_ID : COVERAGE_RULE_ID,
      messageId,
      category: item.status === "below-target" ? "framework-target" : "framework-coverage",
      severity,
      message: interpolate(MESSAGES[locale][messageId], data),
      span,
      line: span && starts ? lineOf(starts, span.start) : null,
      path: first !== undefined ? `/indicators/${first}` : null,
      expected: item.required ? { comparator: item.required.comparator, value: item.required.value } : null,
      actual: item.planned ? { comparator: item.planned.comparator, value: item.planned.value } : null,
      source: item.source,
      data,
    });
  }
  return out;
}

function severityOf(confidence: string | undefined, frameworkConfidence: string | undefined): Severity {
  return confidence === "confirmed" && frameworkConfidence !== "derived" ? "error" : "warning";
}

function sourceText(item: ComparisonItem): string {
  const s = item.source;
  if (!s) return "?";
  return [s.document, s.article].filter(Boolean).join(", ");
}

function interpolate(template: string, data: Record<string, string | null>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => data[k] ?? "");
}
