import type { Diagnostic, FileReport, Locale, Severity } from "@cdsvn/core";
import { lineIndex, lineOf } from "@cdsvn/core";
import { t } from "./messages.ts";
import { sourceLabel, valueLabel } from "./plan-labels.ts";

/** The part of a plan a finding is about; findings are grouped by it in every human-readable report. */
export type SectionKey = "meta" | "legalBases" | "indicators" | "tasks" | "budget" | "framework" | "document";

const SECTION_ORDER: readonly SectionKey[] = ["meta", "legalBases", "indicators", "tasks", "budget", "framework", "document"];

/**
 * The section from the finding's JSON Pointer ("/budget/lines/17" → budget); framework findings and
 * whole-document findings without a pointer get their own group, so nothing is left ungrouped.
 */
export function sectionOf(d: Diagnostic): SectionKey {
  const head = d.path?.split("/")[1];
  if (head === "meta" || head === "legalBases" || head === "indicators" || head === "tasks" || head === "budget") return head;
  if (d.category === "framework-coverage" || d.category === "framework-target") return "framework";
  if (d.category === "document-metadata") return "meta";
  if (d.category === "budget-arithmetic") return "budget";
  if (d.category === "legal-reference") return "legalBases";
  return "document";
}

export function sectionTitle(locale: Locale, key: SectionKey): string {
  return t(locale, `section.${key}`);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings grouped by section (in the order a plan is read), each group by line then severity. */
export function groupBySection(diagnostics: readonly Diagnostic[]): Array<{ section: SectionKey; items: Diagnostic[] }> {
  const groups = new Map<SectionKey, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = sectionOf(d);
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  return SECTION_ORDER.filter((k) => groups.has(k)).map((section) => ({
    section,
    items: [...groups.get(section)!].sort(
      (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    ),
  }));
}

/** Findings by severity: of one report (its `summary`) or of a run. */
export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

const MAX_QUOTE = 200;

/**
 * Quotes the source line a finding points at, trimmed and cut to a readable length; null when the
 * text is not at hand (a plan read from JSON) or the finding is about the whole document.
 */
export function makeQuoter(text: string | undefined): (d: Diagnostic) => string | null {
  if (text === undefined || text === "") return () => null;
  let starts: readonly number[] | undefined;
  return (d) => {
    starts ??= lineIndex(text);
    const line = d.line ?? (d.span ? lineOf(starts, d.span.start) : null);
    if (line === null || line < 1 || line > starts.length) return null;
    const start = starts[line - 1]!;
    const end = line < starts.length ? starts[line]! - 1 : text.length;
    const quoted = text.slice(start, end).replace(/\s+/g, " ").trim();
    if (quoted === "") return null;
    return quoted.length > MAX_QUOTE ? `${quoted.slice(0, MAX_QUOTE - 1)}…` : quoted;
  };
}

/** What every report prints under a finding besides its message, each part already in words. */
export interface FindingNotes {
  /** "dòng 6", or null for a whole-document finding. */
  readonly place: string | null;
  /** "2629/QĐ-TTg, Phụ lục I, mục 3"; never a file path. */
  readonly source: string | null;
  /** The correction, numbers written as the plan writes them ("90.000.000"). */
  readonly suggestion: string | null;
}

/**
 * The notes under a finding, in `locale`: its place ("dòng 6"), its source in words and its suggested
 * correction written as the plan writes numbers. Every report format prints the same notes.
 */
export function findingNotes(locale: Locale, d: Diagnostic): FindingNotes {
  const suggestion = d.suggestion ? valueLabel(locale, d.suggestion) : null;
  return {
    place: d.line === null ? null : t(locale, "report.line", { line: String(d.line) }),
    source: sourceLabel(locale, d.source),
    suggestion,
  };
}
