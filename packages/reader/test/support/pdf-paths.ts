/**
 * Both readers of the PDF front-end side by side, page by page, for the differential tests and the
 * bench: what `readOperators` makes of PDF.js's operator lists and of the lean reader's.
 */
import { getResolvedPDFJS } from "unpdf";
import { leanOperatorLists, OPERATOR_LIST_OPTIONS, PDFJS_OPTIONS } from "../../src/formats/pdf.ts";
import type { PageOperators } from "../../src/formats/pdf/operators.ts";
import { readOperators } from "../../src/formats/pdf/operators.ts";

export interface PageRead extends PageOperators { readonly view: readonly number[] }

const LIMIT = 1_000_000;

export async function pdfjsPages(bytes: Uint8Array): Promise<PageRead[]> {
  const { getDocument } = await getResolvedPDFJS();
  const task = getDocument({ data: new Uint8Array(bytes), ...PDFJS_OPTIONS } as never);
  try {
    const doc = await task.promise;
    const out: PageRead[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList(OPERATOR_LIST_OPTIONS as never);
      const fonts = (page as unknown as { commonObjs: { has(id: string): boolean; get(id: string): { fontMatrix?: number[] } } }).commonObjs;
      out.push({ view: page.view, ...readOperators(ops.fnArray, ops.argsArray, (f) => (fonts.has(f) ? fonts.get(f).fontMatrix : undefined), LIMIT, LIMIT) });
    }
    return out;
  } finally {
    await task.destroy();
  }
}

/** The lean reader's pages, or why it declined. */
export function leanPages(bytes: Uint8Array): PageRead[] | string {
  const lean = leanOperatorLists(bytes);
  if ("declined" in lean) return lean.declined;
  return lean.pages.map((p) => ({ view: p.view, ...readOperators(p.fnArray, p.argsArray, (font) => p.fontMatrices.get(font), LIMIT, LIMIT) }));
}

/**
 * Where two readings of a document differ (empty when they agree): page count and views, every
 * piece's text, font (as a consistent renaming: the two readers name fonts differently) and place
 * within `tolerance` points, every ruling segment, in the same order.
 */
export function differences(a: readonly PageRead[], b: readonly PageRead[], tolerance = 0.01): string[] {
  const out: string[] = [];
  if (a.length !== b.length) return [`${a.length} pages against ${b.length}`];
  const fonts = new Map<string, string>();
  const near = (x: number, y: number) => Math.abs(x - y) <= tolerance;
  a.forEach((pa, k) => {
    const pb = b[k]!;
    const page = `page ${k + 1}`;
    if (!pa.view.every((v, i) => near(v, pb.view[i]!))) out.push(`${page}: view ${pa.view} against ${pb.view}`);
    if (pa.pieces.length !== pb.pieces.length) out.push(`${page}: ${pa.pieces.length} pieces against ${pb.pieces.length}`);
    pa.pieces.forEach((x, i) => {
      const y = pb.pieces[i];
      if (!y) return;
      const font = fonts.get(x.font ?? "") ?? (fonts.set(x.font ?? "", y.font ?? ""), y.font ?? "");
      if (x.str !== y.str || font !== (y.font ?? "") || !near(x.x, y.x) || !near(x.y, y.y) || !near(x.width, y.width) || !near(x.size, y.size)) {
        out.push(`${page} piece ${i}: ${JSON.stringify(x)} against ${JSON.stringify(y)}`);
      }
    });
    for (const axis of ["h", "v"] as const) {
      const ra = pa[axis] as readonly object[], rb = pb[axis] as readonly object[];
      if (ra.length !== rb.length) out.push(`${page}: ${ra.length} ${axis} rules against ${rb.length}`);
      ra.forEach((r, i) => {
        const s = rb[i];
        if (s && !Object.entries(r).every(([key, v]) => near(v as number, (s as Record<string, number>)[key]!))) out.push(`${page} ${axis} rule ${i}: ${JSON.stringify(r)} against ${JSON.stringify(s)}`);
      });
    }
  });
  return out.slice(0, 20);
}
