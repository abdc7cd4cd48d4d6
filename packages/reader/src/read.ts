import { type Diagnostic, type DocTree, type Plan } from "@cdsvn/core";
import { decodeTextWithInfo } from "./input/decode.ts";
import { UnsupportedFormat, UnreadableInput, type ReaderError } from "./input/errors.ts";
import { detectLegacyEncoding } from "./input/legacy.ts";
import { LIMITS } from "./input/limits.ts";
import { detectFormat, isEncryptedOffice, type Format } from "./formats/detect.ts";
import { textToTree } from "./formats/text.ts";
import { extractPlan } from "./extract/index.ts";
import { parseDiagnostic } from "./extract/diagnostics.ts";

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

export interface DocumentResult {
  readonly tree: DocTree;
  readonly format: Format;
  /** What the front-end noticed but could read past (legacy encoding, rows it could not place …). */
  readonly diagnostics: Diagnostic[];
}

/**
 * Bytes → the neutral document tree. Knows no file system: the caller supplies the bytes.
 * Rejects only with a ReaderError (UnsupportedFormat, UnreadableInput); anything else a front-end
 * throws on a broken file is turned into UnreadableInput, so no stack trace reaches a user.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions): Promise<DocumentResult> {
  const { fileName } = options;
  if (bytes.length === 0) throw new UnreadableInput(fileName, "the file is empty");
  if (bytes.length > LIMITS.inputBytes) throw new UnreadableInput(fileName, `larger than ${LIMITS.inputBytes / 1048576} MB`);
  if (isEncryptedOffice(bytes)) throw new UnreadableInput(fileName, "the document is password-protected (encrypted); save it without a password");
  const format = detectFormat(fileName, bytes);
  if (typeof format !== "string") throw new UnsupportedFormat(fileName, format.unsupported);
  try {
    const diagnostics: Diagnostic[] = [];
    const tree = await frontEnd(format, bytes, fileName, diagnostics);
    const legacy = detectLegacyEncoding(tree.text);
    if (legacy) diagnostics.push(legacyDiagnostic(tree, legacy));
    return { tree, format, diagnostics };
  } catch (e) {
    if (e instanceof UnreadableInput || e instanceof UnsupportedFormat) throw e;
    if (e instanceof RangeError) throw new UnreadableInput(fileName, "the file is too large or too deeply nested to read");
    throw new UnreadableInput(fileName, `cannot read the ${format} file (${e instanceof Error ? e.message.slice(0, 160) : String(e)})`);
  }
}

async function frontEnd(format: Format, bytes: Uint8Array, fileName: string, diagnostics: Diagnostic[]): Promise<DocTree> {
  switch (format) {
    case "txt":
    case "md":
    case "html": {
      const { text, encoding } = decodeTextWithInfo(bytes);
      if (text.length > LIMITS.textChars) throw new UnreadableInput(fileName, `more than ${LIMITS.textChars / 1048576} M characters of text`);
      if (encoding === "windows-1252" && detectLegacyEncoding(text) === null) {
        diagnostics.push(parseDiagnostic("not-utf8", "notUtf8", "The file is not UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure of every letter.", null));
      }
      if (format === "html" || (format === "txt" && looksLikeHtml(text))) {
        const { htmlToTree } = await import("./formats/html.ts");
        return htmlToTree(text, format === "html" ? "html" : "txt");
      }
      return textToTree(text, format);
    }
    // The .docx and .pdf front-ends (and their zip, XML and PDF libraries) load only for such a file,
    // so reading a .txt plan, the common case of `cds parse`, does not pay for them at start-up.
    case "docx": {
      const { docxToTree } = await import("./formats/docx.ts");
      return docxToTree(bytes, fileName);
    }
    case "pdf": {
      const { pdfToTree } = await import("./formats/pdf.ts");
      return pdfToTree(bytes, fileName);
    }
    case "json":
      throw new UnsupportedFormat(fileName, "a .json file is a plan already parsed, not a plan document");
  }
}

/** A .txt that is really a saved web page. */
const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));

function legacyDiagnostic(tree: DocTree, encoding: string): Diagnostic {
  const font = encoding === "TCVN3" ? ".VnTime (TCVN3/ABC)" : "VNI-Times (VNI)";
  const span = { start: 0, end: Math.min(tree.text.length, 200) };
  return {
    ...parseDiagnostic(
      "legacy-encoding", encoding === "TCVN3" ? "tcvn3" : "vni",
      `The text is in the legacy ${encoding} encoding (font ${font}), not Unicode: convert it to Unicode (e.g. with UniKey's converter) before checking.`,
      span, { encoding }, "error",
    ),
    line: 1,
  };
}

/**
 * Bytes → Plan, the reader's whole job. Rejects with a ReaderError when the file cannot be read at all.
 *
 * @example
 * ```ts
 * import { readPlan } from "@cdsvn/reader";
 * const { plan, tree, diagnostics } = await readPlan(bytes, { fileName: "ke-hoach.docx" });
 * console.log(plan.meta.planYear, plan.indicators.length, diagnostics.length);
 * ```
 */
export async function readPlan(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const { tree, diagnostics } = await readDocument(bytes, options);
  const { plan, diagnostics: found } = extractPlan(tree, options.fileName);
  return { plan, tree, diagnostics: [...diagnostics, ...found] };
}

export { extractPlan };
export type { ReaderError };
