import { collapseSpaces, type BlockNode, type DocTree, type TableNode } from "@cdsvn/core";
import { cleanMasked, needsMasking, isPlain, mask } from "./text.ts";

/**
 * A logical paragraph. Text exported from PDF or pasted from a portal breaks sentences across lines
 * (often with blank lines between), so the tree has one block per printed line; the extractors need
 * the sentence. A unit joins the blocks of one sentence back together and keeps its span.
 */
export interface Unit {
  readonly kind: "heading" | "paragraph" | "list-item" | "table";
  /** Display text (markers kept, spaces collapsed). */
  readonly text: string;
  /** `tree.text` between start and end, masked (same length), for offset-exact matching. */
  readonly masked: string;
  readonly start: number;
  readonly end: number;
  /** Heading-like: an md heading, or a short numbered/upper-case title line. */
  readonly headingLike: boolean;
  readonly table?: TableNode;
}

/** Longest stretch of one unit the extractors read; longer units are cut (and reported). */
export const MAX_UNIT = 20_000;

/** A line that ends a sentence ends with one of these, maybe then a closing quote or bracket, maybe then spaces. */
const TERMINAL_MARK = /[.;:!?…]/;
const CLOSER = /["”’)]/;
const SPACE = /\s/;

/**
 * Whether `s` ends a sentence, read from the end (a pattern anchored at the end, /[.;:!?…]["”’)]?\s*$/u,
 * is tried from every position of the line, and this runs for every line of the plan).
 */
function endsTerminal(s: string): boolean {
  let e = s.length;
  while (e > 0 && SPACE.test(s[e - 1]!)) e--;
  if (e === 0) return false;
  const last = s[e - 1]!;
  return TERMINAL_MARK.test(last) || (e > 1 && CLOSER.test(last) && TERMINAL_MARK.test(s[e - 2]!));
}

const STARTS_LOWER = /^[\p{Ll}(,]/u;
/** "a) …", "b. …", "đ) …": a lettered item starts a unit of its own, even after a line without a full stop. */
const LETTER_LABEL = /^[a-zđ]\s?[.)]\s/u;
const NUMBERED_TITLE = /^(?:PHẦN\s+[IVX\d]+|[IVX]+\s*[.)]|\d+(?:\.\d+)*\s*[.)]|[a-zđ]\s*\))\s*\S/iu;

function isHeadingLike(b: BlockNode, text: string): boolean {
  if (b.type === "heading") return true;
  if (text.length > 160) return false;
  if (NUMBERED_TITLE.test(text) && !endsTerminal(text)) return true;
  // Most lines have a lower-case ASCII letter, which settles it without the Unicode pass below.
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 6 && letters === letters.toUpperCase();
}

/** The tree's blocks, with the lines of one sentence joined into one unit. */
export function logicalUnits(tree: DocTree): Unit[] {
  const out: Unit[] = [];
  /** The unit being built; `block` is its one block's text, masked and cleaned, while it has only one. */
  let cur: { kind: Unit["kind"]; start: number; end: number; headingLike: boolean; block: { raw: string; masked: string; text: string } | null } | null = null;
  /** The whole text with its line breaks and tabs masked, made once for the units that need no other masking. */
  let breaksMasked: string | undefined;
  const flush = () => {
    if (!cur) return;
    // A "paragraph" of megabytes is not prose (a broken export, a fuzzer): read only its beginning.
    const raw = tree.text.slice(cur.start, Math.min(cur.end, cur.start + MAX_UNIT));
    // Most units are one block whose text is the text under its span: masked and cleaned once, not twice.
    if (cur.block !== null && cur.block.raw === raw) {
      out.push({ kind: cur.kind, text: cur.block.text, masked: cur.block.masked, start: cur.start, end: cur.end, headingLike: cur.headingLike });
    } else if (!needsMasking(raw)) {
      // Lines joined into one unit, without tags, emphasis or entities (nearly all): masking blanks out
      // their line breaks and tabs, and cleaning collapses the blanks. Made so, not by `mask` and
      // `cleanMasked`, which scan and copy each unit again (same result for such text).
      breaksMasked ??= tree.text.replace(/[\r\n\t]/g, " ");
      out.push({ kind: cur.kind, text: collapseSpaces(raw).trim(), masked: breaksMasked.slice(cur.start, cur.start + raw.length), start: cur.start, end: cur.end, headingLike: cur.headingLike });
    } else {
      const plain = isPlain(raw);
      const masked = plain ? raw : mask(raw);
      out.push({ kind: cur.kind, text: plain ? raw : cleanMasked(masked), masked, start: cur.start, end: cur.end, headingLike: cur.headingLike });
    }
    cur = null;
  };
  let lastLine = "";
  for (const b of tree.children) {
    if (b.type === "table") {
      flush();
      lastLine = "";
      out.push({ kind: "table", text: "", masked: "", start: b.span.start, end: b.span.end, headingLike: false, table: b });
      continue;
    }
    const raw = b.text.length > MAX_UNIT ? b.text.slice(0, MAX_UNIT) : b.text;
    // Most blocks (the text front-end has cleaned them already) have nothing to mask or clean: one scan.
    const plain = isPlain(raw);
    const masked = plain ? raw : mask(raw);
    const text = plain ? raw : cleanMasked(masked);
    if (text === "") continue;
    // Only the end of the previous line decides (not the whole unit: that would be quadratic).
    const prevText = lastLine;
    lastLine = text;
    const continues =
      cur !== null && b.type === "paragraph" && cur.kind !== "heading" && !endsTerminal(prevText) &&
      !LETTER_LABEL.test(text) &&
      (STARTS_LOWER.test(text) || (/^\d/.test(text) && !/^\d+(?:\.\d+)*\s*[.)]\s/.test(text) && !/^\d+\s*%/.test(text)));
    if (continues && cur) {
      cur.end = b.span.end;
      cur.block = null;
      continue;
    }
    flush();
    cur = { kind: b.type, start: b.span.start, end: b.span.end, headingLike: isHeadingLike(b, text), block: { raw, masked, text } };
  }
  flush();
  return out;
}
