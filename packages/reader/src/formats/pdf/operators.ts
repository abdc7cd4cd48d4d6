import { nfc } from "@cdsvn/core";
import type { HRule, Piece, VRule } from "./geometry.ts";
import { pathSegments } from "./rules.ts";

/**
 * PDF.js operator numbers used here (OPS in pdf.js; stable across its 4.x and 5.x releases). PDF.js
 * has already turned `TJ`, `'` and `"` into `showText` with the spacing numbers inside the glyph list.
 */
export const OP = {
  save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25,
  closeFillStroke: 26, closeEOFillStroke: 27, beginText: 31, setCharSpacing: 33, setWordSpacing: 34, setHScale: 35, setLeading: 36,
  setFont: 37, setTextRise: 39, moveText: 40, setLeadingMoveText: 41, setTextMatrix: 42, nextLine: 43, showText: 44, showSpacedText: 45,
  nextLineShowText: 46, nextLineSetSpacingShowText: 47, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, constructPath: 91,
} as const;
const PAINTS = new Set<number>([OP.stroke, OP.closeStroke, OP.fill, OP.eoFill, OP.fillStroke, OP.eoFillStroke, OP.closeFillStroke, OP.closeEOFillStroke]);

/** A glyph as PDF.js puts it in a `showText` operation. */
interface Glyph { readonly unicode?: string; readonly width?: number; readonly isSpace?: boolean }

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m × n: n applied after m (PDF's row-vector convention, as in `cm`). */
const multiply = (m: readonly number[], n: readonly number[]): Matrix => [
  m[0]! * n[0]! + m[1]! * n[2]!, m[0]! * n[1]! + m[1]! * n[3]!,
  m[2]! * n[0]! + m[3]! * n[2]!, m[2]! * n[1]! + m[3]! * n[3]!,
  m[4]! * n[0]! + m[5]! * n[2]! + n[4]!, m[4]! * n[1]! + m[5]! * n[3]! + n[5]!,
];

/** The text parameters of the graphics state (saved and restored with it). */
interface TextState { font: string; size: number; charSpacing: number; wordSpacing: number; hScale: number; leading: number; rise: number; fontMatrix: readonly number[] }

/** Graphics states saved one inside another, kept up to this depth (writers nest a few levels). */
const MAX_NESTING = 256;

/**
 * A TJ adjustment wider than this (thousandths of an em) may be a word space (writers such as Word
 * move to the next word instead of drawing a blank): the run is cut there, and whether the distance
 * is a space is decided with the others, from the geometry, when the line is put together (`fragments`).
 * Kerning stays well under it.
 */
const GAP = 60;

export interface PageOperators {
  readonly pieces: Piece[];
  readonly h: HRule[];
  readonly v: VRule[];
  /** Glyph runs left unread because the page held more than `maxPieces`. */
  readonly droppedPieces: number;
}

/**
 * One walk over a page's operator list (PDF.js `getOperatorList`) gives both what the layout needs:
 * the straight lines the page paints (table borders) and its text, each run of letters at its exact
 * place. The text is taken from the drawing operations rather than from PDF.js's text layer because
 * that positions every glyph where the writer put it — LibreOffice draws Vietnamese letters from a
 * second font in a second pass over the gaps of the first, and the text layer only reports those
 * gaps as blanks — and because one pass over the page costs half of two.
 *
 * A piece is a run of letters without a word space or a writer's gap inside; the layout puts the
 * spaces back from the distances between pieces. `fontMatrixOf` gives a font's matrix (Type 3
 * fonts have their own); at most `maxPieces` pieces and `maxSegments` ruling segments are kept.
 */
export function readOperators(
  fnArray: ArrayLike<number>, argsArray: readonly unknown[], fontMatrixOf: (font: string) => readonly number[] | undefined,
  maxPieces: number, maxSegments: number,
): PageOperators {
  const pieces: Piece[] = [];
  const h: HRule[] = [];
  const v: VRule[] = [];
  let dropped = 0;
  let ctm: Matrix = IDENTITY;
  let text: TextState = { font: "", size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
  const stack: { ctm: Matrix; text: TextState }[] = [];
  // Saves nested deeper than any writer nests them are counted, not stored (a file of a million `q`).
  let overflow = 0;
  const save = () => { if (stack.length < MAX_NESTING) { stack.push({ ctm, text }); text = { ...text }; } else overflow++; };
  const restore = () => { if (overflow > 0) { overflow--; return; } const s = stack.pop(); if (s) { ctm = s.ctm; text = s.text; } };
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  const moveText = (tx: number, ty: number) => { tlm = multiply([1, 0, 0, 1, tx, ty], tlm); tm = tlm; };

  const show = (glyphs: readonly (Glyph | number)[]) => {
    const { size, hScale, rise, charSpacing, wordSpacing, fontMatrix, font } = text;
    // Text space → page: the render matrix without the glyph-by-glyph advance.
    const trm = multiply(tm, ctm);
    const scale = Math.hypot(trm[0], trm[1]);
    const pieceSize = Math.abs(size) * hScale * scale || Math.abs(size) || 10;
    const advanceScale = size * fontMatrix[0]!;
    let x = 0; // advance in unscaled text space
    let run = "";
    // Whether the run holds a letter NFC, a ligature or an odd space could change (none below U+0300 but U+00A0).
    let unusual = false;
    let runStart = 0;
    let runEnd = 0;
    // A run ends (at a blank, a writer's gap, the end of the operation): it becomes a piece. Written out
    // at each place rather than as a closure, so the run's state stays in registers (a page has
    // thousands of these operations).
    const piece = (s: string, start: number, end: number) => {
      if (pieces.length >= maxPieces) { dropped++; return; }
      const x0 = start * hScale, px = trm[0] * x0 + trm[2] * rise + trm[4], py = trm[1] * x0 + trm[3] * rise + trm[5];
      // A matrix of a damaged or hostile file can hold infinities: such text has no place on the page.
      if (!Number.isFinite(px) || !Number.isFinite(py) || !Number.isFinite(pieceSize)) return;
      const width = Math.max(0, (end - start) * hScale * scale);
      pieces.push(font ? { str: s, x: px, y: py, width, size: pieceSize, font } : { str: s, x: px, y: py, width, size: pieceSize });
    };
    for (const g of glyphs) {
      if (typeof g === "number") {
        if (Math.abs(g) > GAP && run !== "") { piece(unusual ? nfc(ligatures(run)) : run, runStart, runEnd); run = ""; unusual = false; }
        x -= (g * size) / 1000;
        continue;
      }
      if (g === null || typeof g !== "object") continue;
      const width = (g.width ?? 0) * advanceScale + charSpacing + (g.isSpace ? wordSpacing : 0);
      const ch = g.unicode ?? "";
      if (blank(ch)) {
        if (run !== "") { piece(unusual ? nfc(ligatures(run)) : run, runStart, runEnd); run = ""; unusual = false; }
      } else {
        if (run === "") runStart = x;
        run += ch;
        if (!unusual) for (let k = 0; k < ch.length; k++) { const c = ch.charCodeAt(k); if (c >= 0x300 || c === 0xa0) unusual = true; }
        runEnd = x + width;
      }
      x += width;
    }
    if (run !== "") piece(unusual ? nfc(ligatures(run)) : run, runStart, runEnd);
    tm = multiply([1, 0, 0, 1, x * hScale, 0], tm);
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OP.save: save(); break;
      case OP.restore: restore(); break;
      case OP.transform: if (args) ctm = multiply(args as number[], ctm); break;
      case OP.paintFormXObjectBegin: {
        save();
        const m = args?.[0];
        if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = multiply(Array.from(m as ArrayLike<number>), ctm);
        break;
      }
      case OP.paintFormXObjectEnd: restore(); break;
      case OP.constructPath: {
        if (!args || h.length + v.length >= maxSegments) break;
        const paint = args[0] as number;
        if (!PAINTS.has(paint)) break;
        const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
        if (data) pathSegments(data, ctm, paint !== OP.stroke && paint !== OP.closeStroke, h, v);
        break;
      }
      case OP.beginText: tm = tlm = IDENTITY; break;
      case OP.setFont: {
        const name = String(args?.[0] ?? "");
        text.font = name;
        text.size = Number(args?.[1]) || 0;
        text.fontMatrix = fontMatrixOf(name) ?? [0.001, 0, 0, 0.001, 0, 0];
        break;
      }
      case OP.setCharSpacing: text.charSpacing = Number(args?.[0]) || 0; break;
      case OP.setWordSpacing: text.wordSpacing = Number(args?.[0]) || 0; break;
      case OP.setHScale: text.hScale = (Number(args?.[0]) || 100) / 100; break;
      case OP.setLeading: text.leading = Number(args?.[0]) || 0; break;
      case OP.setTextRise: text.rise = Number(args?.[0]) || 0; break;
      case OP.moveText: moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0); break;
      case OP.setLeadingMoveText: text.leading = -(Number(args?.[1]) || 0); moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0); break;
      case OP.setTextMatrix: {
        const m = args?.[0];
        // PDF.js gives a Float32Array (copied element by element: Array.from walks an iterator).
        const arr = (Array.isArray(m) || ArrayBuffer.isView(m) ? m : args) as ArrayLike<number> | null;
        if (arr && arr.length >= 6) tm = tlm = [arr[0]!, arr[1]!, arr[2]!, arr[3]!, arr[4]!, arr[5]!];
        break;
      }
      case OP.nextLine: moveText(0, -text.leading); break;
      case OP.showText: case OP.showSpacedText: show((args?.[0] ?? []) as (Glyph | number)[]); break;
      case OP.nextLineShowText: moveText(0, -text.leading); show((args?.[0] ?? []) as (Glyph | number)[]); break;
      case OP.nextLineSetSpacingShowText:
        text.wordSpacing = Number(args?.[0]) || 0;
        text.charSpacing = Number(args?.[1]) || 0;
        moveText(0, -text.leading);
        show((args?.[2] ?? []) as (Glyph | number)[]);
        break;
    }
  }
  return { pieces, h, v, droppedPieces: dropped };
}

/** Empty or only white space (JavaScript's \s), tested without a regular expression: it runs once per glyph. */
function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 0xa0) return false;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    return false;
  }
  return true;
}

/** Typographic ligatures (ﬁ, ﬂ …) as their letters, as a text layer reports them. */
const ligatures = (s: string) => (/[\uFB00-\uFB06]/u.test(s) ? s.replace(/[\uFB00-\uFB06]/gu, (c) => c.normalize("NFKC")) : s);
