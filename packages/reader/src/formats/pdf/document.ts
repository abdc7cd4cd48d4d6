import { TreeBuilder, type RawCell } from "../builder.ts";
import { listMarker } from "../classify.ts";
import type { DocTree } from "@cdsvn/core";
import { joinWrapped, lineBox, lineText, type Line } from "./lines.ts";
import { draftPage, layoutPage, takeFootnotes, textColumn, type PageBlock, type PageDraft, type TextColumn } from "./page.ts";
import type { Box, PageContent } from "./geometry.ts";

/**
 * Pages → the document tree: running headers, footers and page numbers dropped, each page laid out
 * (tables from their borders, paragraphs from their lines), then what a page break cut is put back
 * together — a table that goes on over the next page with its header repeated, a row split by the
 * break, a sentence that runs onto the next page. A footnote follows the block that cites it, as
 * a reader takes it in (the .docx and .txt of a plan carry no footnotes; in the PDF they are read
 * beside what they explain, not after the signature).
 */
export function pagesToTree(pages: readonly PageContent[]): DocTree {
  const drafts = pages.map(draftPage);
  dropRunningLines(drafts);
  drafts.forEach(takeFootnotes);
  // Pages of one size share a text column (a landscape appendix has its own).
  const columns = new Map<number, TextColumn>();
  for (const width of new Set(drafts.map((d) => Math.round(d.page.width)))) {
    columns.set(width, textColumn(drafts.filter((d) => Math.round(d.page.width) === width)));
  }
  const blocks: PageBlock[] = [];
  for (const draft of drafts) {
    const pageBlocks = layoutPage(draft, columns.get(Math.round(draft.page.width))!);
    const first = pageBlocks[0];
    const prev = blocks[blocks.length - 1];
    if (prev && first && continues(prev, first)) {
      merge(prev, first);
      pageBlocks.shift();
    }
    blocks.push(...pageBlocks);
  }
  const notes = placeFootnotes(drafts, blocks);
  const b = new TreeBuilder("pdf");
  blocks.forEach((block, k) => {
    const source = { page: block.page, box: block.box };
    if (block.kind === "table") b.table(block.rows);
    else {
      const marker = listMarker(block.text);
      if (marker) b.listItem(marker, 0, block.text.slice(marker.length), source);
      else b.paragraph(block.text, source);
    }
    for (const note of notes.get(k) ?? []) b.paragraph(note.text, { page: note.page, box: note.box });
  });
  return b.finish();
}

interface Note { readonly text: string; readonly page: number; readonly box: Box }

/**
 * Each footnote goes after the block whose text printed its marker (same page, the marker inside
 * the block's box); a note whose marker is not found goes after the last block of its page, or of
 * the pages before it. Keyed by the index of the block the notes follow, in order.
 */
function placeFootnotes(drafts: readonly PageDraft[], blocks: readonly PageBlock[]): Map<number, Note[]> {
  const out = new Map<number, Note[]>();
  const after = (k: number, note: Note) => { const list = out.get(k); if (list) list.push(note); else out.set(k, [note]); };
  for (const draft of drafts) {
    const page = draft.page.number;
    for (const { text, lines } of footnoteParagraphs(draft.footnotes)) {
      const note = { text, page, box: lineBox(lines[0]!) };
      const label = /^(\d{1,3}|\*)\s/.exec(text)?.[1];
      const marker = draft.markers.find((m) => m.label === label);
      const slack = draft.bodySize * 0.6;
      let k = marker ? blocks.findIndex((bl) => bl.page === page && marker.x >= bl.box[0] - slack && marker.x <= bl.box[2] + slack && marker.y >= bl.box[1] - slack && marker.y <= bl.box[3] + slack) : -1;
      if (k < 0) k = blocks.findLastIndex((bl) => bl.page <= page);
      after(Math.max(k, 0), note);
    }
  }
  return out;
}

/** A line that is only a page number: "4", "- 4 -", "Trang 4", "4/12". */
const PAGE_NUMBER = /^[-–(\s]*(?:trang\s*)?\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?[-–)\s]*$/iu;

/**
 * Running headers and footers: the top and bottom lines of a page that repeat (digits aside) on at
 * least half of the pages, and page numbers in those places.
 */
function dropRunningLines(drafts: PageDraft[]): void {
  const key = (l: Line) => lineText(l).replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
  const edges = (d: PageDraft) => {
    const { height } = d.page;
    const out: Line[] = [];
    const top = d.lines[0];
    const bottom = d.lines[d.lines.length - 1];
    if (top && top.y > height * 0.88) out.push(top);
    if (bottom && bottom !== top && bottom.y < height * 0.12) out.push(bottom);
    return out;
  };
  const counts = new Map<string, number>();
  for (const d of drafts) for (const l of new Set(edges(d).map(key))) counts.set(l, (counts.get(l) ?? 0) + 1);
  const repeated = (l: Line) => drafts.length >= 2 && (counts.get(key(l)) ?? 0) >= Math.max(2, drafts.length / 2);
  for (const d of drafts) {
    const drop = new Set(edges(d).filter((l) => PAGE_NUMBER.test(lineText(l)) || repeated(l)));
    if (drop.size > 0) d.lines = d.lines.filter((l) => !drop.has(l));
  }
}

/** Whether the first block of a page goes on with the last block of the page before. */
function continues(prev: PageBlock, next: PageBlock): boolean {
  if (prev.page === next.page) return false;
  if (prev.kind === "table" && next.kind === "table") {
    return prev.endsPage && next.startsPage && prev.xs.length === next.xs.length && prev.xs.every((x, i) => Math.abs(x - next.xs[i]!) <= 2);
  }
  if (prev.kind === "paragraph" && next.kind === "paragraph") {
    return !/[.:;!?…]$/u.test(prev.text) && /^\p{Ll}/u.test(next.text) && Math.abs(prev.size - next.size) <= 1;
  }
  return false;
}

function merge(prev: PageBlock, next: PageBlock): void {
  if (prev.kind === "paragraph" && next.kind === "paragraph") {
    prev.text = `${prev.text} ${next.text}`;
    return;
  }
  if (prev.kind !== "table" || next.kind !== "table") return;
  const rows = next.rows.slice(repeatedHeader(prev.rows, next.rows));
  const first = rows[0];
  const last = prev.rows[prev.rows.length - 1];
  // A row the page break cut: its first cell (the number) is empty and its text goes on in lower case.
  if (first && last && first[0]?.text === "" && first.some((c) => /^\p{Ll}/u.test(c.text)) && sameShape(first, last)) {
    prev.rows[prev.rows.length - 1] = last.map((c, k) => ({ ...c, text: joinWrapped([c.text, first[k]!.text].filter((t) => t !== "")) }));
    rows.shift();
  }
  prev.rows.push(...rows);
}

const sameShape = (a: readonly RawCell[], b: readonly RawCell[]) => a.length === b.length && a.every((c, k) => c.colSpan === b[k]!.colSpan);

/** How many rows at the top of a continued table repeat the header of its first part (0 when none). */
function repeatedHeader(first: readonly RawCell[][], next: readonly RawCell[][]): number {
  const text = (row: readonly RawCell[] | undefined) => row?.map((c) => c.text.replace(/\s+/g, " ")).join("\t") ?? "";
  for (let k = Math.min(3, first.length, next.length); k > 0; k--) {
    let same = true;
    for (let r = 0; r < k && same; r++) same = text(first[r]) === text(next[r]);
    if (same) return k;
  }
  return 0;
}

/** Footnote lines → one paragraph per note (a note starts with its number), with its lines. */
function footnoteParagraphs(lines: readonly Line[]): { text: string; lines: Line[] }[] {
  const out: { text: string; lines: Line[] }[] = [];
  for (const l of lines) {
    // The note's number is printed against its text ("1Quyết định …"): a space between them.
    const t = lineText(l).replace(/^(\d{1,3})(?=\p{L})/u, "$1 ");
    const last = out[out.length - 1];
    if (/^\d{1,3}\s/.test(t) || !last) out.push({ text: t, lines: [l] });
    else { last.text += ` ${t}`; last.lines.push(l); }
  }
  return out;
}
