import type { DocTree } from "@cdsvn/core";
import { nfc } from "@cdsvn/core";
import { UnreadableInput } from "../input/errors.ts";
import { LIMITS } from "../input/limits.ts";
import { textToTree } from "./text.ts";

interface Item { readonly str: string; readonly x: number; readonly y: number; readonly width: number; readonly fontSize: number }

/**
 * A PDF with a text layer → text → the text front-end. unpdf (PDF.js built for servers, no binary
 * downloads) gives positioned text items; items on one baseline make a line, a wide horizontal gap
 * becomes a tab (so a table's columns become a tab-separated row, as in a Word text export), and a
 * tall vertical gap a blank line. A PDF without a text layer (a scan) is refused with that reason.
 */
export async function pdfToTree(bytes: Uint8Array, fileName: string): Promise<DocTree> {
  let pages: Item[][];
  try {
    const { getDocumentProxy, extractTextItems } = await import("unpdf");
    const doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false, verbosity: 0 } as never);
    if (doc.numPages > LIMITS.pdfPages) throw new UnreadableInput(fileName, `the PDF has ${doc.numPages} pages, over the ${LIMITS.pdfPages}-page limit`);
    pages = (await extractTextItems(doc)).items as Item[][];
  } catch (e) {
    if (e instanceof UnreadableInput) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    if (/password/i.test(msg)) throw new UnreadableInput(fileName, "the PDF is password-protected");
    throw new UnreadableInput(fileName, `a corrupt PDF (${msg.slice(0, 120)})`);
  }
  const text = nfc(pages.map(pageText).join("\n\n"));
  if (text.replace(/\s/g, "").length === 0) throw new UnreadableInput(fileName, "the PDF has no text layer (scanned?); run it through OCR first");
  const tree = textToTree(text, "txt");
  return { ...tree, format: "pdf" };
}

function pageText(items: readonly Item[]): string {
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const it of items) {
    if (it.str === "") continue;
    const size = it.fontSize > 0 ? it.fontSize : 10;
    const line = lines.find((l) => Math.abs(l.y - it.y) < Math.max(size, l.size) * 0.5);
    if (line) line.items.push(it);
    else lines.push({ y: it.y, size, items: [it] });
  }
  lines.sort((a, b) => b.y - a.y);
  const out: string[] = [];
  let prev: { y: number; size: number } | null = null;
  for (const line of lines) {
    if (prev && prev.y - line.y > Math.max(prev.size, line.size) * 1.9) out.push("");
    line.items.sort((a, b) => a.x - b.x);
    let s = "";
    let end = -Infinity;
    /** PDF.js fills a gap with a whitespace item as wide as the gap: a column break when it is wide. */
    let wideGap = false;
    for (const it of line.items) {
      if (it.str.trim() === "") {
        if (it.width > line.size * 2) wideGap = true;
        else if (s !== "" && !s.endsWith(" ")) s += " ";
        end = Math.max(end, it.x + it.width);
        continue;
      }
      const gap = it.x - end;
      if (s !== "") {
        const trimmed = s.trimEnd();
        s = wideGap || gap > line.size * 2 ? `${trimmed}\t` : gap > line.size * 0.15 && !s.endsWith(" ") && !it.str.startsWith(" ") ? `${s} ` : s;
      }
      wideGap = false;
      s += it.str;
      end = it.x + it.width;
    }
    out.push(s.trimEnd());
    prev = line;
  }
  return out.join("\n");
}
