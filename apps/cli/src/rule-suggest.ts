import { message, type Locale } from "@cdsvn/core";
import { didYouMean } from "./province-flag.ts";
import { closest } from "./suggest.ts";

/** `unknown rule "budget/grup-sum"; did you mean budget/group-sum?`, for `cds explain` and a config's rule ids. */
export function unknownRule(locale: Locale, id: string, known: readonly string[]): string {
  const near = closest(id, known);
  return near.length === 0 ? message(locale, "cli.unknownRule", { id }) : `${message(locale, "cli.unknownRule", { id })}; ${didYouMean(locale, near)}`;
}
