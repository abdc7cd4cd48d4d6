import { emptyPlan, lineIndex, lineOf, type Diagnostic, type DocTree, type Indicator, type Plan, type Section, type Task } from "@cdsvn/core";
import { extractBudgetTable, findProseTotal, mergeBudget, type BudgetTableResult } from "./budget.ts";
import { parseDiagnostic } from "./diagnostics.ts";
import { extractFacts } from "./facts/index.ts";
import { FIGURE_LIMIT } from "./facts/figures.ts";
import { indicatorsFromProse, indicatorsFromTable, indicatorsFromTaskTable } from "./indicators.ts";
import { extractLegalBases } from "./legal-bases.ts";
import { documentKind } from "./document-kind.ts";
import { extractMeta } from "./meta.ts";
import { findSections } from "./sections.ts";
import { classifyTable } from "./tables.ts";
import { tasksFromBlocks, tasksFromTable } from "./tasks.ts";
import { clean, fold, stripMarkers } from "./text.ts";
import { logicalUnits, MAX_UNIT } from "./units.ts";

/** Tree → Plan: every entity with its span into `tree.text`; what cannot be placed becomes a diagnostic. */
export function extractPlan(tree: DocTree, fileName: string | null = null): { plan: Plan; diagnostics: Diagnostic[] } {
  const plan = emptyPlan();
  const diagnostics: Diagnostic[] = [];
  const units = logicalUnits(tree);
  plan.meta = extractMeta(tree, units);
  const kind = documentKind(units, plan.meta);
  plan.meta.documentKind = kind.kind;
  plan.meta.documentKindEvidence = kind.evidence;
  plan.legalBases = extractLegalBases(tree, plan.meta.documentNumber, plan.meta.numberSpan ?? null);
  const { targetsStart, appendixStart } = findSections(units, tree.text.length);
  const sectionAt = (offset: number): Section => (offset >= appendixStart ? "appendix" : "body");
  const planPeriod = plan.meta.planYear !== null ? { from: plan.meta.planYear, to: plan.meta.planYear } : null;

  const indicators: Indicator[] = [];
  const tasks: Task[] = [];
  const budgets: BudgetTableResult[] = [];
  let group: string | null = null;
  let inBudgetSection = false;
  let inTargetsSection = false;
  units.forEach((u, i) => {
    if (u.kind !== "table") {
      if (u.headingLike) {
        group = stripMarkers(u.text) || null;
        const f = fold(u.text);
        if (/\b(?:muc tieu|chi tieu)\b/u.test(f)) inTargetsSection = true;
        else if (/^(?:phan\s+[ivx\d]+|[ivx]+\s*[.)])/u.test(f)) inTargetsSection = false;
        inBudgetSection = /^(?:[IVX]+\.|\d+\.)?\s*(?:kinh phí|dự toán)/iu.test(clean(u.text));
      }
      if (u.start < targetsStart || inBudgetSection) return;
      if (u.end - u.start > MAX_UNIT) {
        diagnostics.push(parseDiagnostic("oversized-paragraph", "truncated", { start: u.start, end: u.end }, { length: u.end - u.start, limit: MAX_UNIT }, "info"));
      }
      const found = indicatorsFromProse(u.masked, u.start, { section: sectionAt(u.start), planPeriod, group: u.headingLike ? null : group, counts: inTargetsSection });
      for (const x of found) indicators.push(x);
      return;
    }
    const table = u.table!;
    const context = units.slice(Math.max(0, i - 3), i).map((x) => x.text).join(" ");
    const classified = classifyTable(table, plan.meta.planYear, context);
    const section = sectionAt(u.start);
    switch (classified.kind) {
      case "budget": {
        const r = extractBudgetTable(classified);
        budgets.push(r);
        for (const x of r.diagnostics) diagnostics.push(x);
        if (classified.columns.lead !== null) {
          const groups = new Set(r.lines.filter((l) => l.isGroup).map((l) => l.content));
          for (const t of tasksFromTable(classified, section)) if (!groups.has(t.name)) tasks.push(t);
        }
        break;
      }
      case "indicator": {
        if (u.start < targetsStart && classified.columns.target === null) break;
        const r = indicatorsFromTable(classified, { section, planPeriod, group: null });
        for (const x of r.indicators) indicators.push(x);
        for (const x of r.diagnostics) diagnostics.push(x);
        break;
      }
      case "task":
        for (const t of tasksFromTable(classified, section)) tasks.push(t);
        if (u.start >= targetsStart) for (const x of indicatorsFromTaskTable(classified, { section, planPeriod, group: null })) indicators.push(x);
        break;
      default:
        if (table.rows.length > 0) {
          diagnostics.push(parseDiagnostic("unknown-table", "unclassifiedTable", table.span, { header: classified.headerText, rows: table.rows.length }, "info"));
        }
    }
  });
  for (const t of tasksFromBlocks(units, sectionAt)) tasks.push(t);
  tasks.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  plan.indicators = indicators;
  plan.tasks = tasks;
  plan.budget = mergeBudget(budgets, findProseTotal(tree.text));
  plan.source = { file: fileName, format: tree.format, textLength: tree.text.length };
  plan.facts = extractFacts(tree.text, (dropped) => diagnostics.push(parseDiagnostic("too-many-figures", "figuresTruncated", dropped, { limit: FIGURE_LIMIT })));
  const starts = lineIndex(tree.text);
  for (const d of diagnostics) if (d.span) d.line = lineOf(starts, d.span.start);
  return { plan, diagnostics };
}
