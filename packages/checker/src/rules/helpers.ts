import { collapseSpaces, type CitationFact, type DutyFact, type FigureStatement, type Plan, type Span } from "@cdsvn/core";
import type { DocLine } from "../analysis/document.ts";
import { rulePageName } from "../catalogue/page.ts";

/** The docs page of a rule, in the generated catalogue (docs/rules, written by `pnpm docs:gen`). */
export const docsUrl = (id: string) => `https://github.com/cdsvn/cds/blob/main/docs/rules/${rulePageName(id)}`;

/**
 * The date the plan speaks from, as "YYYY-MM-DD": the later of its issue date and 1 January of its plan
 * year. A plan acts in its plan year, so a 2026 plan issued in December 2025 (or dated only "2025") is
 * held to what holds in 2026; a 2025 plan issued in January 2025 is not held to a change of March 2025.
 * Institutional changes apply to plans that speak from on or after them.
 */
export function planDate(plan: Plan, planYear: number | null): string | null {
  const issued = plan.meta.issuedDate;
  const issuedDay = issued && /^\d{4}/.test(issued) ? (issued.length === 4 ? `${issued}-01-01` : issued.length === 7 ? `${issued}-01` : issued) : null;
  const yearDay = planYear !== null ? `${planYear}-01-01` : null;
  if (issuedDay && yearDay) return issuedDay > yearDay ? issuedDay : yearDay;
  return issuedDay ?? yearDay;
}

/** A line's span with its indentation trimmed. */
export function lineSpan(line: DocLine): Span {
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.end };
}

/** The quoted text of a span, shortened for a message. */
export function quote(text: string, span: Span | null | undefined, max = 80): string {
  if (!span) return "";
  const s = collapseSpaces(text.slice(span.start, span.end)).trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * The figure statements the reader found (`plan.facts`): none for a plan written without facts,
 * which then is checked on its entities alone.
 */
export const figuresOf = (plan: Plan): readonly FigureStatement[] => plan.facts?.figures ?? [];
/** The citations the reader found, each with its date in whatever form it was written. */
export const citationsOf = (plan: Plan): readonly CitationFact[] | null => plan.facts?.citations ?? null;
/** The lead duties of "Tổ chức thực hiện" the reader found. */
export const dutiesOf = (plan: Plan): readonly DutyFact[] => plan.facts?.duties ?? [];

/** Money as a Vietnamese reader writes it, for suggestions: 90000000 → "90.000.000". */
export function vnd(n: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }).format(n);
}
