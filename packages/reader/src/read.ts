import { type Diagnostic, type DocTree, type Plan } from "@cdsvn/core";
import { replaceLookalikes } from "@cdsvn/core";
import { convertTree } from "./input/convert-tree.ts";
import { decodeTextWithInfo, type Decoded } from "./input/decode.ts";
import { UnsupportedFormat, UnreadableInput, type ReaderError } from "./input/errors.ts";
import { detectLegacyEncoding, fromLegacy } from "./input/legacy.ts";
import { whyNotAPlan } from "./input/not-a-plan.ts";
import { LIMITS } from "./input/limits.ts";
import { detectFormat, isEncryptedOffice, type Format } from "./formats/detect.ts";
import { FormatLimitExceeded } from "./formats/limits.ts";
import { textToTree } from "./formats/text.ts";
import { extractPlan } from "./extract/index.ts";
import { parseDiagnostic } from "./extract/diagnostics.ts";

/**
 * What `readPlan` gives back: the Plan (every string NFC; spans are offsets into `tree.text`, lines
 * 1-based; amounts in đồng), the document tree it was read from, and what the reader could not
 * understand, as `parse` diagnostics (the plan is still usable).
 */
export interface ReadResult {
  readonly plan: Plan;
  readonly tree: DocTree;
  /** What the reader could not understand, as `parse` diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * How to read a file's bytes: its name, which names the file in messages and tells the format where
 * the content does not (a .txt from a .md).
 */
export interface ReadOptions {
  /** The file name, for format detection by extension and for messages. */
  readonly fileName: string;
}

/**
 * What `readDocument` gives back: the neutral document tree, the format that read it, and what the
 * front-end noticed but read past.
 */
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
 * Anything readable gives a tree, a plan or not (`cds parse --tree`); `extractPlan(tree, fileName)`
 * makes the Plan of it, as `readPlan` does after checking the text can be a plan.
 *
 * @example
 * ```ts
 * import { readDocument } from "@cdsvn/reader";
 * const { tree, format } = await readDocument(bytes, { fileName: "ke-hoach.pdf" });
 * const headings = tree.children.filter((block) => block.type === "heading").map((h) => h.text);
 * ```
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
    let tree = await frontEnd(format, bytes, fileName, diagnostics);
    if (format === "docx" || format === "pdf") tree = unicodeTree(tree, diagnostics);
    return { tree, format, diagnostics };
  } catch (e) {
    if (e instanceof UnreadableInput || e instanceof UnsupportedFormat) throw e;
    if (e instanceof FormatLimitExceeded) throw new UnreadableInput(fileName, e.message);
    if (e instanceof RangeError) throw new UnreadableInput(fileName, "the file is too large or too deeply nested to read");
    throw new UnreadableInput(fileName, `cannot read the ${format} file (${e instanceof Error ? e.message.slice(0, 160) : String(e)})`);
  }
}

async function frontEnd(format: Format, bytes: Uint8Array, fileName: string, diagnostics: Diagnostic[]): Promise<DocTree> {
  switch (format) {
    case "txt":
    case "md":
    case "html": {
      const decoded = decodeTextWithInfo(bytes);
      const { text } = decoded;
      if (text.length > LIMITS.textChars) throw new UnreadableInput(fileName, `more than ${LIMITS.textChars / 1048576} M characters of text`);
      const note = decodingDiagnostic(decoded);
      if (note) diagnostics.push(note);
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
      return pdfToTree(bytes, fileName, diagnostics);
    }
    case "json":
      throw new UnsupportedFormat(fileName, "a .json file is a plan already parsed, not a plan document");
  }
}

/** A .txt that is really a saved web page. */
const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));

/**
 * A .docx or .pdf typed in a legacy font (.VnTime, VNI-Times) carries its letters as Latin-1
 * characters: convert the tree; replace look-alike letters (one unit for one, spans unchanged).
 */
function unicodeTree(tree: DocTree, diagnostics: Diagnostic[]): DocTree {
  const legacy = detectLegacyEncoding(tree.text);
  if (legacy) {
    diagnostics.push(encodingNote(legacy));
    return convertTree(tree, (s) => replaceLookalikes(fromLegacy(s, legacy)));
  }
  return /[\u00D0\u00F0]/.test(tree.text) ? convertTree(tree, replaceLookalikes) : tree;
}

const FONT: Readonly<Record<string, string>> = {
  TCVN3: "TCVN3 (ABC, fonts .VnTime)", VNI: "VNI (fonts VNI-Times)", "windows-1258": "Windows-1258 (tone marks as combining characters)",
};

/** What decoding found, when it is not plain Unicode, as a `parse` note. */
function decodingDiagnostic(d: Decoded): Diagnostic | null {
  if (d.encoding === "windows-1252") {
    return parseDiagnostic("not-utf8", "notUtf8", null, { encoding: d.encoding });
  }
  if (d.badBytes) {
    return parseDiagnostic("bad-bytes", "badUtf8Bytes", null, { encoding: "utf-8", count: d.badBytes.count, firstOffset: d.badBytes.firstOffset });
  }
  return FONT[d.encoding] ? encodingNote(d.encoding) : null;
}

function encodingNote(encoding: string): Diagnostic {
  return {
    ...parseDiagnostic("legacy-encoding", "convertedLegacyEncoding", null, { encoding, font: FONT[encoding] }, "info"),
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
  // Anything can be read as a document tree (`cds parse --tree`); only text that can be a plan is extracted.
  const notAPlan = whyNotAPlan(tree.text);
  if (notAPlan) throw new UnreadableInput(options.fileName, notAPlan);
  const { plan, diagnostics: found } = extractPlan(tree, options.fileName);
  return { plan, tree, diagnostics: [...diagnostics, ...found] };
}

export { extractPlan };
export type { ReaderError };
