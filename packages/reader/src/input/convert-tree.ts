import type { BlockNode, DocTree, Span, TableCell, TableRow } from "@cdsvn/core";

/**
 * Applies a text conversion that may change lengths (a legacy font encoding → Unicode) to a tree a
 * structured front-end (.docx, .pdf) already built, keeping every span pointing at the same content:
 * the text is converted piece by piece between span boundaries, and each boundary moved to where its
 * piece now starts. Node texts are converted on their own.
 */
export function convertTree(tree: DocTree, convert: (s: string) => string): DocTree {
  const cuts = new Set<number>([0, tree.text.length]);
  const addSpan = (s: Span) => { cuts.add(s.start); cuts.add(s.end); };
  for (const b of tree.children) {
    addSpan(b.span);
    if (b.type === "table") for (const r of b.rows) { addSpan(r.span); for (const c of r.cells) addSpan(c.span); }
  }
  for (const r of tree.sources ?? []) addSpan(r.span);
  const sorted = [...cuts].filter((n) => n >= 0 && n <= tree.text.length).sort((a, b) => a - b);
  const moved = new Map<number, number>();
  let text = "";
  for (let i = 0; i < sorted.length; i++) {
    moved.set(sorted[i]!, text.length);
    if (i + 1 < sorted.length) text += convert(tree.text.slice(sorted[i], sorted[i + 1]));
  }
  const span = (s: Span): Span => ({ start: moved.get(s.start) ?? s.start, end: moved.get(s.end) ?? s.end });
  const cell = (c: TableCell): TableCell => ({ ...c, text: convert(c.text), span: span(c.span) });
  const row = (r: TableRow): TableRow => ({ ...r, cells: r.cells.map(cell), span: span(r.span) });
  const children = tree.children.map((b): BlockNode =>
    b.type === "table" ? { ...b, rows: b.rows.map(row), span: span(b.span) } : { ...b, text: convert(b.text), span: span(b.span) });
  // The PDF's map to pages and boxes follows its spans.
  const sources = tree.sources?.map((r) => ({ ...r, span: span(r.span) }));
  return sources ? { ...tree, text, children, sources } : { ...tree, text, children };
}
