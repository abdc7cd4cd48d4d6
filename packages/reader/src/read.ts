import { type Diagnostic, type DocTree, type Plan } from "@cdsvn/core";
import { decodeText } from "./input/decode.ts";
import { UnsupportedFormat, UnreadableInput, type ReaderError } from "./input/errors.ts";
import { detectFormat, type Format } from "./formats/detect.ts";
import { textToTree } from "./formats/text.ts";
import { extractPlan } from "./extract/index.ts";

export interface ReadResult {
  readonly plan: Plan;
  readonly tree: DocTree;
  /** What the reader could not understand, as `parse` diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface ReadOptions {
  /** The file name, for format detection by extension and for messages. */
  readonly fileName: string;
}

/** Bytes → the neutral document tree. Knows no file system: the caller supplies the bytes. */
export async function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<{ tree: DocTree; format: Format }> {
  const format = detectFormat(options.fileName, bytes);
  if (typeof format !== "string") throw new UnsupportedFormat(options.fileName, format.unsupported);
  switch (format) {
    case "txt":
    case "md":
      return { tree: textToTree(decodeText(bytes), format), format };
    default:
      throw new UnsupportedFormat(options.fileName, `.${format} is not supported yet`);
  }
}

/** Bytes → Plan, the reader's whole job. Rejects with a ReaderError when the file cannot be read at all. */
export async function readPlan(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  if (bytes.length === 0) throw new UnreadableInput(options.fileName, "the file is empty");
  const { tree } = await readDocument(bytes, options);
  const { plan, diagnostics } = extractPlan(tree, options.fileName);
  return { plan, tree, diagnostics };
}

export { extractPlan };
export type { ReaderError };
