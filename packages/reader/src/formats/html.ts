import type { DocTree } from "@cdsvn/core";
import { Parser } from "htmlparser2";
import { isFrame, TreeBuilder, type RawCell } from "./builder.ts";
import { listMarker } from "./classify.ts";
import { formatCounter } from "./numbering.ts";
import { checkNesting } from "./nesting.ts";
import { isMhtml, mhtmlPage } from "./mhtml.ts";
import { symbolText } from "./symbol-font.ts";

const SKIPPED = new Set(["script", "style", "head", "title", "noscript", "template", "svg", "math", "object", "iframe"]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "address",
  "center", "figure", "figcaption", "dl", "dt", "dd", "form", "fieldset", "hr", "body", "html", "caption",
]);
const HEADING = /^h([1-6])$/;

interface ListContext { readonly ordered: boolean; readonly type: string; counter: number }
interface CellContext { text: string; readonly colSpan: number; readonly rowSpan: number; readonly sourceStart: number }
/** `cellSources`: where each cell's content lies in the source, to read a frame's content again. */
interface TableContext { readonly rows: RawCell[][]; row: RawCell[] | null; cell: CellContext | null; readonly cellSources: [number, number][] }

/** A walk that starts over inside a frame's cell goes no deeper than this. */
const MAX_FRAME_DEPTH = 8;

/**
 * HTML (a plan saved from Word or a portal) → the neutral tree, with htmlparser2's streaming
 * tokenizer: headings, paragraphs, list items (markers rendered: "-", "1.", "a)"), tables with
 * rowspan/colspan laid on the grid. A table inside a cell is flattened into the cell's text, unless
 * the outer table is a frame (one column): then its content is read as the document's own blocks.
 * What a browser does not print is not read: hidden text (`display:none`, Word's `mso-hide:all`),
 * deleted text (`<del>`), footnote reference marks ("[1]"), and a portal's chrome around the
 * document (navigation, breadcrumbs, footer, sharing links; everything before the letterhead).
 */
export function htmlToTree(source: string, format = "html"): DocTree {
  const html = isMhtml(source) ? (mhtmlPage(source) ?? source) : source;
  checkNesting(html, "html", "the page");
  const b = new TreeBuilder(format);
  walkHtml(html.slice(documentStart(html)), b, 0);
  return b.finish();
}

function walkHtml(html: string, b: TreeBuilder, frameDepth: number): void {
  let skipDepth = 0;
  const lists: ListContext[] = [];
  const tables: TableContext[] = [];
  let text = "";
  /** One entry per open element: whether it sets its text in the Symbol font. */
  const symbol: boolean[] = [];
  let pending: { kind: "paragraph" } | { kind: "heading"; level: number } | { kind: "item"; marker: string; depth: number; fromText: boolean } = { kind: "paragraph" };

  const flush = () => {
    const t = text;
    text = "";
    const p = pending;
    pending = { kind: "paragraph" };
    if (t.trim() === "") return;
    if (p.kind === "heading") return b.heading(p.level, t);
    const clean = t.replace(/\s+/g, " ").trim();
    if (p.kind === "item") {
      const own = p.fromText ? listMarker(clean) : null;
      return own ? b.listItem(own, p.depth, clean.slice(own.length)) : b.listItem(p.marker, p.depth, clean);
    }
    const marker = listMarker(clean);
    if (marker) b.listItem(marker, 0, clean.slice(marker.length));
    else b.paragraph(clean);
  };
  /** Text goes to the innermost open cell, else to the current block. */
  const put = (s: string) => {
    const t = tables[tables.length - 1];
    if (t?.cell && tables.length === 1) t.cell.text += s;
    else if (t && tables.length > 1) {
      const outer = tables[0]!;
      if (outer.cell) outer.cell.text += s;
    } else text += s;
  };
  const inCell = () => tables.length > 0 && tables[0]!.cell !== null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth > 0 || SKIPPED.has(name) || notPrinted(name, attrs)) { skipDepth++; return; }
        symbol.push(inSymbolFont(attrs.style));
        if (name === "table") {
          if (tables.length === 0) flush();
          else put("\n");
          tables.push({ rows: [], row: null, cell: null, cellSources: [] });
          return;
        }
        const t = tables[tables.length - 1];
        if (t && tables.length === 1) {
          if (name === "tr") { closeRow(t); t.row = []; return; }
          if (name === "td" || name === "th") {
            closeCell(t);
            if (!t.row) t.row = [];
            t.cell = { text: "", colSpan: toInt(attrs.colspan), rowSpan: toInt(attrs.rowspan), sourceStart: parser.endIndex + 1 };
            return;
          }
        }
        if (inCell()) {
          if (name === "br" || BLOCKS.has(name) || HEADING.test(name) || name === "li" || name === "tr") put("\n");
          return;
        }
        const h = HEADING.exec(name);
        if (h) { flush(); pending = { kind: "heading", level: Number(h[1]) }; return; }
        if (name === "ul" || name === "ol") {
          flush();
          lists.push({ ordered: name === "ol", type: attrs.type ?? "1", counter: toInt(attrs.start, 1) - 1 });
          return;
        }
        if (name === "li") {
          flush();
          const list = lists[lists.length - 1];
          const depth = Math.max(0, lists.length - 1);
          if (list?.ordered) {
            list.counter = attrs.value ? toInt(attrs.value, list.counter + 1) : list.counter + 1;
            pending = { kind: "item", marker: olMarker(list.type, list.counter), depth, fromText: false };
          } else pending = { kind: "item", marker: "-", depth, fromText: true };
          return;
        }
        if (name === "br") { text += "\n"; return; }
        if (BLOCKS.has(name)) flush();
      },
      ontext(s) {
        if (skipDepth > 0) return;
        put(symbol.includes(true) ? symbolText(s) : s);
      },
      onclosetag(name) {
        if (skipDepth > 0) { skipDepth--; return; }
        symbol.pop();
        if (name === "table") {
          const t = tables.pop();
          if (!t) return;
          closeRow(t);
          if (tables.length === 0) placeTable(t);
          else put(t.rows.map((r) => r.map((c) => c.text).join("\t")).join("\n") + "\n");
          return;
        }
        const t = tables[tables.length - 1];
        if (t && tables.length === 1) {
          if (name === "tr") { closeRow(t); return; }
          if (name === "td" || name === "th") {
            if (t.cell) t.cellSources.push([t.cell.sourceStart, parser.startIndex]);
            closeCell(t);
            return;
          }
        }
        if (inCell()) {
          if (BLOCKS.has(name) || HEADING.test(name) || name === "li") put("\n");
          return;
        }
        if (name === "ul" || name === "ol") { flush(); lists.pop(); return; }
        if (name === "li" || HEADING.test(name) || BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  /** A top-level table: a grid, or a frame whose cells are read again as the document's blocks. */
  const placeTable = (t: TableContext) => {
    if (frameDepth < MAX_FRAME_DEPTH && isFrame(t.rows) && t.cellSources.length === t.rows.length) {
      for (const [start, end] of t.cellSources) walkHtml(html.slice(start, end), b, frameDepth + 1);
    } else b.table(t.rows);
  };
  parser.write(html);
  parser.end();
  while (tables.length > 0) {
    const t = tables.pop()!;
    closeRow(t);
    if (tables.length === 0) b.table(t.rows);
  }
  flush();
}

function closeCell(t: TableContext): void {
  if (!t.cell) return;
  const c = t.cell;
  (t.row ??= []).push({ text: cellText(c.text), colSpan: c.colSpan, rowSpan: c.rowSpan });
  t.cell = null;
}

function closeRow(t: TableContext): void {
  closeCell(t);
  if (t.row && t.row.length > 0) t.rows.push(t.row);
  t.row = null;
}

/** A cell's text: whitespace collapsed within lines, one line per paragraph or list item. */
const cellText = (s: string) =>
  s.split("\n").map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, " ").trim()).filter((l) => l !== "").join("\n");

function toInt(v: string | undefined, fallback = 1): number {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100000) : fallback;
}

function olMarker(type: string, n: number): string {
  const fmt = type === "a" ? "lowerLetter" : type === "A" ? "upperLetter" : type === "i" ? "lowerRoman" : type === "I" ? "upperRoman" : "decimal";
  return `${formatCounter(fmt, n)}.`;
}

/** Class names of a portal's chrome: navigation, breadcrumbs, footer, sharing and related links. */
const CHROME = new Set(["menu", "main-menu", "top-menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "site-footer", "header", "site-header", "sidebar", "share", "social", "related", "comments"]);
/** A footnote's reference mark in Word's HTML ("[1]" linking to #_ftn1, and back from the note). */
const FOOTNOTE_REF = /^#_(?:ftn|edn)(?:ref)?\d{1,4}$/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|mso-hide\s*:\s*all)\b/i;

/** Elements whose content a browser does not print as part of the document. */
function notPrinted(name: string, attrs: Record<string, string>): boolean {
  if (name === "nav" || name === "aside" || name === "header" || name === "footer" || name === "del") return true;
  if (attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style)) return true;
  if (name === "a" && attrs.href !== undefined && FOOTNOTE_REF.test(attrs.href)) return true;
  if (attrs.class !== undefined && attrs.class.toLowerCase().split(/\s+/).some((c) => CHROME.has(c))) return true;
  return false;
}

/** Text Word set in the Symbol font: `font-family:Symbol`, or its `mso-char-type:symbol` span. */
const inSymbolFont = (style: string | undefined): boolean =>
  style !== undefined && /(?:^|;)\s*(?:font-family\s*:\s*["']?symbol["']?\s*(?:;|$)|mso-char-type\s*:\s*symbol)/i.test(style);

/**
 * Where the document starts in a page: at its letterhead, the first table that carries the national
 * motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); what comes before it on a portal (the site's name,
 * the article title and date) is not the document's. The whole page when there is no such table.
 */
function documentStart(html: string): number {
  const motto = /C[ỘộOo]NG\s+H[ÒòOo][AaÀà]\s+X[ÃãAa]\s+H[ỘộOo]I\s+CH[ỦủUu]\s+NGH[ĨĩIi]A\s+VI[ỆệEe]T\s+NAM/u.exec(html);
  if (!motto) return 0;
  const before = html.slice(0, motto.index);
  const table = before.toLowerCase().lastIndexOf("<table");
  if (table < 0 || before.toLowerCase().indexOf("</table", table) >= 0) return 0;
  return table;
}
