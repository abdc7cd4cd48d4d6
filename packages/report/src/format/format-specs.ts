import { message, type MessageId } from "@cdsvn/core";
import { FORMAT_NAMES, isFormatName, type FormatName } from "./context.ts";

/** One `--format` value: a formatter, and the file it goes to (null: stdout). */
export interface FormatSpec {
  readonly format: FormatName;
  readonly output: string | null;
}

/**
 * A `--format` value that names no formatter, or two outputs sent to stdout. The message is English;
 * `messageId` and `data` let a caller say it in the user's language: `message(locale, e.messageId, e.data)`.
 */
export class FormatSpecError extends Error {
  override readonly name = "FormatSpecError";
  readonly messageId: MessageId;
  readonly data: Readonly<Record<string, string>>;
  constructor(messageId: MessageId, data: Readonly<Record<string, string>>) {
    super(message("en", messageId, data));
    this.messageId = messageId;
    this.data = data;
  }
}

/**
 * `--format json:out.json --format stylish` → [{ json, "out.json" }, { stylish, null }]. Only the first
 * colon separates, so "sarif:C:\\out.sarif" keeps its drive letter. No value means stylish on stdout.
 * At most one format may go to stdout, since two would interleave into something no tool can read.
 */
export function parseFormatSpecs(values: readonly string[], fallback: FormatName = "stylish"): FormatSpec[] {
  if (values.length === 0) return [{ format: fallback, output: null }];
  const specs = values.map((value): FormatSpec => {
    const colon = value.indexOf(":");
    const name = (colon < 0 ? value : value.slice(0, colon)).trim().toLowerCase();
    const output = colon < 0 ? null : value.slice(colon + 1).trim();
    if (!isFormatName(name)) {
      throw new FormatSpecError("format.unknown", { name, names: FORMAT_NAMES.join(", ") });
    }
    if (output === "") throw new FormatSpecError("format.emptyFile", { value });
    return { format: name, output: output === "-" ? null : output };
  });
  const toStdout = specs.filter((s) => s.output === null);
  if (toStdout.length > 1) {
    throw new FormatSpecError("format.twoOnStdout", { names: toStdout.map((s) => s.format).join(", ") });
  }
  return specs;
}
