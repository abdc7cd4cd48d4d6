import type { FileReport, Locale } from "@cdsvn/core";
import { summarizeBatch, unitLabel } from "@cdsvn/report";
import { h } from "../dom.ts";
import { statusWord, words } from "../i18n.ts";
import { coverage, type Entry, type SortKey, type State } from "../state.ts";
import { downloadsBar, type PlanViewActions } from "./plan.ts";

export interface BatchActions {
  readonly open: (id: number) => void;
  readonly sort: (key: SortKey) => void;
  readonly filter: (text: string, onlyErrors: boolean) => void;
  readonly download: PlanViewActions["download"];
  readonly clear: () => void;
}

/** The sortable value of a column. */
function sortValue(e: Entry, key: SortKey): string | number {
  const r = e.analysis?.report;
  const c = coverage(e);
  switch (key) {
    case "name": return e.name;
    case "unit": return unitLabel(r?.plan ?? null, "vi") ?? "";
    case "province": return r?.ruleset?.province ?? r?.plan?.meta.province ?? "";
    case "year": return r?.comparison?.year ?? r?.plan?.meta.planYear ?? -1;
    case "errors": return r?.summary.errors ?? -1;
    case "warnings": return r?.summary.warnings ?? -1;
    case "met": return c?.met ?? -1;
    case "below": return c?.below ?? -1;
    case "missing": return c?.missing ?? -1;
  }
}

export function visibleEntries(state: State): Entry[] {
  const needle = state.filter.trim().toLocaleLowerCase("vi");
  const rows = state.entries.filter((e) => {
    if (state.onlyErrors && !((e.analysis?.report.summary.errors ?? 0) > 0 || e.status === "failed")) return false;
    if (!needle) return true;
    const r = e.analysis?.report;
    return [e.name, unitLabel(r?.plan ?? null, state.locale), r?.ruleset?.province, r?.plan?.meta.province].some((v) => v?.toLocaleLowerCase("vi").includes(needle));
  });
  const { key, descending } = state.sort;
  const sign = descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = sortValue(a, key), y = sortValue(b, key);
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "vi");
    return sign * order || a.id - b.id;
  });
}

/** One row per file: unit, province, year, findings, coverage; sortable, filterable; a row opens its plan. */
export function batchView(state: State, actions: BatchActions): HTMLElement {
  const w = words(state.locale);
  const rows = visibleEntries(state);
  const failed = state.entries.filter((e) => e.status === "failed").length;
  const plans = state.entries.filter((e) => e.status === "done").length;

  const header = (key: SortKey, label: string) => {
    const active = state.sort.key === key;
    return h("th", { scope: "col", "aria-sort": active ? (state.sort.descending ? "descending" : "ascending") : "none" },
      h("button", { type: "button", class: "sort", "data-sort": key, onclick: () => actions.sort(key) }, label, active ? (state.sort.descending ? " ▼" : " ▲") : ""));
  };
  const filterInput = h("input", { type: "search", id: "batch-filter", value: state.filter, placeholder: w.filterPlaceholder });
  const onlyErrors = h("input", { type: "checkbox", id: "only-errors", checked: state.onlyErrors });
  filterInput.addEventListener("input", () => actions.filter(filterInput.value, onlyErrors.checked));
  onlyErrors.addEventListener("change", () => actions.filter(filterInput.value, onlyErrors.checked));

  return h("section", { class: "batch", "aria-label": w.batch },
    h("div", { class: "batch-head" },
      h("h2", {}, w.batch, " ", h("span", { class: "muted", id: "batch-summary" }, w.summary(plans, failed))),
      h("div", { class: "batch-tools no-print" },
        h("label", { for: "batch-filter" }, `${w.filter} `), filterInput, " ",
        onlyErrors, h("label", { for: "only-errors" }, ` ${w.onlyErrors}`), " ",
        h("button", { type: "button", onclick: actions.clear }, w.clear)),
      plans > 0 ? downloadsBar(state.locale, actions.download, ["summary", "docx", "xlsx", "html", "json"]) : null,
    ),
    h("table", { class: "data batch-table" },
      h("thead", {}, h("tr", {},
        header("name", w.file), header("unit", w.unit), header("province", w.province), header("year", w.year),
        header("errors", w.errors), header("warnings", w.warnings),
        header("met", statusWord(state.locale, "met")), header("below", statusWord(state.locale, "below-target")), header("missing", statusWord(state.locale, "missing")),
        h("th", { scope: "col" }, w.status))),
      h("tbody", {}, rows.map((e) => batchRow(e, state.locale, actions)))),
    matrix(state),
  );
}

function batchRow(e: Entry, locale: Locale, actions: BatchActions): HTMLElement {
  const w = words(locale);
  const r = e.analysis?.report;
  const c = coverage(e);
  const status = e.status === "failed" ? h("span", { class: "sev-error reason" }, `${w.failed}: ${e.reason}`)
    : e.status === "done" ? h("span", { class: "ok" }, w.done)
    : h("span", { class: "progress" }, h("progress", { "aria-label": e.name }), " ", e.status === "reading" ? w.reading : w.queued);
  const name = e.status === "done"
    ? h("button", { type: "button", class: "open link", onclick: () => actions.open(e.id) }, e.name)
    : e.name;
  return h("tr", { "data-entry": e.id, "data-status": e.status, "data-shown-after": e.shownAfter ?? "", class: e.status === "failed" ? "failed" : "" },
    h("td", {}, name),
    h("td", {}, unitLabel(r?.plan ?? null, locale) ?? "—"),
    h("td", {}, r?.ruleset?.province ?? r?.plan?.meta.province ?? "—"),
    h("td", { class: "n" }, r?.comparison?.year ?? r?.plan?.meta.planYear ?? "—"),
    h("td", { class: `n ${(r?.summary.errors ?? 0) > 0 ? "sev-error" : ""}` }, r?.summary.errors ?? "—"),
    h("td", { class: `n ${(r?.summary.warnings ?? 0) > 0 ? "sev-warning" : ""}` }, r?.summary.warnings ?? "—"),
    h("td", { class: "n" }, c?.met ?? "—"), h("td", { class: "n" }, c?.below ?? "—"), h("td", { class: "n" }, c?.missing ?? "—"),
    h("td", {}, status));
}

/**
 * Commune × framework indicator, as the folder summary has it: one table per framework year (plans of
 * different years are held to different indicators), the verdict and the plan's figure per cell.
 */
function matrix(state: State): HTMLElement {
  const w = words(state.locale);
  const reports: FileReport[] = state.entries.filter((e) => e.analysis).map((e) => ({ ...e.analysis!.report, file: e.name }));
  const summary = summarizeBatch(reports, [], null, state.locale);
  const groups = summary.groups.filter((g) => g.indicators.length > 0);
  if (groups.length === 0) return h("p", { class: "muted" }, w.noMatrix);
  return h("div", { class: "matrix-wrap" }, groups.map((group) => h("table", { class: "data matrix" },
    h("caption", {}, `${w.matrix}${group.year !== null ? ` · ${w.year} ${group.year}` : ""}${group.frameworks.length > 0 ? ` · ${group.frameworks.join(", ")}` : ""}`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, w.unit), group.indicators.map((i) => h("th", { scope: "col", title: `${i.name}${i.required ? ` (${i.required})` : ""}` }, i.code)))),
    h("tbody", {}, group.rows.map((row) => h("tr", {},
      h("th", { scope: "row" }, row.unit ?? "—", h("br"), h("span", { class: "muted file-name" }, row.file)),
      group.indicators.map((i) => {
        const cell = row.cells[i.code];
        return cell ? h("td", { class: `st-${cell.status}`, title: statusWord(state.locale, cell.status) }, statusWord(state.locale, cell.status), cell.figure ? h("br") : null, cell.figure ?? "")
          : h("td", { class: "muted" }, "—");
      })))))));
}
