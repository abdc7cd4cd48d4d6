import { formatValue, type ComparisonItem, type Confidence, type CoverageStatus, type FileReport, type Locale, type Plan, type SourceRef, type Target } from "@cdsvn/core";
import { t } from "./messages.ts";

/** "xã Tân Kỳ", "phường Hạc Thành", or null when the plan does not say. */
export function unitLabel(plan: Plan | null, locale: Locale): string | null {
  const m = plan?.meta;
  if (!m?.unitName) return null;
  return m.unitKind ? t(locale, `unit.${m.unitKind}`, { name: m.unitName }) : m.unitName;
}

/** A target as the document wrote it ("≥ 84%"), or built from its parts when raw is empty. */
export function targetLabel(target: Target | null | undefined, locale: Locale = "vi"): string {
  if (!target) return "—";
  if (target.raw.trim() !== "") return target.raw.trim();
  const unit = target.unit === "count" ? (target.unitLabel ?? "") : target.unit;
  const value = target.comparator === "range"
    ? `${formatValue(locale, target.value)}–${target.max == null ? "?" : formatValue(locale, target.max)}`
    : `${target.comparator === "=" ? "" : `${target.comparator} `}${formatValue(locale, target.value)}`;
  return `${value}${unit === "%" ? "%" : unit ? ` ${unit}` : ""}`;
}

/**
 * A comparison status in words, in `locale` ("đạt", "thấp hơn khung", "chưa có", …), as every report
 * writes it.
 */
export function statusLabel(locale: Locale, status: CoverageStatus): string {
  return t(locale, `status.${status}`);
}

export function confidenceLabel(locale: Locale, confidence: Confidence | null | undefined): string | null {
  return confidence ? t(locale, `confidence.${confidence}`) : null;
}

/** The title to show for one file's report: the plan's title, else the file name. */
export function reportHeading(report: FileReport): string {
  return report.plan?.meta.title ?? report.file;
}

/**
 * An ISO date as Vietnamese documents write it: "2026-06-24" → "ngày 24 tháng 6 năm 2026",
 * "2026-07" → "tháng 7 năm 2026", "2026" → "năm 2026". Anything else is returned as given.
 */
export function dateLabel(locale: Locale, iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, year, month, day] = m;
  // Nghị định 30/2020: days under 10 and the months 1 and 2 keep their leading zero ("ngày 05 tháng 01").
  const mo = month === undefined ? undefined : Number(month) < 3 ? month : String(Number(month));
  if (day !== undefined) return t(locale, "date.day", { day, month: mo, year });
  if (mo !== undefined) return t(locale, "date.month", { month: mo, year });
  return t(locale, "date.year", { year });
}

/**
 * A document (path-free): "2629/QĐ-TTg ngày 03/10/2022, Phụ lục I, mục 3". A document that is a file
 * path or a research note ("shared/research/legal-frameworks.md §B2") names nothing a reviewer can
 * look up, so it is left out; the confidence says what such a figure is worth.
 */
export function sourceLabel(locale: Locale, source: SourceRef | null | undefined): string | null {
  if (!source) return null;
  const document = isLookupable(source.document) ? source.document.trim() : null;
  const date = document && source.date ? dateLabel(locale, source.date) : null;
  // A full date reads on ("… ngày 03 tháng 10 năm 2022"); a month or a year goes in brackets.
  const fullDate = /^\d{4}-\d{2}-\d{2}$/.test(source.date ?? "");
  const parts = [document && date ? `${document} ${fullDate ? date : `(${date})`}` : document, source.article?.trim() || null].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** Not a file path, a URL or a note's section mark: something a reviewer can find in a gazette. */
function isLookupable(document: string): boolean {
  const d = document.trim();
  if (d === "") return false;
  if (/(^|[\s/])[\w.-]+\.(?:md|json|ts|js|txt|yaml|yml|csv)\b/i.test(d)) return false;
  if (/^(?:\.{0,2}\/|[a-z]+:\/\/|shared\/|research\/)/i.test(d)) return false;
  return true;
}

/** A source and how far it can be trusted, in words: "2629/QĐ-TTg, Phụ lục I (đã đối chiếu văn bản gốc)". */
export function sourceWithConfidence(locale: Locale, source: SourceRef | null | undefined, confidence: Confidence | null | undefined): string | null {
  const s = sourceLabel(locale, source);
  const c = confidenceLabel(locale, confidence);
  if (s && c) return `${s} (${c})`;
  return s ?? c;
}

/**
 * A value a finding expects or quotes, written as the plan writes numbers: 90000000 → "90.000.000".
 * A suggestion that is a bare machine number ("90000000", "83.5") is rewritten the same way.
 */
export function valueLabel(locale: Locale, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return formatValue(locale, value);
  if (typeof value === "string") return /^-?\d+(?:\.\d+)?$/.test(value.trim()) ? formatValue(locale, Number(value)) : value;
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** How far a comparison row's figure can be trusted, as the comparer recorded it. */
export function itemConfidence(item: ComparisonItem): Confidence | null {
  return item.confidence ?? null;
}

/** A framework indicator the commune must meet: the rows a verdict and its denominator count. */
export function inScope(item: ComparisonItem): boolean {
  return item.status !== "extra" && item.status !== "not-applicable";
}

/** Why a readable plan has no comparison, in words. */
export function notComparedReason(locale: Locale, report: FileReport): string | null {
  if (report.comparison) return null;
  if (report.plan === null) return t(locale, "notCompared.unreadable");
  if (!report.plan.meta.province) return t(locale, "notCompared.noProvince");
  if (report.plan.meta.planYear === null) return t(locale, "notCompared.noYear");
  return t(locale, "notCompared.noFramework", { year: String(report.plan.meta.planYear) });
}
