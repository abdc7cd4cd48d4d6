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

export type ReaderError = UnsupportedFormat | UnreadableInput;
