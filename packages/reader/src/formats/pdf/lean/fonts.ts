import { Declined } from "./declined.ts";
import { isDict, isStream, nameOf, type PdfFile } from "./file.ts";
import { Lexer, Op, Ref, type Dict, type Value } from "./syntax.ts";

/**
 * A font as the lean reader knows it: each code's Unicode text (from the font's ToUnicode CMap) and
 * advance width (from /Widths or the CID font's /W), never its glyph program. A glyph is given in
 * PDF.js's shape ({ unicode, width, isSpace }) so the same walk (`readOperators`) reads both paths.
 *
 * Only what is fully determined by the font dictionary is read: simple TrueType and Type 1 fonts
 * and Type 0 fonts with /Identity-H, each with an embedded program (PDF.js substitutes a
 * system font for a missing one and then changes the text it reports), and Type 3 fonts with
 * their matrix; /Widths or /W, and a ToUnicode CMap mapping every code drawn. Vertical writing,
 * other CMaps, a code the CMap leaves out: declined.
 */
export interface Glyph { readonly unicode: string; readonly width: number; readonly isSpace: boolean }

export interface LeanFont {
  /** Unique in the document (the font object's number), as PDF.js's loaded font names are. */
  readonly id: string;
  /** A Type 3 font's matrix (glyph space → text space); the others' is PDF.js's default, 1/1000. */
  readonly fontMatrix?: readonly number[];
  /** A string of the content stream as the glyphs it draws. */
  glyphs(s: string): Glyph[];
  /** The glyphs of `n` codes (bytes) of `codes` from `from`, appended to `out` (a TJ array's strings). */
  pushCodes(codes: readonly number[], from: number, n: number, out: (Glyph | number)[]): void;
}

/** Codes of a ToUnicode range mapped one by one, beyond which a range is not a real font's. */
const MAX_RANGE = 0xffff;
/** Entries of one font's width or Unicode table (two-byte codes number 65,536): more is a hostile file's. */
const MAX_ENTRIES = 1 << 17;

export class FontCache {
  private readonly fonts = new Map<number, LeanFont>();
  private readonly file: PdfFile;
  constructor(file: PdfFile) { this.file = file; }

  get(ref: Value | undefined): LeanFont {
    if (!(ref instanceof Ref)) throw new Declined("font", "a font given inline rather than by reference");
    let font = this.fonts.get(ref.num);
    if (!font) {
      font = this.load(ref);
      this.fonts.set(ref.num, font);
    }
    return font;
  }

  private load(ref: Ref): LeanFont {
    const file = this.file;
    const dict = file.resolve(ref);
    if (!isDict(dict)) throw new Declined("font", `font ${ref.num} is not a dictionary`);
    const subtype = nameOf(file.resolve(dict.get("Subtype")));
    const id = `f${ref.num}_${ref.gen}`;
    const toUnicode = () => readToUnicode(file, file.resolve(dict.get("ToUnicode")), ref.num);
    if (subtype === "Type0") {
      if (nameOf(file.resolve(dict.get("Encoding"))) !== "Identity-H") throw new Declined("font", `font ${ref.num}: a Type 0 font whose encoding is not /Identity-H`);
      const kids = file.resolve(dict.get("DescendantFonts"));
      const cid = Array.isArray(kids) && kids.length === 1 ? file.resolve(kids[0]) : undefined;
      if (!isDict(cid) || !["CIDFontType0", "CIDFontType2"].includes(nameOf(file.resolve(cid.get("Subtype"))) ?? "")) throw new Declined("font", `font ${ref.num}: no CID font`);
      embedded(file, cid, ref.num);
      return compositeFont(id, toUnicode(), cidWidths(file, cid, ref.num));
    }
    if (subtype !== "TrueType" && subtype !== "Type1" && subtype !== "Type3") throw new Declined("font", `font ${ref.num}: a ${subtype ?? "untyped"} font`);
    // A Type 3 font draws its glyphs with content of its own (Chromium writes one for glyphs it
    // cannot embed otherwise): its widths are in its own glyph space, which its matrix maps.
    let fontMatrix: number[] | undefined;
    if (subtype === "Type3") {
      const m = file.resolve(dict.get("FontMatrix"));
      if (!Array.isArray(m) || m.length !== 6 || !m.every((x) => typeof x === "number" && Number.isFinite(x))) throw new Declined("font", `font ${ref.num}: a Type 3 font without a valid /FontMatrix`);
      fontMatrix = m as number[];
    }
    const descriptor = subtype === "Type3" ? undefined : embedded(file, dict, ref.num);
    const widths = file.resolve(dict.get("Widths"));
    if (!Array.isArray(widths)) throw new Declined("font", `font ${ref.num}: no /Widths`);
    const firstChar = file.resolve(dict.get("FirstChar")) ?? 0;
    if (!Number.isInteger(firstChar)) throw new Declined("font", `font ${ref.num}: a bad /FirstChar`);
    const table: number[] = [];
    let code = firstChar as number;
    for (const w of widths) {
      const v = file.resolve(w);
      if (typeof v === "number") table[code] = v;
      code++;
    }
    const missing = descriptor ? file.resolve(descriptor.get("MissingWidth")) : undefined;
    return simpleFont(id, toUnicode(), table, typeof missing === "number" ? missing : 0, fontMatrix);
  }
}

/** The font's descriptor, provided it embeds the font's program. */
function embedded(file: PdfFile, dict: Dict, num: number): Dict {
  const descriptor = file.resolve(dict.get("FontDescriptor"));
  if (!isDict(descriptor)) throw new Declined("font", `font ${num}: the font program is not embedded (no font descriptor)`);
  if (!["FontFile", "FontFile2", "FontFile3"].some((k) => isStream(file.resolve(descriptor.get(k))))) throw new Declined("font", `font ${num}: the font program is not embedded`);
  return descriptor;
}

function simpleFont(id: string, toUnicode: Map<number, string>, widths: number[], missingWidth: number, fontMatrix?: readonly number[]): LeanFont {
  const glyphs: Glyph[] = [];
  const glyph = (code: number): Glyph => {
    let g = glyphs[code];
    if (!g) {
      const unicode = toUnicode.get(code);
      if (unicode === undefined) throw new Declined("font", `font ${id}: code ${code} has no Unicode text in the ToUnicode CMap`);
      const width = widths[code];
      // PDF.js takes an empty mapping for none and reports the code itself.
      g = { unicode: unicode || String.fromCharCode(code), width: typeof width === "number" ? width : missingWidth, isSpace: code === 32 };
      glyphs[code] = g;
    }
    return g;
  };
  const font: LeanFont = {
    id,
    ...(fontMatrix ? { fontMatrix } : {}),
    glyphs(s) {
      const out: Glyph[] = [];
      for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        if (code > 255) throw new Declined("content", "a string escape beyond a byte");
        out.push(glyph(code));
      }
      return out;
    },
    pushCodes(codes, from, n, out) {
      for (let i = from; i < from + n; i++) {
        const code = codes[i]!;
        if (code > 255) throw new Declined("content", "a string escape beyond a byte");
        out.push(glyph(code));
      }
    },
  };
  return font;
}

function compositeFont(id: string, toUnicode: Map<number, string>, { widths, defaultWidth }: { widths: Map<number, number>; defaultWidth: number }): LeanFont {
  const cache = new Map<number, Glyph>();
  const font: LeanFont = {
    id,
    glyphs(s) {
      const codes: number[] = [];
      for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
      const out: Glyph[] = [];
      font.pushCodes(codes, 0, codes.length, out);
      return out;
    },
    pushCodes(codes, from, n, out) {
      if (n % 2 !== 0) throw new Declined("content", `font ${id}: a string of an odd number of bytes in a two-byte font`);
      for (let i = from; i < from + n; i += 2) {
        const hi = codes[i]!, lo = codes[i + 1]!;
        if (hi > 255 || lo > 255) throw new Declined("content", "a string escape beyond a byte");
        const code = (hi << 8) | lo;
        let g = cache.get(code);
        if (!g) {
          const unicode = toUnicode.get(code);
          if (unicode === undefined) throw new Declined("font", `font ${id}: code ${code} has no Unicode text in the ToUnicode CMap`);
          g = { unicode: unicode || String.fromCharCode(code), width: widths.get(code) ?? defaultWidth, isSpace: false };
          cache.set(code, g);
        }
        out.push(g as Glyph);
      }
    },
  };
  return font;
}

/** A CID font's /W and /DW as PDF.js reads them (an array of widths, or a range of one width). */
function cidWidths(file: PdfFile, cid: Dict, num: number): { widths: Map<number, number>; defaultWidth: number } {
  const dw = file.resolve(cid.get("DW"));
  const defaultWidth = typeof dw === "number" ? Math.ceil(dw) : 1000;
  const widths = new Map<number, number>();
  const w = file.resolve(cid.get("W"));
  if (w === undefined) return { widths, defaultWidth };
  if (!Array.isArray(w)) throw new Declined("font", `font ${num}: a /W that is not an array`);
  for (let i = 0; i < w.length; i++) {
    const first = file.resolve(w[i++]);
    if (!Number.isInteger(first)) throw new Declined("font", `font ${num}: a malformed /W`);
    const next = file.resolve(w[i]);
    if (Array.isArray(next)) {
      let code = first as number;
      for (const x of next) {
        const v = file.resolve(x);
        if (typeof v !== "number") throw new Declined("font", `font ${num}: a malformed /W`);
        widths.set(code++, v);
      }
    } else if (Number.isInteger(next)) {
      const v = file.resolve(w[++i]);
      if (typeof v !== "number" || (next as number) - (first as number) > MAX_RANGE) throw new Declined("font", `font ${num}: a malformed /W`);
      for (let code = first as number; code <= (next as number); code++) widths.set(code, v);
    } else throw new Declined("font", `font ${num}: a malformed /W`);
    if (widths.size > MAX_ENTRIES) throw new Declined("font", `font ${num}: a /W of more widths than codes`);
  }
  return { widths, defaultWidth };
}

/**
 * A ToUnicode CMap's bfchar and bfrange mappings (ISO 32000-1 §9.10.3), each destination decoded
 * from UTF-16BE as PDF.js does (a range's destination incremented in its last byte, with PDF.js's
 * one-byte carry). A named CMap, `usecmap`, cid mappings or a huge range: declined.
 */
function readToUnicode(file: PdfFile, v: Value | undefined, num: number): Map<number, string> {
  if (!isStream(v)) throw new Declined("font", `font ${num}: no ToUnicode CMap`);
  const data = file.decode(v);
  const lexer = new Lexer(data, 0, data.length, false);
  const raw = new Map<number, string>();
  const code = (s: Value | Op): number => {
    if (typeof s !== "string" || s.length === 0 || s.length > 4) throw new Declined("font", `font ${num}: a malformed ToUnicode code`);
    let n = 0;
    for (let i = 0; i < s.length; i++) n = (n << 8) | s.charCodeAt(i);
    return n >>> 0;
  };
  for (;;) {
    const t = lexer.value();
    if (!(t instanceof Op)) continue;
    if (t.op === "") break;
    if (t.op === "usecmap" || t.op === "begincidchar" || t.op === "begincidrange" || t.op === "beginnotdefrange") throw new Declined("font", `font ${num}: a ToUnicode CMap with '${t.op}'`);
    if (t.op === "beginbfchar") {
      for (;;) {
        const src = lexer.value();
        if (src instanceof Op && src.op === "endbfchar") break;
        const dst = lexer.value();
        if (typeof dst !== "string") throw new Declined("font", `font ${num}: a bfchar destination that is not a string`);
        raw.set(code(src), dst);
      }
    } else if (t.op === "beginbfrange") {
      for (;;) {
        const lowS = lexer.value();
        if (lowS instanceof Op && lowS.op === "endbfrange") break;
        let low = code(lowS);
        const high = code(lexer.value());
        if (high < low || high - low > MAX_RANGE) throw new Declined("font", `font ${num}: a ToUnicode range too wide`);
        const dst = lexer.value();
        if (typeof dst === "string" && dst.length > 0) {
          let d = dst;
          const last = d.length - 1;
          while (low <= high) {
            raw.set(low++, d);
            const next = d.charCodeAt(last) + 1;
            d = next > 255 ? d.substring(0, last - 1) + String.fromCharCode(d.charCodeAt(last - 1) + 1) + "\0" : d.substring(0, last) + String.fromCharCode(next);
          }
        } else if (Array.isArray(dst)) {
          for (let k = 0; k < dst.length && low <= high; k++) {
            if (typeof dst[k] !== "string") throw new Declined("font", `font ${num}: a bfrange destination that is not a string`);
            raw.set(low++, dst[k] as string);
          }
        } else throw new Declined("font", `font ${num}: a malformed bfrange`);
        if (raw.size > MAX_ENTRIES) throw new Declined("font", `font ${num}: a ToUnicode CMap of more entries than codes`);
      }
    }
  }
  if (raw.size === 0) throw new Declined("font", `font ${num}: an empty ToUnicode CMap`);
  const out = new Map<number, string>();
  for (const [k, s] of raw) out.set(k, utf16be(s));
  return out;
}

/** A byte string as UTF-16BE, as PDF.js decodes a ToUnicode destination (an odd length padded in front). */
function utf16be(t: string): string {
  if (t.length % 2 !== 0) t = `\0${t}`;
  const points: number[] = [];
  for (let e = 0; e < t.length; e += 2) {
    const n = (t.charCodeAt(e) << 8) | t.charCodeAt(e + 1);
    if ((n & 0xf800) !== 0xd800) { points.push(n); continue; }
    e += 2;
    const i = (t.charCodeAt(e) << 8) | t.charCodeAt(e + 1);
    points.push(((n & 0x3ff) << 10) + (i & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...points);
}

