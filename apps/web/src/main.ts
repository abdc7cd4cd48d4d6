import "./styles.css";
import type { Locale } from "@cdsvn/core";
import { h, mount } from "./dom.ts";
import { AnalysisPool } from "./engine/pool.ts";
import type { FrameworkFile } from "./engine/protocol.ts";
import { loadFramework, removeFramework, saveFramework } from "./framework-store.ts";
import { words } from "./i18n.ts";
import { fromDrop, fromInput, type Picked } from "./intake.ts";
import { initialState, type Entry, type SortKey, type State } from "./state.ts";
import { batchView } from "./views/batch.ts";
import { planView, type ProvinceNames } from "./views/plan.ts";
import type { DownloadKind } from "./downloads.ts";

/**
 * The reviewer's page: drop plans, read each review next to its text, download what goes back.
 * Everything runs here: the engine in workers (./engine), nothing sent over the network.
 */

/** The bundled plugins' provinces, for the per-plan override (ids as the engine knows them). */
const PROVINCES: ProvinceNames = [
  { id: "ha-tinh", name: "Hà Tĩnh" }, { id: "hai-phong", name: "Hải Phòng" }, { id: "nghe-an", name: "Nghệ An" }, { id: "thanh-hoa", name: "Thanh Hóa" },
];
const LOCALE_KEY = "cds-web-locale";

const state: State = initialState(storedLocale());
const pool = new AnalysisPool();
// For automation and the bench: the engine is loaded and a drop is analysed at once.
pool.onReady = () => { document.documentElement.dataset.engine = "ready"; };
let nextId = 1;

const root = document.getElementById("app")!;
const headerEl = h("header", { class: "top" });
const intakeEl = h("section", { class: "intake no-print" });
const liveEl = h("p", { class: "visually-hidden", "aria-live": "polite", id: "live" });
const viewEl = h("main", { id: "view", tabindex: -1 });
mount(root, headerEl, intakeEl, liveEl, viewEl);

function storedLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

function renderHeader() {
  const w = words(state.locale);
  document.documentElement.lang = state.locale;
  document.title = w.appTitle;
  mount(headerEl,
    h("div", {}, h("h1", {}, w.appTitle), h("p", { class: "tagline" }, w.tagline)),
    h("div", { class: "top-tools no-print" },
      h("button", { type: "button", id: "print", onclick: () => window.print() }, w.print), " ",
      h("button", { type: "button", id: "language", lang: state.locale === "vi" ? "en" : "vi", "aria-label": w.languageLabel, onclick: switchLanguage }, w.language)));
}

function renderIntake() {
  const w = words(state.locale);
  const files = h("input", { type: "file", id: "files", multiple: true, accept: ".docx,.pdf,.txt,.md,.html,.htm,.json" });
  files.addEventListener("change", () => { void addFiles(fromInput(files.files)); files.value = ""; });
  const folder = h("input", { type: "file", id: "folder", webkitdirectory: true, multiple: true });
  folder.addEventListener("change", () => { void addFiles(fromInput(folder.files)); folder.value = ""; });
  const zone = h("div", { class: "drop-zone", id: "drop-zone" },
    h("p", { class: "drop-title" }, w.dropTitle),
    h("p", { class: "muted" }, w.dropHint),
    h("label", { for: "files", class: "button" }, w.pickFiles), files, " ",
    h("label", { for: "folder", class: "button" }, w.pickFolder), folder);
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer) void fromDrop(event.dataTransfer).then(addFiles);
  });
  mount(intakeEl, zone, frameworkPanel());
}

function frameworkPanel(): HTMLElement {
  const w = words(state.locale);
  const input = h("input", { type: "file", id: "framework-file", accept: ".xlsx,.csv,.json" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) void file.arrayBuffer().then((b) => setFramework({ name: file.name, bytes: new Uint8Array(b) }, true));
  });
  const f = state.framework;
  return h("div", { class: "framework-panel", id: "framework-panel" },
    h("h2", {}, w.frameworkOwn),
    f ? h("p", { id: "framework-info" }, h("strong", {}, f.info.name), ` (${f.file.name}; ${f.info.province ?? "—"}; ${f.info.years}; ${f.info.indicators} ${w.indicators.toLowerCase()}). `, h("span", { class: "muted" }, w.frameworkKept))
      : h("p", { class: "muted", id: "framework-info" }, w.frameworkNone),
    f && f.info.notes.length > 0 ? h("details", { class: "framework-notes" }, h("summary", {}, `${w.frameworkNotes} (${f.info.notes.length})`), h("ul", {}, f.info.notes.map((n) => h("li", {}, n)))) : null,
    state.frameworkError ? h("p", { class: "sev-error", role: "alert", id: "framework-error" }, state.frameworkError) : null,
    h("label", { for: "framework-file", class: "button" }, w.frameworkLoad), input, " ",
    f ? h("button", { type: "button", id: "framework-remove", onclick: () => void setFramework(null, true) }, w.frameworkRemove) : null);
}

function renderView() {
  // With a plan on screen the intake shrinks to its buttons, so the review starts higher on a laptop screen.
  intakeEl.classList.toggle("compact", state.selected !== null);
  if (state.selected !== null) {
    const entry = state.entries.find((e) => e.id === state.selected);
    if (entry?.analysis) {
      mount(viewEl, planView(entry, state.locale, PROVINCES, {
        back: () => { state.selected = null; renderView(); viewEl.focus(); },
        rerun: (province, year) => { entry.province = province; entry.year = year; void analyzeEntry(entry, performance.now()); },
        download: (kind, button) => void runDownload(kind, [entry], button),
      }));
      return;
    }
    state.selected = null;
  }
  if (state.entries.length === 0) return mount(viewEl);
  mount(viewEl, batchView(state, {
    open: (id) => { state.selected = id; renderView(); viewEl.focus(); window.scrollTo(0, viewEl.offsetTop); },
    sort: (key: SortKey) => { state.sort = { key, descending: state.sort.key === key ? !state.sort.descending : false }; renderView(); viewEl.querySelector<HTMLElement>(`[data-sort="${key}"]`)?.focus(); },
    filter: (text, onlyErrors) => {
      state.filter = text; state.onlyErrors = onlyErrors; renderView();
      const el = viewEl.querySelector<HTMLInputElement>(document.activeElement?.id === "only-errors" ? "#only-errors" : "#batch-filter");
      el?.focus();
    },
    download: (kind, button) => void runDownload(kind, state.entries.filter((e) => e.analysis), button),
    clear: () => { state.entries = []; state.selected = null; renderView(); },
  }));
}

/** Re-renders the batch view only when it is on screen (progress of other files must not reset the plan view). */
function refresh(entry: Entry) {
  if (state.selected === null || state.selected === entry.id) renderView();
}

async function addFiles(picked: readonly Picked[]) {
  const dropped = performance.now();
  if (picked.length === 0) return;
  const fresh: Entry[] = [];
  for (const p of picked) {
    const bytes = new Uint8Array(await p.file.arrayBuffer());
    fresh.push({ id: nextId++, name: p.name, bytes, status: "queued", reason: null, analysis: null, province: null, year: null, shownAfter: null });
  }
  // One plan dropped on an empty page opens straight into its review.
  const openFirst = state.entries.length === 0 && fresh.length === 1 ? fresh[0]! : null;
  state.entries.push(...fresh);
  state.selected = null;
  renderView();
  await Promise.all(fresh.map((e) => analyzeEntry(e, dropped, e === openFirst)));
  liveEl.textContent = words(state.locale).summary(state.entries.filter((e) => e.status === "done").length, state.entries.filter((e) => e.status === "failed").length);
}

async function analyzeEntry(entry: Entry, since: number, open = false) {
  entry.status = "queued";
  const settings = { locale: state.locale, province: entry.province, year: entry.year, framework: state.framework?.file ?? null };
  try {
    const analysis = await pool.analyze(entry.name, entry.bytes, settings, () => { entry.status = "reading"; refresh(entry); });
    Object.assign(entry, { analysis, status: "done", reason: null });
    if (open) state.selected = entry.id;
  } catch (e) {
    Object.assign(entry, { analysis: null, status: "failed", reason: e instanceof Error ? e.message : String(e) });
  }
  refresh(entry);
  // The review is on screen once the browser has painted it.
  requestAnimationFrame(() => setTimeout(() => {
    entry.shownAfter = Math.round(performance.now() - since);
    document.querySelector(`[data-entry="${entry.id}"]`)?.setAttribute("data-shown-after", String(entry.shownAfter));
    if (state.selected === entry.id) viewEl.querySelector(".plan-view")?.setAttribute("data-shown-after", String(entry.shownAfter));
  }, 0));
}

/** Every plan again (the language or the framework changed): their findings depend on both. */
function reanalyzeAll() {
  const since = performance.now();
  for (const e of state.entries) void analyzeEntry(e, since);
}

async function setFramework(file: FrameworkFile | null, persist: boolean) {
  state.frameworkError = null;
  if (file === null) {
    state.framework = null;
    if (persist) await removeFramework().catch(() => {});
  } else {
    try {
      const info = await pool.readFramework(file, state.locale);
      state.framework = { file, info };
      if (persist) await saveFramework(file).catch(() => {});
    } catch (e) {
      state.frameworkError = e instanceof Error ? e.message : String(e);
    }
  }
  renderIntake();
  if (persist) reanalyzeAll();
}

function switchLanguage() {
  state.locale = state.locale === "vi" ? "en" : "vi";
  try { localStorage.setItem(LOCALE_KEY, state.locale); } catch { /* private window: the choice lasts the visit */ }
  renderHeader();
  renderIntake();
  renderView();
  reanalyzeAll();
  document.getElementById("language")?.focus();
}

async function runDownload(kind: DownloadKind, entries: readonly Entry[], button: HTMLButtonElement) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = words(state.locale).preparing;
  try {
    const { download, stemOf } = await import("./downloads.ts");
    const reports = entries.map((e) => ({ ...e.analysis!.report, file: e.name }));
    await download(kind, {
      reports,
      sources: new Map(entries.map((e) => [e.name, e.analysis!.text])),
      unreadable: state.entries.filter((e) => e.status === "failed").map((e) => ({ file: e.name, reason: e.reason ?? "" })),
      locale: state.locale,
      stem: entries.length === 1 && kind !== "summary" ? stemOf(entries[0]!.name) : kind === "summary" ? "tong-hop" : "cac-ke-hoach",
    });
  } catch (e) {
    liveEl.textContent = e instanceof Error ? e.message : String(e);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

// A file dropped anywhere on the page is taken too: the browser would otherwise open it in place of the
// page and lose the reviewer's work.
window.addEventListener("dragover", (event) => event.preventDefault());
window.addEventListener("drop", (event) => {
  event.preventDefault();
  if (event.dataTransfer && !(event.target as Element | null)?.closest?.("#drop-zone")) void fromDrop(event.dataTransfer).then(addFiles);
});

renderHeader();
renderIntake();
renderView();
// The engine loads in the workers once the first screen is up, not before it.
(globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(() => pool.warm());
void loadFramework().then(async (stored) => {
  if (stored) await setFramework(stored, false);
});
