import type { Diagnostic, DocTree } from "@cdsvn/core";
import { parseDiagnostic } from "../extract/diagnostics.ts";
import { UnreadableInput } from "../input/errors.ts";
import { LIMITS } from "../input/limits.ts";
import { FORMAT_LIMITS } from "./limits.ts";
import { pagesToTree } from "./pdf/document.ts";
import type { PageContent } from "./pdf/geometry.ts";
import { readOperators } from "./pdf/operators.ts";
import { Declined } from "./pdf/lean/declined.ts";
import { LeanPdf, type LeanPage } from "./pdf/lean/document.ts";

/**
 * A PDF with a text layer → the neutral tree, rebuilding the layout rather than reading lines:
 * unpdf (PDF.js built for servers, no binary downloads) gives each page's drawing operations, from
 * which one walk takes the text, each run of letters at its place, and the ruling lines (see
 * pdf/operators.ts); table borders give tables with their merged cells, lines give paragraphs,
 * and what page breaks cut is put back together (see pdf/document.ts). Every block and cell keeps
 * its page and box (`tree.sources`). A PDF without a text layer (a scan) is refused with that reason.
 */
/**
 * How PDF.js is asked to read: only text and lines are needed, so images are left undecoded
 * (maxImageSize 0: a scanned stamp or a photo costs hundreds of milliseconds of JPEG decoding), no
 * system font is looked for, nothing is evaluated as code, and a damaged object is skipped rather
 * than fatal. Fonts are not handed to a font loader (there is none in Node: PDF.js would try, fail
 * and fall back anyway, measured slower than not trying).
 */
export const PDFJS_OPTIONS = { isEvalSupported: false, stopAtErrors: false, verbosity: 0, maxImageSize: 0, disableFontFace: true, useSystemFonts: false } as const;

/** Pages are read with annotations (form fields, stamps) left out: they are not the plan's text. */
export const OPERATOR_LIST_OPTIONS = { annotationMode: 0 } as const;

type Pdfjs = Awaited<ReturnType<typeof import("unpdf")["getResolvedPDFJS"]>>;
let pdfjs: Promise<Pdfjs> | undefined;
/**
 * unpdf's PDF.js build, loaded once and kept. PDF.js's `getDocument` is called directly: unpdf's
 * `getDocumentProxy` looks for an installed pdfjs-dist on every call (a failed module resolution,
 * about a millisecond) only to point at font data this reader does not use.
 */
function loadPdfjs(): Promise<Pdfjs> {
  arrayBufferTransfer();
  pdfjs ??= import("unpdf").then((m) => m.getResolvedPDFJS()).catch((e: unknown) => { pdfjs = undefined; throw e; });
  return pdfjs;
}

/**
 * PDF.js 5 sends each font of an operator list with `ArrayBuffer.prototype.transferToFixedLength`
 * (ES2024: Node 21 and later). On Node 20, which this package supports, the method is missing and
 * every page's operator list stops at its first font — no text and no table would be read. The
 * missing method is supplied as a copy (the original is not detached, which PDF.js does not rely on).
 */
function arrayBufferTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === "function") return;
  Object.defineProperty(proto, "transferToFixedLength", {
    configurable: true, writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

interface FontObjects { has(id: string): boolean; get(id: string): { fontMatrix?: readonly number[] } | undefined }

/**
 * Whether the lean reader is tried first (always, but for the bench, which times the whole reader
 * through each path on the same files). Not part of the package's API.
 */
export const PDF_READERS = { lean: true };

/** What one page gives the layout, from either reader. */
interface PageOperatorList {
  readonly view: readonly number[];
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: readonly unknown[];
  readonly fontMatrixOf?: (font: string) => readonly number[] | undefined;
}

/**
 * Reads the pages with the lean reader (pdf/lean/: the file's objects and content streams, no
 * font program parsed), and with PDF.js whenever the lean reader declines — anything it does not
 * fully understand, or any error of its own — so both give the same pages: the lean path is a
 * shortcut, never a second opinion. Its pages are kept only once every page is read.
 */
export async function pdfToTree(bytes: Uint8Array, fileName: string, diagnostics: Diagnostic[] = []): Promise<DocTree> {
  const lean = PDF_READERS.lean ? readLean(bytes) : undefined;
  const pages = lean ?? await readWithPdfjs(bytes, fileName, diagnostics);
  if (lean) diagnostics.push(...lean.notes);
  if (pages.every((p) => p.pieces.every((x) => x.str.trim() === ""))) throw new UnreadableInput(fileName, "the PDF has no text layer (scanned?); run it through OCR first");
  return pagesToTree(pages);
}

/** The pages by the lean reader, or undefined when it declines the file. */
function readLean(bytes: Uint8Array): (PageContent[] & { notes: Diagnostic[] }) | undefined {
  try {
    const doc = new LeanPdf(bytes, LIMITS.pdfPages);
    const notes: Diagnostic[] = [];
    const pages = Object.assign([] as PageContent[], { notes });
    const budget = { left: FORMAT_LIMITS.pdfItems };
    for (let n = 1; n <= doc.numPages; n++) {
      const page = doc.page(n);
      pages.push(pageContent(n, { ...page, fontMatrixOf: (font) => page.fontMatrices.get(font) }, budget, notes));
    }
    return pages;
  } catch {
    // Declined, or a fault of the lean reader's own: PDF.js reads the file as it always has.
    return undefined;
  }
}

/** The lean reader's verdict on a file: its pages' operator lists, or why it declined (for tests and the bench). */
export function leanOperatorLists(bytes: Uint8Array): { pages: LeanPage[] } | { declined: string } {
  try {
    const doc = new LeanPdf(bytes, LIMITS.pdfPages);
    return { pages: Array.from({ length: doc.numPages }, (_, k) => doc.page(k + 1)) };
  } catch (e) {
    return { declined: e instanceof Declined ? e.message : `error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

async function readWithPdfjs(bytes: Uint8Array, fileName: string, diagnostics: Diagnostic[]): Promise<PageContent[]> {
  const pages: PageContent[] = [];
  let release: (() => Promise<void>) | undefined;
  try {
    const { getDocument } = await loadPdfjs();
    const task = getDocument({ data: new Uint8Array(bytes), ...PDFJS_OPTIONS } as never);
    // PDF.js keeps fonts and parsed objects until its loading task is destroyed: a folder run reads many PDFs.
    release = () => task.destroy();
    const doc = await task.promise;
    if (doc.numPages > LIMITS.pdfPages) throw new UnreadableInput(fileName, `the PDF has ${doc.numPages} pages, over the ${LIMITS.pdfPages}-page limit`);
    const budget = { left: FORMAT_LIMITS.pdfItems };
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList(OPERATOR_LIST_OPTIONS as never);
      // Fonts arrive with the operator list; a Type 3 font has its own matrix (glyph space → text space).
      const fonts = (page as unknown as { commonObjs?: FontObjects }).commonObjs;
      const fontMatrixOf = (font: string) => (fonts?.has(font) ? fonts.get(font)?.fontMatrix : undefined);
      pages.push(pageContent(n, { view: page.view as number[], fnArray: ops.fnArray, argsArray: ops.argsArray, fontMatrixOf }, budget, diagnostics));
      page.cleanup();
    }
  } catch (e) {
    if (e instanceof UnreadableInput) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    if (/password/i.test(msg)) throw new UnreadableInput(fileName, "the PDF is password-protected");
    throw new UnreadableInput(fileName, `a corrupt PDF (${msg.slice(0, 120)})`);
  } finally {
    await release?.().catch(() => undefined);
  }
  return pages;
}

/** One page's pieces and rulings, in the page's own coordinates (origin at its view's corner), within the document's budget of pieces. */
function pageContent(n: number, page: PageOperatorList, budget: { left: number }, diagnostics: Diagnostic[]): PageContent {
  const [x0, y0, x1, y1] = page.view as number[];
  const allowed = Math.min(FORMAT_LIMITS.pdfItemsPerPage, budget.left);
  const read = readOperators(page.fnArray, page.argsArray, page.fontMatrixOf ?? (() => undefined), allowed, FORMAT_LIMITS.pdfRulesPerPage);
  if (read.droppedPieces > 0) {
    diagnostics.push(parseDiagnostic("pdf-page-truncated", "pdfPageTruncated", null, { page: n, pieces: read.pieces.length + read.droppedPieces, read: allowed }));
  }
  budget.left -= read.pieces.length;
  // Most pages have their origin at the corner already: nothing to move then.
  if (x0 === 0 && y0 === 0) return { number: n, width: x1!, height: y1!, pieces: read.pieces, hRules: read.h, vRules: read.v };
  return {
    number: n, width: x1! - x0!, height: y1! - y0!,
    pieces: read.pieces.map((p) => ({ ...p, x: p.x - x0!, y: p.y - y0! })),
    hRules: read.h.map((r) => ({ y: r.y - y0!, x0: r.x0 - x0!, x1: r.x1 - x0! })),
    vRules: read.v.map((r) => ({ x: r.x - x0!, y0: r.y0 - y0!, y1: r.y1 - y0! })),
  };
}
