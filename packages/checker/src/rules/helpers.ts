import type { Plan, Span } from "@cdsvn/core";
import { analyze, type DocLine } from "../analysis/document.ts";
import { rulePageName } from "../catalogue/page.ts";

/** The docs page of a rule, in the generated catalogue (docs/rules, written by `pnpm docs:gen`). */
export const docsUrl = (id: string) => `https://github.com/cdsvn/cds/blob/main/docs/rules/${rulePageName(id)}`;

/**
 * The date the plan speaks from, as "YYYY-MM-DD" (the earliest day it could be): its issue date, else
 * 1 January of its plan year. Institutional changes apply to plans issued on or after them.
 */
export function planDate(plan: Plan, planYear: number | null): string | null {
  const issued = plan.meta.issuedDate;
  if (issued && /^\d{4}/.test(issued)) return issued.length === 4 ? `${issued}-01-01` : issued.length === 7 ? `${issued}-01` : issued;
  if (planYear !== null) return `${planYear}-01-01`;
  return null;
}

/** A line's span with its indentation trimmed. */
export function lineSpan(line: DocLine): Span {
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.end };
}

/** The quoted text of a span, shortened for a message. */
export function quote(text: string, span: Span | null | undefined, max = 80): string {
  if (!span) return "";
  const s = text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The first line whose fold matches `re` (e.g. a section heading), for anchoring a whole-section finding. */
export function findLine(text: string, re: RegExp, filter: (l: DocLine) => boolean = () => true): DocLine | undefined {
  return analyze(text).lines.find((l) => filter(l) && re.test(l.ascii));
}

/** Money as a Vietnamese reader writes it, for suggestions: 90000000 → "90.000.000". */
export function vnd(n: number): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }).format(n);
}
