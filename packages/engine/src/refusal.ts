import { message, type Locale, type MessageId } from "@cdsvn/core";
import type { InputRejected } from "./input.ts";

/**
 * The reader's and engine's refusal reasons arrive as English sentences (`InputRejected.reason`); the
 * known ones are matched here to catalogue ids so a Vietnamese run prints Vietnamese. One table, in the
 * reader's wording (packages/reader: read.ts, formats/detect.ts, formats/pdf.ts, formats/docx.ts,
 * input/not-a-plan.ts); a reason not in it is shown as it came, which a test of the reader's wording keeps rare.
 */
const REFUSALS: readonly (readonly [RegExp, MessageId, (m: RegExpExecArray) => Record<string, string>])[] = [
  [/^the file is empty$/, "cli.file.empty", () => ({})],
  [/^larger than (\d+) MB$/, "cli.file.tooLarge", (m) => ({ mb: m[1]! })],
  [/^the document is password-protected/, "cli.file.encrypted", () => ({})],
  [/^unsupported format: a zip archive \(\.(.*)\)$/, "cli.file.unsupportedZip", (m) => ({ ext: m[1]! })],
  [/^unsupported format: an? (PNG|JPEG|GIF) image$/, "cli.file.unsupportedImage", (m) => ({ kind: m[1]! })],
  [/^unsupported format: a legacy Office file/, "cli.file.legacyOffice", () => ({})],
  [/^unsupported format: extension \.(.*)$/, "cli.file.unsupportedExtension", (m) => ({ ext: m[1]! })],
  [/^unsupported format: a \.json file is a plan already parsed/, "cli.file.jsonNotPlan", () => ({})],
  [/^the PDF is password-protected$/, "cli.file.pdfPassword", () => ({})],
  [/^the PDF has no text layer/, "cli.file.pdfNoText", () => ({})],
  [/^the PDF has (\d+) pages, over the (\d+)-page limit$/, "cli.file.pdfPages", (m) => ({ pages: m[1]!, limit: m[2]! })],
  [/^a corrupt PDF \(([\s\S]*)\)$/, "cli.file.corruptPdf", (m) => ({ detail: m[1]! })],
  [/^a corrupt \.docx \(([\s\S]*)\)$/, "cli.file.corruptDocx", (m) => ({ detail: m[1]! })],
  [/^not a Word document/, "cli.file.notWord", () => ({})],
  [/^(.+) unpacks beyond the size limit/, "cli.file.zipBomb", (m) => ({ entry: m[1]! })],
  [/^the file is too large or too deeply nested/, "cli.file.tooDeep", () => ({})],
  [/^more than (\d+) M characters of text$/, "cli.file.tooManyChars", (m) => ({ count: m[1]! })],
  [/^the document has no text$/, "cli.file.noText", () => ({})],
  [/^binary data, not the text of a plan$/, "cli.file.binary", () => ({})],
  [/^no Vietnamese text: not a plan$/, "cli.file.notVietnamese", () => ({})],
  [/^cannot read the (\w+) file \(([\s\S]*)\)$/, "cli.file.cannotReadFormat", (m) => ({ format: m[1]!, detail: m[2]! })],
  [/^cannot read \(([\s\S]*)\)$/, "cli.file.cannotRead", (m) => ({ detail: m[1]! })],
];

/**
 * Why an input was refused, in `locale`: the catalogue entry the engine named (`reasonId`), else the
 * reader's English reason matched to its entry, else the reason as it came. Every door (the CLI, the
 * web page, an app) shows a refusal through this, so the same file is refused in the same words.
 *
 * @example
 * ```ts
 * import { InputRejected, refusalIn } from "@cdsvn/engine";
 * const e = new InputRejected("a.pdf", "the PDF is password-protected");
 * refusalIn(e, "vi"); // "tệp PDF có mật khẩu"
 * ```
 */
export function refusalIn(e: InputRejected, locale: Locale): string {
  return e.reasonId ? message(locale, e.reasonId) : refusalText(e.reason, locale);
}

/** A reader's refusal reason in `locale` (as it came when the table does not know it). */
export function refusalText(reason: string, locale: Locale): string {
  for (const [pattern, id, data] of REFUSALS) {
    const m = pattern.exec(reason);
    if (m) return message(locale, id, data(m));
  }
  return reason;
}
