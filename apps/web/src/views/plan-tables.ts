import type { Comparison, Diagnostic, Locale, Plan, Task } from "@cdsvn/core";
import { targetLabel, unitLabel } from "@cdsvn/report";
import { h, type Child } from "../dom.ts";
import { confidenceWord, formatNumber, statusWord, words } from "../i18n.ts";

/**
 * The plan's extracted parts as readable tables: metadata, indicators, tasks, the budget with each
 * row's arithmetic verdict (from the budget findings pointing at that row), and the comparison.
 */

function table(caption: string, head: readonly string[], rows: readonly Child[][], className = ""): HTMLElement {
  return h("table", { class: `data ${className}` },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, head.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c))))),
  );
}

export function metadataTable(plan: Plan, locale: Locale, provinceNote: Child): HTMLElement {
  const w = words(locale);
  const m = plan.meta;
  const rows: [string, Child][] = [
    [w.title, m.title], [w.unit, unitLabel(plan, locale)],
    [w.documentNumber, m.documentNumber], [w.issuedDate, m.issuedDate], [w.planYear, m.planYear], [w.issuer, m.issuer ?? null],
    [w.signer, m.signer ?? null], [w.provinceChosen, provinceNote],
  ];
  return h("table", { class: "data meta" }, h("caption", {}, w.metadata),
    h("tbody", {}, rows.map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, v ?? "—")))));
}

export function legalBasesTable(plan: Plan, locale: Locale): HTMLElement | null {
  if (plan.legalBases.length === 0) return null;
  const w = words(locale);
  return table(`${w.legalBases} (${plan.legalBases.length})`, ["#", w.symbol, w.issuedDate, w.issuer, w.title],
    plan.legalBases.map((b, n) => [n + 1, b.symbol, b.date ?? "—", b.issuer ?? "—", b.title ?? "—"]));
}

export function indicatorsTable(plan: Plan, locale: Locale): HTMLElement | null {
  if (plan.indicators.length === 0) return null;
  const w = words(locale);
  return table(`${w.indicators} (${plan.indicators.length})`, ["#", w.indicator, w.target, w.baseline, w.group],
    plan.indicators.map((i, n) => [n + 1, i.text, targetLabel(i.target, locale), i.baseline ? targetLabel(i.baseline, locale) : "—", i.group ?? "—"]));
}

export function tasksTable(plan: Plan, locale: Locale): HTMLElement | null {
  if (plan.tasks.length === 0) return null;
  const w = words(locale);
  return table(`${w.tasks} (${plan.tasks.length})`, ["#", w.task, w.lead, w.partners, w.deadline, w.output],
    plan.tasks.map((t: Task, n) => [n + 1, t.name, t.lead ?? "—", t.partners.join("; ") || "—", t.deadline?.raw ?? "—", t.output ?? "—"]));
}

/**
 * The budget rows; the check column says, per row, what the budget rules found there (a row with a
 * finding shows it), else whether the row had the figures to be checked at all.
 */
export function budgetTable(plan: Plan, diagnostics: readonly Diagnostic[], locale: Locale, findingRef: (d: Diagnostic) => Child): HTMLElement | null {
  const lines = plan.budget.lines;
  if (lines.length === 0 && plan.budget.declaredTotal === null) return null;
  const w = words(locale);
  const byRow = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) {
    const m = /^\/budget\/lines\/(\d+)/.exec(d.path ?? "");
    if (m) byRow.set(Number(m[1]), [...(byRow.get(Number(m[1])) ?? []), d]);
  }
  const el = table(`${w.budget} (${lines.length})`, [w.code, w.content, w.unitOf, w.quantity, w.unitPrice, w.amount, w.check],
    lines.map((l, i) => {
      const found = byRow.get(i) ?? [];
      const check: Child = found.length > 0
        ? found.map((d) => findingRef(d))
        : l.isGroup ? h("span", { class: "ok" }, `✓ ${w.rowGroup}`)
        : l.amount !== null && l.quantity !== null && l.unitPrice !== null ? h("span", { class: "ok" }, `✓ ${w.rowOk}`)
        : h("span", { class: "muted" }, w.rowUnchecked);
      return [l.code ?? "", l.content, l.unit ?? "", formatNumber(locale, l.quantity), formatNumber(locale, l.unitPrice), formatNumber(locale, l.amount), check];
    }), "budget");
  if (plan.budget.declaredTotal !== null) {
    el.append(h("tfoot", {}, h("tr", {}, h("th", { colspan: 5, scope: "row" }, w.declaredTotal), h("td", {}, formatNumber(locale, plan.budget.declaredTotal)), h("td", {}))));
  }
  return el;
}

/** Per framework indicator: requirement, the plan's figure, verdict, source and confidence. */
export function comparisonTable(comparison: Comparison | null | undefined, locale: Locale): HTMLElement {
  const w = words(locale);
  if (!comparison) return h("p", { class: "muted", id: "comparison" }, w.notCompared);
  const items = comparison.items.filter((i) => i.status !== "extra" && i.status !== "not-applicable");
  const el = table(`${w.comparison} · ${w.framework}: ${comparison.frameworkId} · ${w.year} ${comparison.year}`,
    [w.code, w.indicator, w.requirement, w.planned, w.verdict, w.source, w.confidence],
    items.map((i) => [
      i.code ?? "",
      i.name,
      i.required ? targetLabel(i.required, locale) : "—",
      i.planned ? targetLabel(i.planned, locale) : "—",
      h("span", { class: `verdict st-${i.status}` }, statusWord(locale, i.status)),
      [i.source?.document, i.source?.date, i.source?.article].filter(Boolean).join(", ") || "—",
      confidenceWord(locale, (i as { confidence?: string | null }).confidence ?? null),
    ]), "comparison");
  el.id = "comparison";
  const c = comparison.counts;
  el.append(h("tfoot", {}, h("tr", {}, h("td", { colspan: 7 },
    `${statusWord(locale, "met")} ${c.met ?? 0} · ${statusWord(locale, "below-target")} ${c["below-target"] ?? 0} · ${statusWord(locale, "missing")} ${c.missing ?? 0} · ${statusWord(locale, "ambiguous")} ${c.ambiguous ?? 0}`))));
  return el;
}
