import type { CoverageStatus, FileReport, Locale } from "@cdsvn/core";
import { t } from "./messages.ts";
import { confidenceLabel, inScope, itemConfidence, notComparedReason, sourceLabel, statusLabel, targetLabel } from "./plan-labels.ts";

/** One framework indicator that applies to the commune, in words, as every report shows it. */
export interface ComparisonRowView {
  readonly no: number;
  readonly code: string | null;
  readonly name: string;
  readonly required: string;
  readonly planned: string;
  readonly status: CoverageStatus;
  readonly statusText: string;
  /** Document, date and article; null when the row names no document a reviewer can look up. */
  readonly source: string | null;
  /** 1-based index of `source` in the view's `sources`, so a table cites "[1]" instead of repeating it. */
  readonly sourceNo: number | null;
  readonly confidence: string | null;
  /** What the source column shows: "[1] (đã đối chiếu văn bản gốc)". */
  readonly cite: string;
}

/** How a report shows the plan's indicators that are outside the framework. */
export type ExtrasMode = "compact" | "omit";

/** A plan's comparison as the reports show it: in-scope rows only, their count, the extras apart. */
export interface ComparisonView {
  /** "Khung chỉ tiêu áp dụng cho năm 2026". */
  readonly frameworkLine: string;
  readonly rows: readonly ComparisonRowView[];
  readonly met: number;
  /** "5 đạt trên 11 chỉ tiêu áp dụng cho xã": the denominator counts in-scope rows only. */
  readonly scopeLine: string;
  /** Plan indicators matched to nothing in the framework: "name (figure)". */
  readonly extras: readonly string[];
  /** The distinct sources the rows cite, in order of first use. */
  readonly sources: readonly string[];
  /** "Căn cứ: [1] 2629/QĐ-TTg …; [2] …", or null when no row has a source. */
  readonly sourcesLine: string | null;
}

/**
 * The comparison every format shows, computed once: rows that apply to the commune (not "không áp
 * dụng", not "ngoài khung"), numbered, with source and confidence in words; the extras as short labels.
 * Null when the plan was not compared (see `notComparedLine`).
 */
export function comparisonView(locale: Locale, report: FileReport): ComparisonView | null {
  const cmp = report.comparison;
  if (!cmp) return null;
  const applying = cmp.items.filter(inScope);
  const sources: string[] = [];
  const rows = applying.map((item, i): ComparisonRowView => {
    const source = sourceLabel(locale, item.source);
    let sourceNo: number | null = null;
    if (source !== null) {
      const at = sources.indexOf(source);
      sourceNo = (at < 0 ? sources.push(source) : at + 1);
    }
    const confidence = confidenceLabel(locale, itemConfidence(item));
    return {
      no: i + 1,
      code: item.code,
      name: item.name,
      required: targetLabel(item.required, locale),
      planned: targetLabel(item.planned, locale),
      status: item.status,
      statusText: statusLabel(locale, item.status),
      source,
      sourceNo,
      confidence,
      cite: [sourceNo === null ? null : `[${sourceNo}]`, confidence ? `(${confidence})` : null].filter(Boolean).join(" "),
    };
  });
  const met = rows.filter((r) => r.status === "met").length;
  const extras = cmp.items.filter((i) => i.status === "extra").map((i) => (i.planned ? `${i.name.trim()} (${targetLabel(i.planned, locale)})` : i.name.trim()));
  return {
    // The framework's id is an internal key; the sources under the table name its documents.
    frameworkLine: t(locale, "report.frameworkLine", { year: String(cmp.year) }),
    rows,
    met,
    scopeLine: t(locale, "report.inScope", { met, scope: rows.length }),
    extras,
    sources,
    sourcesLine: sources.length === 0 ? null : `${t(locale, "comparison.source")}: ${sources.map((src, i) => `[${i + 1}] ${src}`).join("; ")}`,
  };
}

/** "Chưa đối chiếu được với khung chỉ tiêu: không xác định được tỉnh", for a plan read but not compared. */
export function notComparedLine(locale: Locale, report: FileReport): string | null {
  if (report.plan === null) return null;
  const reason = notComparedReason(locale, report);
  return reason === null ? null : t(locale, "report.notCompared", { reason });
}
