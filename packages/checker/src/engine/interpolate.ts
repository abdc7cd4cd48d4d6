import type { Locale } from "@cdsvn/core";

const formatters: Partial<Record<Locale, Intl.NumberFormat>> = {};

/**
 * A number as a reader of that locale writes it: 3711000000 → "3.711.000.000" (vi), 83.77 → "83,77".
 * Four-digit integers stay bare, so years read as years.
 */
export function formatValue(locale: Locale, value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 10000) return String(value);
  const f = (formatters[locale] ??= new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 }));
  return f.format(value);
}

/** Fills "{name}" placeholders from data; an unknown placeholder is left visible rather than dropped. */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = data?.[key];
    if (v === undefined) return whole;
    if (v === null) return "—";
    if (typeof v === "number") return formatValue(locale, v);
    return String(v);
  });
}
