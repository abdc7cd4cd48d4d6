import {
  lineIndex,
  lineOf,
  type Comparison,
  type ComparisonItem,
  type Config,
  type Confidence,
  type Diagnostic,
  type Locale,
  type Plan,
  type Rule,
  type Severity,
} from "@cdsvn/core";
import { interpolate } from "@cdsvn/core";
import { lowerOf, splitSetting } from "../engine/severity.ts";
import type { EffectiveFramework } from "./effective-framework.ts";
import { frameworkCoverage } from "../rules/framework/coverage/rule.ts";
import { frameworkTarget } from "../rules/framework/target/rule.ts";

export const COVERAGE_RULE_ID = frameworkCoverage.meta.id;
export const TARGET_RULE_ID = frameworkTarget.meta.id;

const CONFIDENCE: Record<Locale, Record<Confidence, string>> = {
  vi: { confirmed: "", secondary: "; nguồn thứ cấp", unconfirmed: "; chưa xác minh", derived: "; suy ra" },
  en: { confirmed: "", secondary: "; secondary source", unconfirmed: "; unconfirmed", derived: "; derived" },
};

/**
 * Every status that is not "met" as a diagnostic of the rules framework/coverage (missing,
 * ambiguous) and framework/target (below-target), so `compare` shares exit codes and formats with
 * `validate`. The level is the rule's (or the config's: "off" drops them); an ambiguous row and a
 * figure that is not confirmed (press, unconfirmed, derived) never leave as more than `info`.
 * Not-applicable and extra items are not deficiencies and stay in the comparison only.
 */
export function comparisonDiagnostics(
  plan: Plan,
  comparison: Comparison,
  _framework: EffectiveFramework,
  text: string,
  locale: Locale = "vi",
  config: Config = {},
): Diagnostic[] {
  const starts = text ? lineIndex(text) : null;
  const levels = new Map<string, Severity | "off">(
    [frameworkCoverage, frameworkTarget].map((r: Rule) => [r.meta.id, splitSetting(config.rules?.[r.meta.id]).level ?? r.meta.severity]),
  );
  const out: Diagnostic[] = [];
  for (const item of comparison.items) {
    if (item.status !== "missing" && item.status !== "below-target" && item.status !== "ambiguous") continue;
    const rule = item.status === "below-target" ? frameworkTarget : frameworkCoverage;
    const level = levels.get(rule.meta.id)!;
    if (level === "off") continue;
    const confidence = item.confidence ?? "unconfirmed";
    const severity = item.status === "ambiguous" || confidence !== "confirmed" ? lowerOf(level, "info") : level;
    const messageId = item.status === "missing" ? "missing" : item.status === "below-target" ? "below" : "ambiguous";
    const first = item.planIndicators[0];
    const span = first !== undefined ? (plan.indicators[first]?.span ?? null) : null;
    const data = {
      name: item.name,
      code: item.code,
      required: item.required?.raw ?? null,
      planned: item.planned?.raw ?? null,
      source: sourceText(item),
      confidence: CONFIDENCE[locale][confidence],
      note: item.note ?? null,
    };
    out.push({
      ruleId: rule.meta.id,
      messageId,
      category: rule.meta.category,
      severity,
      message: interpolate(rule.meta.messages[locale][messageId]!, data, locale),
      span,
      line: span && starts ? lineOf(starts, span.start) : null,
      path: first !== undefined ? `/indicators/${first}` : null,
      expected: item.required ? { comparator: item.required.comparator, value: item.required.value } : null,
      actual: item.planned ? { comparator: item.planned.comparator, value: item.planned.value } : null,
      source: item.source,
      data: { ...data, confidence },
    });
  }
  return out;
}

/** "2629/QĐ-TTg (2025-12-01), Phụ lục I, mục I.1.1": document, date and article. */
export function sourceText(item: Pick<ComparisonItem, "source">): string {
  const s = item.source;
  if (!s) return "?";
  return [`${s.document}${s.date ? ` (${s.date})` : ""}`, s.article].filter(Boolean).join(", ");
}
