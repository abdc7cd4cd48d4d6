import type { Locale } from "@cdsvn/core";

/** The formatters a report can be written in. */
export const FORMAT_NAMES = ["stylish", "json", "sarif", "markdown", "html"] as const;
/**
 * The name of a report format (`--format`): "stylish" (the terminal), "json", "sarif" (code-scanning
 * tools), "markdown" or "html" (one self-contained page).
 */
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** What every formatter is told besides the reports. */
export interface FormatContext {
  readonly locale: Locale;
  /** ANSI colours in the terminal view; see `shouldColor`. */
  readonly color: boolean;
  /** file → the NFC text its spans point into, for quoting the offending line. */
  readonly sources?: ReadonlyMap<string, string>;
}
