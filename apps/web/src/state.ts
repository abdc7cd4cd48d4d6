import type { Locale } from "@cdsvn/core";
import type { Analysis, FrameworkFile, FrameworkInfo } from "./engine/protocol.ts";

/** One file the reviewer dropped, and what became of it. */
export interface Entry {
  readonly id: number;
  /** The name as dropped (with its folder path when a folder was dropped). */
  readonly name: string;
  readonly bytes: Uint8Array;
  status: "queued" | "reading" | "done" | "failed";
  /** Why the file could not be read, in the page's language. */
  reason: string | null;
  analysis: Analysis | null;
  /** The reviewer's overrides for this plan; null: what the engine found. */
  province: string | null;
  year: number | null;
  /** Time from the drop to the review on screen (ms), for the bench. */
  shownAfter: number | null;
}

export type SortKey = "name" | "unit" | "province" | "year" | "errors" | "warnings" | "met" | "below" | "missing";

export interface State {
  locale: Locale;
  entries: Entry[];
  /** The plan on screen; null: the batch view. */
  selected: number | null;
  framework: { readonly file: FrameworkFile; readonly info: FrameworkInfo } | null;
  frameworkError: string | null;
  sort: { key: SortKey; descending: boolean };
  filter: string;
  onlyErrors: boolean;
}

export function initialState(locale: Locale): State {
  return { locale, entries: [], selected: null, framework: null, frameworkError: null, sort: { key: "name", descending: false }, filter: "", onlyErrors: false };
}

/** Coverage counts of a plan's comparison, the figures of the batch table. */
export function coverage(entry: Entry): { met: number; below: number; missing: number } | null {
  const c = entry.analysis?.report.comparison;
  if (!c) return null;
  return { met: c.counts.met ?? 0, below: c.counts["below-target"] ?? 0, missing: c.counts.missing ?? 0 };
}
