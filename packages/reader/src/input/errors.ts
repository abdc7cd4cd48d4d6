/** Why a file could not be read at all (as opposed to parts of it, which become `parse` diagnostics). */
export class UnsupportedFormat extends Error {
  readonly _tag = "UnsupportedFormat";
  readonly fileName: string;
  readonly detail: string;
  constructor(fileName: string, detail: string) {
    super(`${fileName}: unsupported format (${detail})`);
    this.fileName = fileName;
    this.detail = `unsupported format: ${detail}`;
  }
}

/**
 * Why a file in a supported format could not be read at all: empty, too large, password-protected,
 * corrupt, or not a plan. `detail` says which in one line; `message` is "<file>: cannot read
 * (<detail>)".
 */
export class UnreadableInput extends Error {
  readonly _tag = "UnreadableInput";
  readonly fileName: string;
  readonly detail: string;
  constructor(fileName: string, detail: string) {
    super(`${fileName}: cannot read (${detail})`);
    this.fileName = fileName;
    this.detail = detail;
  }
}

/**
 * What `readPlan` and `readDocument` reject with, and nothing else: test with `instanceof` or `_tag`.
 */
export type ReaderError = UnsupportedFormat | UnreadableInput;
