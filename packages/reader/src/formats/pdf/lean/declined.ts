/**
 * Why the lean reader handed a PDF to PDF.js: anything outside what it fully understands. Each
 * reason is one kind of file (documented in docs/reader.md); the message says where.
 */
export type DeclineReason =
  | "encrypted" | "xref" | "syntax" | "filter" | "size" | "pages" | "font" | "content" | "inline-image" | "form";

export class Declined extends Error {
  override readonly name = "Declined";
  readonly reason: DeclineReason;
  constructor(reason: DeclineReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.reason = reason;
  }
}
