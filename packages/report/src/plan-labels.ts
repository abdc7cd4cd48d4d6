import type { FileReport, Locale, Plan, Target } from "@cdsvn/core";
import { msg, type ReportMessageId } from "./messages.ts";

/** "xã Tân Kỳ", "phường Hạc Thành", or null when the plan does not say. */
export function unitLabel(plan: Plan | null): string | null {
  const m = plan?.meta;
  if (!m?.unitName) return null;
  const kind = m.unitKind === "phuong" ? "phường" : m.unitKind === "dac-khu" ? "đặc khu" : m.unitKind === "xa" ? "xã" : "";
  return kind ? `${kind} ${m.unitName}` : m.unitName;
}

/** A target as the document wrote it ("≥ 84%"), or built from its parts when raw is empty. */
export function targetLabel(t: Target | null | undefined): string {
  if (!t) return "—";
  if (t.raw.trim() !== "") return t.raw.trim();
  const unit = t.unit === "count" ? (t.unitLabel ?? "") : t.unit;
  const value = t.comparator === "range" ? `${t.value}–${t.max ?? "?"}` : `${t.comparator === "=" ? "" : `${t.comparator} `}${t.value}`;
  return `${value}${unit === "%" ? "%" : unit ? ` ${unit}` : ""}`;
}

export function statusLabel(locale: Locale, status: string): string {
  return msg(locale, `status.${status}` as ReportMessageId);
}

/** The title to show for one file's report: the plan's title, else the file name. */
export function reportHeading(report: FileReport): string {
  return report.plan?.meta.title ?? report.file;
}
