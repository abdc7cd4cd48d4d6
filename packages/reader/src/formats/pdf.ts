import type { Diagnostic, DocTree } from "@cdsvn/core";
import { nfc } from "@cdsvn/core";
import { parseDiagnostic } from "../extract/diagnostics.ts";
import { UnreadableInput } from "../input/errors.ts";
import { LIMITS } from "../input/limits.ts";
import { FORMAT_LIMITS } from "./limits.ts";
import { pagesToTree } from "./pdf/document.ts";
import type { PageContent, Piece } from "./pdf/geometry.ts";
import { rulings } from "./pdf/rules.ts";

interface TextItem { readonly str: string; readonly transform: readonly number[]; readonly width: number; readonly height: number; readonly fontName?: string }

/**
 * A PDF with a text layer → the neutral tree, rebuilding the layout rather than reading lines:
 * unpdf (PDF.js built for servers, no binary downloads) gives each page's positioned text and its
 * drawing operations; table borders give tables with their merged cells, lines give paragraphs,
 * and what page breaks cut is put back together (see pdf/document.ts). Every block and cell keeps
 * its page and box (`tree.sources`). A PDF without a text layer (a scan) is refused with that reason.
 */
export async function pdfToTree(bytes: Uint8Array, fileName: string, diagnostics: Diagnostic[] = []): Promise<DocTree> {
  const pages: PageContent[] = [];
  let release: (() => Promise<void>) | undefined;
  try {
    const { getDocumentProxy } = await import("unpdf");
    const doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false, verbosity: 0 } as never);
    // PDF.js keeps fonts and parsed objects until its loading task is destroyed: a folder run reads many PDFs.
    const task = (doc as unknown as { loadingTask?: { destroy(): Promise<void> } }).loadingTask;
    release = task ? () => task.destroy() : undefined;
    if (doc.numPages > LIMITS.pdfPages) throw new UnreadableInput(fileName, `the PDF has ${doc.numPages} pages, over the ${LIMITS.pdfPages}-page limit`);
    let budget = FORMAT_LIMITS.pdfItems;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as number[];
      const content = await page.getTextContent();
      const items = content.items as TextItem[];
      const allowed = Math.min(items.length, FORMAT_LIMITS.pdfItemsPerPage, budget);
      if (allowed < items.length) {
        diagnostics.push(parseDiagnostic("pdf-page-truncated", "pdfPageTruncated",
          `Page ${n} of the PDF has ${items.length} pieces of text, more than the ${Math.min(FORMAT_LIMITS.pdfItemsPerPage, budget)} read; the rest of the page was not read.`, null, { page: n }));
      }
      budget -= allowed;
      const pieces = toPieces(items, allowed, x0!, y0!);
      const ops = await page.getOperatorList();
      const { h, v } = rulings(ops.fnArray, ops.argsArray, FORMAT_LIMITS.pdfRulesPerPage);
      const shift = (r: { y: number }) => r.y - y0!;
      pages.push({
        number: n, width: x1! - x0!, height: y1! - y0!, pieces,
        hRules: h.map((r) => ({ y: shift(r), x0: r.x0 - x0!, x1: r.x1 - x0! })),
        vRules: v.map((r) => ({ x: r.x - x0!, y0: r.y0 - y0!, y1: r.y1 - y0! })),
      });
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
  if (pages.every((p) => p.pieces.every((x) => x.str.trim() === ""))) throw new UnreadableInput(fileName, "the PDF has no text layer (scanned?); run it through OCR first");
  return pagesToTree(pages);
}

/** PDF.js items → pieces: NFC text, baseline origin relative to the page box. Blank items are kept: they mark where a writer left room for letters it draws in a second pass (see pdf/lines.ts). */
function toPieces(items: readonly TextItem[], limit: number, x0: number, y0: number): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < limit; i++) {
    const it = items[i]!;
    if (!it.str || (it.str.trim() === "" && !(it.width > 0))) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = it.transform;
    const size = Math.hypot(a, b) || it.height || 10;
    out.push({ str: nfc(it.str), x: e - x0, y: f - y0, width: it.width, size, ...(it.fontName ? { font: it.fontName } : {}) });
  }
  return out;
}
