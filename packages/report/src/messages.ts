import { message, type Locale, type MessageId, type Severity } from "@cdsvn/core";

/**
 * The report's words come from core's message catalogue, by id; finding messages come localised from
 * the rules. Nothing in this package spells a word a person reads (the catalogue test checks).
 */
export const t = message;
export type { MessageId };

/** A severity in words: "lỗi" / "error", "cảnh báo" / "warning", "thông tin" / "info". */
export function severityLabel(locale: Locale, severity: Severity): string {
  return message(locale, `severity.${severity}`);
}

/** "3 lỗi, 1 cảnh báo, 0 thông tin" / "3 errors, 1 warnings, 0 infos". */
export function countsLine(locale: Locale, counts: { readonly errors: number; readonly warnings: number; readonly infos: number }): string {
  return message(locale, "report.counts", { errors: counts.errors, warnings: counts.warnings, infos: counts.infos });
}

/** 3711000000 → "3.711.000.000" (vi) or "3,711,000,000" (en). */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 }).format(n);
}
