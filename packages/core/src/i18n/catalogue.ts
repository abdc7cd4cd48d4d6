import type { Locale } from "../rule/contract.ts";

/**
 * One message in every language the toolkit speaks, side by side, so a missing translation is a type
 * error and a reviewer of the wording sees both at once. `{name}` placeholders are filled by
 * `interpolate` (the same grammar rule messages use).
 */
export type MessageEntry = { readonly [L in Locale]: string };

/** A catalogue: message id → entry. Ids are namespaced by who reads them ("report.", "status.", "cli."). */
export type Catalogue = Readonly<Record<string, MessageEntry>>;

const formatters: Partial<Record<Locale, Intl.NumberFormat>> = {};

/**
 * A number as a reader of that locale writes it: 3711000000 → "3.711.000.000" (vi), 83.77 → "83,77".
 * Four-digit integers stay bare, so years read as years.
 */
export function formatValue(locale: Locale, value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (Number.isInteger(value) && Math.abs(value) < 10000) return String(value);
  const f = (formatters[locale] ??= new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 }));
  return f.format(value);
}

/** Fills "{name}" placeholders; numbers are written the locale's way; an unknown placeholder stays visible. */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = data?.[key];
    if (v === undefined) return whole;
    if (v === null) return "—";
    if (typeof v === "number") return formatValue(locale, v);
    return String(v);
  });
}
