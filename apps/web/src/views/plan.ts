import type { Diagnostic, Locale, Severity } from "@cdsvn/core";
import { groupBySection } from "@cdsvn/report";
import { h, type Child } from "../dom.ts";
import type { DownloadKind } from "../downloads.ts";
import { severityWord, sectionWord, words } from "../i18n.ts";
import type { Entry } from "../state.ts";
import { budgetTable, comparisonTable, indicatorsTable, legalBasesTable, metadataTable, tasksTable } from "./plan-tables.ts";
import { planText } from "./plan-text.ts";

export interface PlanViewActions {
  readonly back: () => void;
  readonly rerun: (province: string | null, year: number | null) => void;
  readonly download: (kind: DownloadKind, button: HTMLButtonElement) => void;
}

/** The provinces a reviewer can hold a plan to (the bundled plugins), id → name. */
export type ProvinceNames = ReadonlyArray<{ readonly id: string; readonly name: string }>;

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * One plan: its text with the findings marked on one side, the findings grouped by section on the
 * other (click one → the text scrolls to it; click a mark → its finding), then the metadata, the
 * comparison and the extracted tables.
 */
export function planView(entry: Entry, locale: Locale, provinces: ProvinceNames, actions: PlanViewActions): HTMLElement {
  const w = words(locale);
  const analysis = entry.analysis!;
  const { report, text } = analysis;
  const plan = report.plan!;
  const ids = report.diagnostics.map((_, i) => `f${entry.id}-${i}`);
  const idOf = new Map(report.diagnostics.map((d, i) => [d, ids[i]!]));

  const textPane = text
    ? planText(text, report.diagnostics, ids)
    : h("p", { class: "muted" }, w.noText);
  const findingsPane = h("div", { class: "findings", role: "region", "aria-label": w.findings });

  function showInText(id: string) {
    const mark = textPane.querySelector<HTMLElement>(`mark[data-findings~="${id}"]`);
    textPane.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
    if (!mark) return;
    textPane.querySelectorAll<HTMLElement>(`mark[data-findings~="${id}"]`).forEach((m) => m.classList.add("current"));
    mark.scrollIntoView({ block: "center" });
  }
  function showFinding(id: string) {
    const item = findingsPane.querySelector<HTMLElement>(`#${id}`);
    if (!item) return;
    findingsPane.querySelectorAll(".finding.current").forEach((f) => f.classList.remove("current"));
    item.classList.add("current");
    item.scrollIntoView({ block: "nearest" });
    item.querySelector("button")?.focus({ preventScroll: true });
  }
  textPane.addEventListener("click", (event) => {
    const mark = (event.target as HTMLElement).closest("mark");
    const first = mark?.getAttribute("data-findings")?.split(" ")[0];
    if (first) showFinding(first);
  });

  // Findings by section, and inside a section by severity then line.
  if (report.diagnostics.length === 0) findingsPane.append(h("p", { class: "muted" }, w.noFindings));
  for (const group of groupBySection(report.diagnostics)) {
    const section = h("section", { class: "finding-group", "data-section": group.section }, h("h3", {}, `${sectionWord(locale, group.section)} (${group.items.length})`));
    for (const severity of SEVERITIES) {
      const items = group.items.filter((d) => d.severity === severity);
      if (items.length === 0) continue;
      section.append(h("ol", { class: `sev-list sev-${severity}` }, items.map((d) => findingItem(d, idOf.get(d)!, analysis.explanations[d.ruleId], locale, showInText))));
    }
    findingsPane.append(section);
  }

  const note = provinceNoteOf(entry, locale, provinces);
  const findingRef = (d: Diagnostic): Child => h("button", { type: "button", class: `ref sev-${d.severity}`, onclick: () => { showFinding(idOf.get(d)!); showInText(idOf.get(d)!); } }, `✗ ${d.message}`);

  return h("article", { class: "plan-view", "data-file": entry.name },
    h("div", { class: "plan-head" },
      h("button", { type: "button", class: "back no-print", onclick: actions.back }, w.back),
      h("h2", {}, plan.meta.title ?? entry.name),
      h("p", { class: "file-name" }, entry.name, " · ", h("span", { class: "counts" },
        h("span", { class: "sev-error" }, `${report.summary.errors} ${w.errors.toLowerCase()}`), " · ",
        h("span", { class: "sev-warning" }, `${report.summary.warnings} ${w.warnings.toLowerCase()}`), " · ",
        h("span", { class: "sev-info" }, `${report.summary.infos} ${w.infos.toLowerCase()}`))),
      overrideForm(entry, locale, provinces, actions),
      downloadsBar(locale, actions.download, ["docx", "xlsx", "html", "json"]),
    ),
    h("div", { class: "review" },
      h("section", { class: "text-pane", "aria-label": w.text }, h("h3", {}, w.text), textPane),
      h("section", { class: "findings-pane" }, h("h3", {}, `${w.findings} (${report.diagnostics.length})`), severityFilter(findingsPane, report.summary, locale), findingsPane),
    ),
    h("div", { class: "tables" },
      metadataTable(plan, locale, note),
      comparisonTable(report.comparison, locale),
      legalBasesTable(plan, locale),
      indicatorsTable(plan, locale),
      tasksTable(plan, locale),
      budgetTable(plan, report.diagnostics, locale, findingRef),
    ),
  );
}

/** One checkbox per severity: unticking hides those findings (a reviewer reading the errors first). */
function severityFilter(pane: HTMLElement, counts: { errors: number; warnings: number; infos: number }, locale: Locale): HTMLElement {
  const n: Record<Severity, number> = { error: counts.errors, warning: counts.warnings, info: counts.infos };
  return h("div", { class: "severity-filter no-print", role: "group" }, SEVERITIES.map((sev) => {
    const box = h("input", { type: "checkbox", id: `show-${sev}`, checked: true });
    box.addEventListener("change", () => pane.classList.toggle(`hide-${sev}`, !box.checked));
    return h("label", { class: `sev-${sev}` }, box, ` ${severityWord(locale, sev)} (${n[sev]}) `);
  }));
}

function findingItem(d: Diagnostic, id: string, explanation: { description: string; rationale: string | null } | undefined, locale: Locale, showInText: (id: string) => void): HTMLElement {
  const w = words(locale);
  const where = d.line !== null ? `${w.line} ${d.line}` : null;
  const source = d.source ? [d.source.document, d.source.date, d.source.article].filter(Boolean).join(", ") : null;
  return h("li", { class: `finding sev-${d.severity}`, id, "data-rule": d.ruleId },
    h("button", { type: "button", class: "finding-head", onclick: () => showInText(id), "aria-describedby": `${id}-more` },
      h("span", { class: "badge" }, severityWord(locale, d.severity)), " ",
      where ? h("span", { class: "where" }, where, " · ") : null,
      h("span", { class: "message" }, d.message)),
    h("div", { class: "more", id: `${id}-more` },
      d.suggestion ? h("p", { class: "suggestion" }, h("strong", {}, `${w.suggestion}: `), d.suggestion) : null,
      d.expected !== undefined && d.expected !== null ? h("p", {}, `${w.expected}: ${show(d.expected)}`, d.actual !== undefined && d.actual !== null ? ` · ${w.actual}: ${show(d.actual)}` : "") : null,
      source ? h("p", {}, `${w.source}: ${source}`) : null,
      explanation ? h("details", {}, h("summary", {}, `${w.rule} ${d.ruleId}`), h("p", {}, explanation.description), explanation.rationale ? h("p", {}, explanation.rationale) : null)
        : h("p", { class: "muted rule-id" }, `${w.rule} ${d.ruleId}`),
    ));
}

const COMPARATOR: Record<string, string> = { ">=": "≥", ">": ">", "=": "", "<=": "≤", "<": "<" };

/** An expected or actual value as a reviewer reads it: a figure "≥ 95%", not its JSON. */
function show(v: unknown): string {
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (v && typeof v === "object") {
    const t = v as { raw?: unknown; comparator?: unknown; value?: unknown; max?: unknown; unit?: unknown };
    if (typeof t.raw === "string" && t.raw.trim()) return t.raw.trim();
    if (typeof t.value === "number") {
      const unit = t.unit === "%" ? "%" : typeof t.unit === "string" && t.unit !== "count" ? ` ${t.unit}` : "";
      if (t.comparator === "range") return `${t.value}–${String(t.max ?? "?")}${unit}`;
      return `${COMPARATOR[String(t.comparator)] ?? ""} ${t.value}${unit}`.trim();
    }
  }
  return JSON.stringify(v);
}

function provinceNoteOf(entry: Entry, locale: Locale, provinces: ProvinceNames): Child {
  const w = words(locale);
  const p = entry.analysis!.province;
  if (p.problem === "ambiguous") return h("span", { class: "sev-warning" }, w.provinceAmbiguous);
  if (p.problem === "unknown") return h("span", { class: "sev-warning" }, w.provinceUnknown);
  const name = provinces.find((x) => x.id === p.id)?.name ?? p.id ?? "—";
  return p.evidence ? `${name} (${p.evidence})` : name;
}

/** Province and year chosen by the reviewer for this plan; Apply re-runs it. */
function overrideForm(entry: Entry, locale: Locale, provinces: ProvinceNames, actions: PlanViewActions): HTMLElement {
  const w = words(locale);
  const select = h("select", { name: "province", id: `province-${entry.id}` },
    h("option", { value: "" }, `(${w.provinceAuto})`),
    provinces.map((p) => h("option", { value: p.id, selected: entry.province === p.id }, p.name)));
  const year = h("input", { type: "number", name: "year", id: `year-${entry.id}`, min: 2020, max: 2035, step: 1, value: entry.year ?? "", placeholder: String(entry.analysis?.report.plan?.meta.planYear ?? "") });
  return h("form", {
    class: "override no-print",
    onsubmit: (event: Event) => {
      event.preventDefault();
      const y = Number.parseInt(year.value, 10);
      actions.rerun(select.value || null, Number.isFinite(y) ? y : null);
    },
  },
  h("label", { for: `province-${entry.id}` }, `${w.province} `), select, " ",
  h("label", { for: `year-${entry.id}` }, `${w.year} `), year, " ",
  h("button", { type: "submit" }, w.apply));
}

export function downloadsBar(locale: Locale, download: PlanViewActions["download"], kinds: readonly DownloadKind[]): HTMLElement {
  const w = words(locale);
  const label: Record<DownloadKind, string> = { docx: w.dlDocx, xlsx: w.dlXlsx, html: w.dlHtml, json: w.dlJson, summary: w.dlSummary };
  return h("div", { class: "downloads no-print", role: "group", "aria-label": w.downloads },
    h("span", {}, `${w.downloads}: `),
    kinds.map((k) => {
      const b = h("button", { type: "button", "data-download": k }, label[k]);
      b.addEventListener("click", () => download(k, b));
      return b;
    }));
}
