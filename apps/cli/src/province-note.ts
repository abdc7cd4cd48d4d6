import { message, type Locale } from "@cdsvn/core";
import type { ProvinceChoice } from "@cdsvn/engine";

/**
 * The stderr line that says a plan's province could not be told, or null when it could. The checks
 * still run (national ones only), so this is a note, not a failure.
 */
export function provinceNote(file: string, choice: ProvinceChoice, locale: Locale): string | null {
  const p = choice.problem;
  if (!p) return null;
  if (p.kind === "ambiguous") return message(locale, "cli.provinceAmbiguous", { file, candidates: p.candidates.join(", ") });
  return message(locale, "cli.provinceNotFound", { file });
}
