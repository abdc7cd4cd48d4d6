import type { Locale } from "@cdsvn/core";
import type { ProvinceChoice } from "@cdsvn/engine";

/**
 * The stderr line that says a plan's province could not be told, or null when it could. The checks
 * still run (national ones only), so this is a note, not a failure.
 */
export function provinceNote(file: string, choice: ProvinceChoice, locale: Locale): string | null {
  const p = choice.problem;
  if (!p) return null;
  if (p.kind === "ambiguous") {
    return locale === "vi"
      ? `cds: ${file}: không xác định được tỉnh (có thể là ${p.candidates.join(", ")}); dùng --province; chỉ kiểm tra theo khung quốc gia`
      : `cds: ${file}: cannot tell the province (could be ${p.candidates.join(", ")}); use --province; national checks only`;
  }
  return locale === "vi"
    ? `cds: ${file}: không tìm thấy tỉnh của kế hoạch; dùng --province; chỉ kiểm tra theo khung quốc gia`
    : `cds: ${file}: no province found in the plan; use --province; national checks only`;
}
