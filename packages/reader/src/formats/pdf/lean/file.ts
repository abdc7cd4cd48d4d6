import { Inflate, inflateSync } from "fflate";
import { Declined } from "./declined.ts";
import { Lexer, Name, Op, Ref, latin1, type Dict, type Stream, type Value } from "./syntax.ts";

/**
 * The object layer of a PDF for the lean reader: the cross-reference (tables and streams, with
 * their `/Prev` chain), objects fetched when asked (from the file or from an object stream), and
 * stream data decoded (Flate, with PNG predictors). Nothing is repaired: a file whose xref does not
 * point at its objects, a stream whose length is wrong, an encrypted file, a filter other than
 * Flate — each is declined and PDF.js, which repairs, reads the file instead.
 */

type Entry = { readonly type: 1; readonly offset: number; readonly gen: number } | { readonly type: 2; readonly stream: number; readonly index: number };

/** Bounds on what the lean reader inflates (a stream and a whole file): past them PDF.js decides. */
const MAX_STREAM_BYTES = 64 * 1024 * 1024;
const MAX_DECODED_BYTES = 256 * 1024 * 1024;
/** xref sections followed through `/Prev`, and references followed from one to the next. */
const MAX_XREF_SECTIONS = 64;
const MAX_REF_CHAIN = 16;

export class PdfFile {
  readonly trailer: Dict;
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, Value>();
  private readonly objectStreams = new Map<number, { readonly data: Uint8Array; readonly offsets: number[]; readonly first: number }>();
  private readonly fetching = new Set<number>();
  private decoded = 0;

  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    if (latin1(bytes, 0, Math.min(5, bytes.length)) !== "%PDF-") throw new Declined("xref", "no %PDF- header at the start");
    this.trailer = this.readXref(this.startXref());
    if (this.trailer.has("Encrypt")) throw new Declined("encrypted", "the file is encrypted");
  }

  private startXref(): number {
    const b = this.bytes;
    const from = Math.max(0, b.length - 2048);
    const tail = latin1(b, from, b.length);
    const at = tail.lastIndexOf("startxref");
    if (at < 0) throw new Declined("xref", "no startxref");
    const m = /^startxref\s+(\d{1,12})/.exec(tail.slice(at));
    if (!m) throw new Declined("xref", "a malformed startxref");
    return Number(m[1]);
  }

  /** Every section from the newest back; an object's newest entry wins. Gives the newest trailer. */
  private readXref(offset: number): Dict {
    let trailer: Dict | undefined;
    const seen = new Set<number>();
    const pending = [offset];
    while (pending.length > 0) {
      const at = pending.shift()!;
      if (seen.has(at) || seen.size >= MAX_XREF_SECTIONS) throw new Declined("xref", "the xref sections loop or are too many");
      seen.add(at);
      if (at <= 0 || at >= this.bytes.length) throw new Declined("xref", `an xref offset (${at}) outside the file`);
      const dict = latin1(this.bytes, at, Math.min(at + 4, this.bytes.length)) === "xref" ? this.xrefTable(at + 4) : this.xrefStream(at);
      trailer ??= dict;
      // A hybrid file's table points at a stream holding its compressed objects: read before /Prev.
      const stm = dict.get("XRefStm");
      if (typeof stm === "number") pending.unshift(stm);
      const prev = dict.get("Prev");
      if (typeof prev === "number") pending.push(prev);
      else if (prev !== undefined) throw new Declined("xref", "a /Prev that is not a number");
    }
    return trailer!;
  }

  private add(num: number, entry: Entry | null): void {
    if (!this.entries.has(num)) this.entries.set(num, entry as Entry);
  }

  private xrefTable(start: number): Dict {
    const b = this.bytes;
    let p = start;
    const space = () => { while (p < b.length && (b[p] === 32 || b[p] === 10 || b[p] === 13 || b[p] === 9 || b[p] === 12)) p++; };
    const int = (): number => {
      const s = p;
      while (p < b.length && b[p]! >= 0x30 && b[p]! <= 0x39) p++;
      if (p === s || p - s > 12) throw new Declined("xref", "a malformed xref table");
      return Number(latin1(b, s, p));
    };
    for (;;) {
      space();
      if (latin1(b, p, p + 7) === "trailer") {
        const lexer = new Lexer(b, p + 7, b.length, true);
        const dict = lexer.value();
        if (!(dict instanceof Map)) throw new Declined("xref", "a trailer that is not a dictionary");
        return dict;
      }
      const first = int();
      space();
      const count = int();
      if (count > (b.length - p) / 18) throw new Declined("xref", "an xref subsection longer than the file");
      for (let k = 0; k < count; k++) {
        space();
        const offset = int();
        space();
        const gen = int();
        space();
        const kind = b[p++];
        if (kind === 0x6e) this.add(first + k, { type: 1, offset, gen });
        else if (kind === 0x66) this.add(first + k, null);
        else throw new Declined("xref", "an xref entry neither 'n' nor 'f'");
      }
    }
  }

  private xrefStream(at: number): Dict {
    const { value } = this.objectAt(at, undefined);
    if (!isStream(value) || nameOf(value.dict.get("Type")) !== "XRef") throw new Declined("xref", "startxref points at neither a table nor an xref stream");
    const w = value.dict.get("W");
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 8)) throw new Declined("xref", "a malformed /W");
    const [w0, w1, w2] = w as number[];
    const size = value.dict.get("Size");
    if (!Number.isInteger(size)) throw new Declined("xref", "an xref stream without /Size");
    const index = value.dict.get("Index") ?? [0, size as number];
    if (!Array.isArray(index) || index.length % 2 !== 0 || !index.every((x) => Number.isInteger(x) && (x as number) >= 0)) throw new Declined("xref", "a malformed /Index");
    const data = this.decode(value);
    const row = w0! + w1! + w2!;
    let p = 0;
    const field = (n: number, dflt: number) => {
      if (n === 0) return dflt;
      let v = 0;
      for (let k = 0; k < n; k++) v = v * 256 + data[p++]!;
      return v;
    };
    for (let s = 0; s < index.length; s += 2) {
      const first = index[s] as number, count = index[s + 1] as number;
      if (p + count * row > data.length) throw new Declined("xref", "an xref stream shorter than its /Index");
      for (let k = 0; k < count; k++) {
        const type = field(w0!, 1), a = field(w1!, 0), c = field(w2!, 0);
        if (type === 1) this.add(first + k, { type: 1, offset: a, gen: c });
        else if (type === 2) this.add(first + k, { type: 2, stream: a, index: c });
        else if (type === 0) this.add(first + k, null);
        else throw new Declined("xref", `an xref stream entry of type ${type}`);
      }
    }
    return value.dict;
  }

  /** The object `num 0 R`, resolved (a reference to a reference is followed). */
  resolve(v: Value | undefined): Value | undefined {
    for (let k = 0; v instanceof Ref; k++) {
      if (k >= MAX_REF_CHAIN) throw new Declined("xref", "references that point at references without end");
      v = this.fetch(v);
    }
    return v;
  }

  fetch(ref: Ref): Value {
    const hit = this.cache.get(ref.num);
    if (hit !== undefined) return hit;
    const entry = this.entries.get(ref.num);
    if (!entry) throw new Declined("xref", `object ${ref.num} is not in the xref`);
    if (this.fetching.has(ref.num)) throw new Declined("xref", `object ${ref.num} refers to itself`);
    this.fetching.add(ref.num);
    try {
      let value: Value;
      if (entry.type === 1) {
        if (entry.gen !== ref.gen) throw new Declined("xref", `object ${ref.num} has another generation`);
        value = this.objectAt(entry.offset, ref).value;
      } else value = this.fromObjectStream(entry.stream, entry.index, ref.num);
      this.cache.set(ref.num, value);
      return value;
    } finally {
      this.fetching.delete(ref.num);
    }
  }

  /** `num gen obj … endobj` at `offset` (a stream's bytes located, not read). */
  private objectAt(offset: number, expect: Ref | undefined): { value: Value } {
    const b = this.bytes;
    if (offset <= 0 || offset >= b.length) throw new Declined("xref", `an object offset (${offset}) outside the file`);
    const lexer = new Lexer(b, offset, b.length, false);
    const num = lexer.value(), gen = lexer.value(), obj = lexer.value();
    if (typeof num !== "number" || typeof gen !== "number" || !(obj instanceof Op) || obj.op !== "obj" || (expect && (num !== expect.num || gen !== expect.gen))) {
      throw new Declined("xref", `the xref points at no object ${expect ? expect.num : ""} (offset ${offset})`);
    }
    const body = new Lexer(b, lexer.pos, b.length, true);
    const value = body.value();
    if (value instanceof Op) throw new Declined("syntax", `an object that is an operator (${value.op})`);
    const after = body.value();
    if (after instanceof Op && after.op === "stream") {
      if (!(value instanceof Map)) throw new Declined("syntax", "a stream without a dictionary");
      return { value: this.streamAt(value, body.pos) };
    }
    return { value };
  }

  private streamAt(dict: Dict, keywordEnd: number): Stream {
    const b = this.bytes;
    let start = keywordEnd;
    if (b[start] === 13 && b[start + 1] === 10) start += 2;
    else if (b[start] === 10 || b[start] === 13) start += 1;
    else throw new Declined("syntax", "'stream' not followed by an end of line");
    const length = this.resolve(dict.get("Length"));
    if (!Number.isInteger(length) || (length as number) < 0 || start + (length as number) > b.length) throw new Declined("syntax", "a stream /Length that is not a length within the file");
    const end = start + (length as number);
    let p = end;
    while (p < b.length && (b[p] === 10 || b[p] === 13 || b[p] === 32 || b[p] === 9 || b[p] === 12)) p++;
    if (latin1(b, p, p + 9) !== "endstream") throw new Declined("syntax", "a stream /Length that does not end at 'endstream'");
    return { dict, bytes: b, start, end };
  }

  private fromObjectStream(streamNum: number, index: number, num: number): Value {
    let os = this.objectStreams.get(streamNum);
    if (!os) {
      const stream = this.fetch(new Ref(streamNum, 0));
      if (!isStream(stream) || nameOf(stream.dict.get("Type")) !== "ObjStm") throw new Declined("xref", `object stream ${streamNum} is not one`);
      const n = stream.dict.get("N"), first = stream.dict.get("First");
      if (!Number.isInteger(n) || !Number.isInteger(first)) throw new Declined("xref", "an object stream without /N or /First");
      const data = this.decode(stream);
      const head = new Lexer(data, 0, Math.min(first as number, data.length), false);
      const offsets: number[] = [];
      for (let k = 0; k < (n as number); k++) {
        const objNum = head.value(), off = head.value();
        if (typeof objNum !== "number" || typeof off !== "number") throw new Declined("xref", "a malformed object stream header");
        offsets.push(objNum, off);
      }
      os = { data, offsets, first: first as number };
      this.objectStreams.set(streamNum, os);
    }
    if (os.offsets[index * 2] !== num) throw new Declined("xref", `object ${num} is not where the xref says in its object stream`);
    const lexer = new Lexer(os.data, os.first + os.offsets[index * 2 + 1]!, os.data.length, true);
    const value = lexer.value();
    if (value instanceof Op) throw new Declined("syntax", "an object in an object stream that is an operator");
    return value;
  }

  /** A stream's data: unfiltered or Flate (optionally with a PNG predictor); any other filter is declined. */
  decode(stream: Stream): Uint8Array {
    const raw = stream.bytes.subarray(stream.start, stream.end);
    let filter = this.resolve(stream.dict.get("Filter"));
    let parms = this.resolve(stream.dict.get("DecodeParms"));
    if (Array.isArray(filter)) {
      if (filter.length > 1) throw new Declined("filter", "a chain of filters");
      filter = this.resolve(filter[0]);
      parms = Array.isArray(parms) ? this.resolve(parms[0]) : parms;
    }
    if (filter === undefined || filter === null) return raw;
    if (nameOf(filter) !== "FlateDecode") throw new Declined("filter", `the ${nameOf(filter) ?? "unnamed"} filter`);
    const data = this.inflate(raw);
    if (!(parms instanceof Map)) return data;
    const predictor = this.resolve(parms.get("Predictor")) ?? 1;
    if (predictor === 1) return data;
    if (typeof predictor !== "number" || predictor < 10) throw new Declined("filter", `predictor ${String(predictor)}`);
    const num = (k: string, d: number) => { const v = this.resolve(parms.get(k)) ?? d; if (!Number.isInteger(v) || (v as number) < 1) throw new Declined("filter", `a bad /${k}`); return v as number; };
    const colors = num("Colors", 1), bits = num("BitsPerComponent", 8), columns = num("Columns", 1);
    return unpredictPng(data, Math.ceil((colors * bits) / 8), Math.ceil((colors * bits * columns) / 8));
  }

  /**
   * zlib data inflated (its checksum not required: PDF.js does not check it either). Deflate expands
   * at most ~1032 times, so a small stream is inflated at once; a larger one by pieces, so that a
   * bomb is stopped at the bound rather than after it.
   */
  private inflate(raw: Uint8Array): Uint8Array {
    if (raw.length < 2 || (raw[0]! & 0x0f) !== 8 || ((raw[0]! << 8) | raw[1]!) % 31 !== 0 || raw[1]! & 0x20) throw new Declined("filter", "a Flate stream without a zlib header");
    if (raw.length * 1032 <= MAX_STREAM_BYTES) {
      let out: Uint8Array;
      try {
        // Into a buffer of a likely size (fflate's own growth reserves 128 KB per stream): a result
        // that fills it may have been cut short, and is inflated again into one four times larger.
        for (let size = raw.length * 8 + 4096; ; size *= 4) {
          out = inflateSync(raw.subarray(2), { out: new Uint8Array(size) });
          if (out.length < size) break;
        }
      } catch (e) {
        throw new Declined("filter", `a damaged Flate stream (${e instanceof Error ? e.message : String(e)})`);
      }
      this.decoded += out.length;
      if (this.decoded > MAX_DECODED_BYTES) throw new Declined("size", "the streams inflate past the lean reader's bound");
      return out;
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      this.decoded += chunk.length;
      if (total > MAX_STREAM_BYTES || this.decoded > MAX_DECODED_BYTES) throw new Declined("size", "a stream inflates past the lean reader's bound");
      chunks.push(chunk);
    });
    try {
      const STEP = 16384;
      for (let at = 2; at < raw.length; at += STEP) inflater.push(raw.subarray(at, Math.min(raw.length, at + STEP)), at + STEP >= raw.length);
    } catch (e) {
      if (e instanceof Declined) throw e;
      throw new Declined("filter", `a damaged Flate stream (${e instanceof Error ? e.message : String(e)})`);
    }
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) { out.set(c, at); at += c.length; }
    return out;
  }
}

/** PNG predictors (ISO 32000-1 §7.4.4.4): each row starts with its filter type. */
function unpredictPng(data: Uint8Array, bpp: number, rowLength: number): Uint8Array {
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1, dst = r * rowLength, up = dst - rowLength;
    for (let i = 0; i < rowLength; i++) {
      const x = data[src + i]!;
      const a = i >= bpp ? out[dst + i - bpp]! : 0;
      const b = r > 0 ? out[up + i]! : 0;
      const c = r > 0 && i >= bpp ? out[up + i - bpp]! : 0;
      let v: number;
      switch (type) {
        case 0: v = x; break;
        case 1: v = x + a; break;
        case 2: v = x + b; break;
        case 3: v = x + ((a + b) >> 1); break;
        case 4: { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c); break; }
        default: throw new Declined("filter", `PNG row filter ${type}`);
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}

export const isStream = (v: Value | undefined): v is Stream => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Map) && "dict" in v;
export const nameOf = (v: Value | undefined): string | undefined => (v instanceof Name ? v.name : undefined);
export const isDict = (v: Value | undefined): v is Dict => v instanceof Map;
