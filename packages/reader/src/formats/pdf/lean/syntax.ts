import { Declined } from "./declined.ts";

/**
 * PDF object syntax (ISO 32000-1 §7.2–7.3) for the lean reader: numbers, strings, names, arrays,
 * dictionaries, references and the operators of a content stream. Strings are byte strings (one
 * char per byte, as PDF.js keeps them) so a font's codes read the same way. The rules follow
 * PDF.js's lexer where it is lenient in a way that changes a value (a raw CR kept in a string, an
 * octal escape of three digits); where PDF.js guesses (a minus sign inside a number, a bad `#` in a
 * name), the lean reader declines instead.
 */

/** A PDF name (`/Font`), its `#xx` escapes decoded. */
export class Name {
  readonly name: string;
  constructor(name: string) { this.name = name; }
}
/** An indirect reference (`12 0 R`). */
export class Ref {
  readonly num: number;
  readonly gen: number;
  constructor(num: number, gen: number) { this.num = num; this.gen = gen; }
}
/** A content stream operator, or a keyword of the file's structure (`obj`, `stream`, `R`…). */
export class Op {
  readonly op: string;
  /** Operands a content stream operator takes (-1: any); undefined for a word that is no operator. */
  readonly arity: number | undefined;
  constructor(op: string, arity?: number) { this.op = op; this.arity = arity; }
}

/** Operand counts of every content stream operator (ISO 32000-1 Annex A); -1: any. */
const ARITY: Record<string, number> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6, m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4,
  S: 0, s: 0, f: 0, F: 0, "f*": 0, B: 0, "B*": 0, b: 0, "b*": 0, n: 0, W: 0, "W*": 0, BT: 0, ET: 0,
  Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, "T*": 0, Tj: 1, TJ: 1, "'": 1, "\"": 3,
  d0: 2, d1: 6, CS: 1, cs: 1, SC: -1, SCN: -1, sc: -1, scn: -1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4, sh: 1,
  BI: 0, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
};
/**
 * The operators (all of three letters or fewer) as one object each, found by their bytes: a content
 * stream's thousands of operators cost no string each, and a switch on their (interned) names is quick.
 */
const OPERATORS = new Map<number, Op>();
for (const [name, arity] of Object.entries(ARITY)) {
  let key = 0;
  for (let i = 0; i < name.length; i++) key = key * 256 + name.charCodeAt(i);
  OPERATORS.set(key, new Op(name, arity));
}
export type Dict = Map<string, Value>;
/** A stream object: its dictionary and where its (still encoded) bytes lie in `bytes`. */
export interface Stream { readonly dict: Dict; readonly bytes: Uint8Array; readonly start: number; readonly end: number }
/**
 * An array operand of a content stream (a `TJ`'s strings and spacings; a dash pattern), read in one
 * flat list of numbers: a spacing as itself, a string as -Infinity, its length, then its codes. A
 * page shows thousands of these: no string or array is made for each of their parts.
 */
export class TextArray {
  readonly items: number[];
  constructor(items: number[]) { this.items = items; }
}
export type Value = number | string | boolean | null | Name | Ref | Value[] | Dict | Stream | TextArray;
/** Marks a string in a TextArray's items. */
export const STRING_MARK = -Infinity;

/** Arrays and dictionaries nested deeper than this are not a real file's (a writer nests a few levels). */
const MAX_DEPTH = 64;

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
/** Whitespace and delimiters: where a number, a name or a keyword ends. */
const STOP = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]) STOP[c] = 1;

const hexValue = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 55 : c >= 0x61 && c <= 0x66 ? c - 87 : -1);

/** Bytes of a hex string, decoded here and made a string in one go (a font's codes are mostly hex). */
const HEX_BUFFER = new Uint16Array(4096);

/** Marks for the closing delimiters, returned by `token` and never seen by callers of `value`. */
const CLOSE_ARRAY = new Op("]");
const CLOSE_DICT = new Op(">>");
/** The end of the bytes. */
export const EOF = new Op("");

/** Reads values one after another from `start`; with `refs`, `n g R` is a reference (the file's objects, not a content stream). */
export class Lexer {
  pos: number;
  readonly bytes: Uint8Array;
  readonly end: number;
  private readonly refs: boolean;
  private readonly content: boolean;
  /** `refs`: `n g R` is a reference (the file's objects); `content`: an array operand is a TextArray (a content stream). */
  constructor(bytes: Uint8Array, start = 0, end = bytes.length, refs = false, content = false) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
    this.refs = refs;
    this.content = content;
  }

  private skipSpace(): void {
    // The position in a local while scanning (the lexer's hottest loops keep it out of the object).
    const b = this.bytes, end = this.end;
    let p = this.pos;
    for (;;) {
      while (p < end && WHITE[b[p]!]) p++;
      if (p < end && b[p] === 0x25) {
        while (p < end && b[p] !== 10 && b[p] !== 13) p++;
        continue;
      }
      this.pos = p;
      return;
    }
  }

  /** The next value or operator; arrays and dictionaries whole. */
  value(depth = 0): Value | Op {
    const t = this.token(depth);
    if (t === CLOSE_ARRAY || t === CLOSE_DICT) throw new Declined("syntax", `unexpected '${t.op}'`);
    return t;
  }

  private token(depth: number): Value | Op {
    this.skipSpace();
    if (this.pos >= this.end) return EOF;
    const b = this.bytes;
    const c = b[this.pos]!;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
      const n = this.number();
      if (this.refs && Number.isInteger(n) && n >= 0) return this.maybeRef(n);
      return n;
    }
    switch (c) {
      case 0x2f: return this.name();
      case 0x28: return this.literal();
      case 0x5b: {
        if (this.content && depth === 0) return this.textArray();
        if (depth >= MAX_DEPTH) throw new Declined("syntax", "arrays nested too deep");
        this.pos++;
        const out: Value[] = [];
        for (;;) {
          const t = this.token(depth + 1);
          if (t === CLOSE_ARRAY) return out;
          if (t instanceof Op) throw new Declined("syntax", t === EOF ? "unterminated array" : `operator '${t.op}' in an array`);
          out.push(t);
        }
      }
      case 0x5d: this.pos++; return CLOSE_ARRAY;
      case 0x3c:
        if (b[this.pos + 1] === 0x3c) {
          if (depth >= MAX_DEPTH) throw new Declined("syntax", "dictionaries nested too deep");
          this.pos += 2;
          return this.dict(depth);
        }
        return this.hex();
      case 0x3e:
        if (b[this.pos + 1] === 0x3e) { this.pos += 2; return CLOSE_DICT; }
        throw new Declined("syntax", "a stray '>'");
      case 0x7b: case 0x7d: case 0x29:
        throw new Declined("syntax", `a stray '${String.fromCharCode(c)}'`);
    }
    const start = this.pos;
    let key = 0;
    while (this.pos < this.end && !STOP[b[this.pos]!]) key = key * 256 + b[this.pos++]!;
    if (this.pos - start <= 3) {
      const op = OPERATORS.get(key);
      if (op) return op;
    }
    const word = latin1(b, start, this.pos);
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    return new Op(word);
  }

  private dict(depth: number): Dict {
    const out: Dict = new Map();
    for (;;) {
      const k = this.token(depth + 1);
      if (k === CLOSE_DICT) break;
      if (!(k instanceof Name)) throw new Declined("syntax", "a dictionary key that is not a name");
      const v = this.token(depth + 1);
      if (v instanceof Op) throw new Declined("syntax", "a dictionary entry without a value");
      out.set(k.name, v);
    }
    return out;
  }

  /** `n` read; if `g R` follows it is a reference, else the lexer is put back after `n`. */
  private maybeRef(n: number): Value {
    const after = this.pos;
    this.skipSpace();
    const b = this.bytes;
    let p = this.pos;
    const genStart = p;
    while (p < this.end && b[p]! >= 0x30 && b[p]! <= 0x39) p++;
    if (p > genStart && p - genStart < 6 && p < this.end && WHITE[b[p]!]) {
      let q = p;
      while (q < this.end && WHITE[b[q]!]) q++;
      if (b[q] === 0x52 && (q + 1 >= this.end || STOP[b[q + 1]!])) {
        this.pos = q + 1;
        return new Ref(n, Number(latin1(b, genStart, p)));
      }
    }
    this.pos = after;
    return n;
  }

  /** A number as PDF.js computes it (all digits as an integer, divided once by the power of ten). */
  private number(): number {
    const b = this.bytes, end = this.end;
    let p = this.pos;
    let sign = 1;
    if (b[p] === 0x2d) { sign = -1; p++; } else if (b[p] === 0x2b) p++;
    let digits = 0;
    let divisor = 0;
    let count = 0;
    for (; p < end; p++) {
      const c = b[p]!;
      if (c >= 0x30 && c <= 0x39) {
        digits = digits * 10 + (c - 0x30);
        if (divisor !== 0) divisor *= 10;
        count++;
      } else if (c === 0x2e) {
        if (divisor !== 0) break;
        divisor = 1;
      } else break;
    }
    this.pos = p;
    const next = p < end ? b[p]! : 0x20;
    // "-" alone, "--5", "4-2", "12abc": PDF.js guesses, the lean reader does not. The arithmetic is
    // PDF.js's own, step for step, so even a number of more digits than a double holds reads the same.
    if (count === 0 || count > 40 || !STOP[next]) throw new Declined("syntax", "a malformed number");
    return divisor > 1 ? (sign * digits) / divisor : sign * digits;
  }

  private name(): Name {
    const b = this.bytes;
    this.pos++;
    const start = this.pos;
    let escaped = false;
    while (this.pos < this.end && !STOP[b[this.pos]!]) {
      if (b[this.pos] === 0x23) escaped = true;
      this.pos++;
    }
    if (!escaped) return new Name(latin1(b, start, this.pos));
    let s = "";
    for (let i = start; i < this.pos; i++) {
      if (b[i] === 0x23) {
        const hi = hexValue(b[i + 1] ?? 0), lo = hexValue(b[i + 2] ?? 0);
        if (hi < 0 || lo < 0 || i + 2 >= this.pos) throw new Declined("syntax", "a malformed '#' escape in a name");
        s += String.fromCharCode((hi << 4) | lo);
        i += 2;
      } else s += String.fromCharCode(b[i]!);
    }
    return new Name(s);
  }

  /** A content stream's array of numbers and strings (anything else in it: declined). */
  private textArray(): TextArray {
    const b = this.bytes;
    this.pos++;
    const items: number[] = [];
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.end) throw new Declined("syntax", "an unterminated array");
      const c = b[this.pos]!;
      if (c === 0x5d) { this.pos++; return new TextArray(items); }
      if (c === 0x28 || (c === 0x3c && b[this.pos + 1] !== 0x3c)) {
        items.push(STRING_MARK, 0);
        const at = items.length - 1;
        if (c === 0x28) this.literalCodes(items); else this.hexCodes(items);
        items[at] = items.length - at - 1;
      } else if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) items.push(this.number());
      else throw new Declined("content", "an array operand holding other than numbers and strings");
    }
  }

  /**
   * The byte a literal string's backslash escape stands for, read from just past the backslash; -1 for a
   * line continuation, which stands for nothing.
   */
  private escape(): number {
    const b = this.bytes;
    const e = b[this.pos++];
    switch (e) {
      case 0x6e: return 10;
      case 0x72: return 13;
      case 0x74: return 9;
      case 0x62: return 8;
      case 0x66: return 12;
      case 0x0d: if (b[this.pos] === 0x0a) this.pos++; return -1;
      case 0x0a: return -1;
      case undefined: throw new Declined("syntax", "an unterminated string");
      default: {
        if (e < 0x30 || e > 0x37) return e;
        // Up to three octal digits; PDF.js keeps a value over 255 as it is, and so does this.
        let v = e & 15;
        for (let k = 0; k < 2 && this.pos < this.end && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = (v << 3) + (b[this.pos++]! & 15);
        return v;
      }
    }
  }

  /** A literal string's bytes (escapes decoded by `escape`) appended to `out`. */
  private literalCodes(out: number[]): void {
    const b = this.bytes;
    this.pos++;
    let depth = 1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x28) depth++;
      else if (c === 0x29) { if (--depth === 0) return; }
      else if (c === 0x5c) {
        const v = this.escape();
        if (v >= 0) out.push(v);
        continue;
      }
      out.push(c);
    }
    throw new Declined("syntax", "an unterminated string");
  }

  /** A hex string's bytes appended to `out`. */
  private hexCodes(out: number[]): void {
    const b = this.bytes;
    this.pos++;
    let high = -1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x3e) {
        if (high >= 0) out.push(high << 4);
        return;
      }
      if (WHITE[c]) continue;
      const v = hexValue(c);
      if (v < 0) throw new Declined("syntax", "a bad digit in a hex string");
      if (high < 0) high = v;
      else { out.push((high << 4) | v); high = -1; }
    }
    throw new Declined("syntax", "an unterminated hex string");
  }

  private literal(): string {
    const b = this.bytes;
    this.pos++;
    let depth = 1;
    let run = this.pos;
    let out = "";
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (--depth === 0) {
          out += latin1(b, run, this.pos);
          this.pos++;
          return out;
        }
      } else if (c === 0x5c) {
        out += latin1(b, run, this.pos);
        this.pos++;
        const v = this.escape();
        if (v >= 0) out += String.fromCharCode(v);
        run = this.pos;
        continue;
      }
      this.pos++;
    }
    throw new Declined("syntax", "an unterminated string");
  }

  private hex(): string {
    const b = this.bytes;
    this.pos++;
    const codes = HEX_BUFFER;
    let n = 0;
    let out = "";
    let high = -1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x3e) {
        if (high >= 0) codes[n++] = high << 4;
        // Most hex strings of a page are a glyph or two (a word's run between two kerning numbers).
        if (out === "" && n <= 2) return n === 0 ? "" : n === 1 ? String.fromCharCode(codes[0]!) : String.fromCharCode(codes[0]!, codes[1]!);
        return out + String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
      }
      if (WHITE[c]) continue;
      const v = hexValue(c);
      if (v < 0) throw new Declined("syntax", "a bad digit in a hex string");
      if (high < 0) high = v;
      else {
        codes[n++] = (high << 4) | v;
        high = -1;
        if (n === codes.length) { out += String.fromCharCode.apply(null, codes as unknown as number[]); n = 0; }
      }
    }
    throw new Declined("syntax", "an unterminated hex string");
  }
}

/** Bytes as a string of one char per byte. */
export function latin1(b: Uint8Array, start: number, end: number): string {
  if (end - start < 64) {
    let s = "";
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  let s = "";
  for (let i = start; i < end; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(end, i + 8192)));
  return s;
}
