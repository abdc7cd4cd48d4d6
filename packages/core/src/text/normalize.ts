/**
 * Vietnamese text normalisation. Documents arrive in NFC or NFD, with the tone mark on either vowel
 * of "oa", "oe", "uy" ("hoá"/"hóa", "uỷ"/"ủy"), with non-breaking spaces and curly quotes. Everything
 * the toolkit stores is NFC; everything it compares goes through a fold.
 */

import { ownCopy } from "./own-copy.ts";

const TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"; // grave, acute, tilde, hook above, dot below
const TONE_RE = new RegExp(`[${TONE_MARKS}]`, "u");

/**
 * Spaces word processors put in (no-break, figure, narrow no-break, en/em/thin, ideographic). Each is
 * one UTF-16 unit, like the plain space that replaces it, so offsets into the text survive.
 */
const ODD_SPACES_RE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * "Ð" (U+00D0, Icelandic eth) and "ð" look like "Đ"/"đ" and come in through old fonts and PDF text
 * layers. They are never Vietnamese, so the folds read them as đ.
 */
const ETH_RE = /[\u00D0\u00F0]/g;

/**
 * Letters of other scripts that old fonts and PDF text layers put where Vietnamese has its own:
 * "Ð"/"ð" (eth) for "Đ"/"đ". One unit for one unit, so offsets into the text survive. Run on Unicode
 * text only (in TCVN3 text "Ð" is "é": convert that first).
 */
export function replaceLookalikes(text: string): string {
  return /[\u00D0\u00F0]/.test(text) ? text.replace(ETH_RE, (c) => (c === "\u00D0" ? "Đ" : "đ")) : text;
}

/** NFC, and the odd spaces of word processors turned into plain spaces. Length-preserving for NFC input. */
export function nfc(text: string): string {
  // Nearly every text the toolkit reads is NFC already and has no odd space: one scan for a unit that
  // could change says so, where NFC normalisation copies the whole text and the replace scans it again.
  if (!MAY_CHANGE_NFC_OR_SPACE.test(text)) return text;
  return text.normalize("NFC").replace(ODD_SPACES_RE, " ");
}

/**
 * A unit that NFC or the odd-space replacement might change. The others are NFC on their own (no
 * decomposition, no singleton), are not marks (nothing composes with or reorders around them) and are
 * not Hangul jamo (the one kind of letter that composes with a letter before it): a text made only of
 * them is NFC as it stands. Listed where plans write (Latin with the Vietnamese letters, punctuation
 * and symbols); a unit elsewhere counts as one that might change. Built from String.prototype.normalize.
 */
const MAY_CHANGE_NFC_OR_SPACE = (() => {
  const windows = [[0x0000, 0x02ff], [0x1e00, 0x1eff], [0x2000, 0x2bff]] as const;
  const mark = /\p{M}/u;
  const odd = new RegExp(ODD_SPACES_RE.source);
  const stable = (c: number) => {
    const ch = String.fromCharCode(c);
    return ch.normalize("NFC") === ch && !mark.test(ch) && !(c >= 0x1100 && c <= 0x11ff);
  };
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  const outside = (keep: (c: number) => boolean): RegExp => {
    const ranges: string[] = [];
    for (const [from, to] of windows) {
      for (let c = from; c <= to; c++) {
        if (!keep(c)) continue;
        let end = c;
        while (end < to && keep(end + 1)) end++;
        ranges.push(end === c ? hex(c) : `${hex(c)}-${hex(end)}`);
        c = end;
      }
    }
    return new RegExp(`[^${ranges.join("")}]`);
  };
  return outside((c) => stable(c) && !odd.test(String.fromCharCode(c)));
})();

/**
 * Every run of white space as one plain space: `s.replace(/\s+/g, " ")`, five times as fast on running
 * text, where most blanks are a lone plain space, which this pattern does not match (and so does not
 * replace by itself).
 */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RUNS, " ");
}
const SPACE_RUNS = /\s{2,}|[^\S ]/g;

/**
 * Puts the tone mark of "oa", "oe", "uy" at the end of a syllable on the first vowel ("hoá" → "hóa",
 * "uỷ" → "ủy"), the placement most documents use, so either spelling folds to the same key.
 * "qu" + y keeps its mark on y ("quý"), because the u there is part of the consonant.
 */
export function canonicalTones(text: string): string {
  return text
    .normalize("NFD")
    .replace(/([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, "$1$3$2")
    .replace(/(?<![qQ])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, "$1$3$2")
    .normalize("NFC");
}

/**
 * The folds are called again and again on the same short strings (table headers, labels, kind words),
 * so short inputs are remembered. Bounded: when full the cache starts over, which keeps memory flat
 * on a batch of thousands of plans at the cost of an occasional recomputation.
 */
const CACHE_LIMIT = 4096;
const CACHEABLE_LENGTH = 256;

function cached(cache: Map<string, string>, text: string, compute: (s: string) => string): string {
  if (text.length > CACHEABLE_LENGTH) return compute(text);
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  // Key and value as their own copies: `text` is often a slice of a whole plan (see own-copy.ts).
  const key = ownCopy(text);
  const value = compute(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Key for matching with diacritics kept: NFC, lower case, canonical tone placement, single spaces. */
export function foldVietnamese(text: string): string {
  return cached(foldCache, text, foldVietnameseByNormalisation);
}
const foldCache = new Map<string, string>();

/** The definition of `foldVietnamese`, through NFD; the cached entry point above gives the same result. */
export function foldVietnameseByNormalisation(text: string): string {
  return canonicalTones(nfc(text).toLowerCase().replace(ETH_RE, "đ").replace(/[\u200B\uFEFF]/g, ""))
    .replace(SPACE_RUNS, " ")
    .trim();
}

/**
 * The definition of `toAscii`: no diacritics at all, "đ" → "d", lower case, through NFD. Slow (three
 * normalisations and a Unicode-property pass per call); `toAscii` gives the same result by table.
 */
export function toAsciiByNormalisation(text: string): string {
  return nfc(text)
    .toLowerCase()
    .replace(/[đð]/g, "d")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

/**
 * The fold of each UTF-16 unit whose fold is exactly one unit, 0 for the others (marks, which fold to
 * nothing; letters that fold to two). Built from `toAsciiByNormalisation` itself, so the table cannot
 * disagree with the definition. It covers ASCII, the Latin-1 and Latin Extended letters (every
 * precomposed Vietnamese letter is in U+00C0–U+024F or U+1E00–U+1EFF), and the punctuation and symbols
 * plans are full of (U+2000–U+2BFF: dashes, quotes, "…", "≥", bullets, the odd spaces) plus U+3000.
 * Scripts (Greek with its context-dependent final sigma, Hangul and Indic letters that compose with
 * their neighbours) are left out: a string made only of table units folds unit by unit, because none
 * of them composes with a neighbour under NFC and lower-casing them needs no context.
 */
const FOLD_TABLE_END = 0x3001;
const UNIT_FOLD: Uint16Array = (() => {
  const table = new Uint16Array(FOLD_TABLE_END);
  const fill = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const folded = toAsciiByNormalisation(String.fromCharCode(c));
      if (folded.length === 1 && folded.charCodeAt(0) > 0) table[c] = folded.charCodeAt(0);
    }
  };
  fill(0x01, 0x24f);
  fill(0x1e00, 0x1eff);
  fill(0x2000, 0x2bff);
  fill(0x3000, 0x3000);
  return table;
})();

/** Scratch for `toAsciiByTable` (grown on demand); the decoder copies out of it, so one is enough. */
let scratch = new Uint16Array(1024);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Decodes the scratch's bytes in the machine's own byte order. */
const UTF16_DECODER = new TextDecoder(LITTLE_ENDIAN ? "utf-16le" : "utf-16be");
/** Node's Buffer, where there is one: it turns UTF-16 units into a string four times as fast as TextDecoder. */
const NODE_BUFFER = (globalThis as { Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: "utf16le"): string } } }).Buffer;

/** The string of the first `n` units of the scratch. */
function scratchString(n: number): string {
  return NODE_BUFFER && LITTLE_ENDIAN ? NODE_BUFFER.from(scratch.buffer, 0, n * 2).toString("utf16le") : UTF16_DECODER.decode(scratch.subarray(0, n));
}

/** Folds by table; null when a unit is outside it (combining marks, other scripts, NUL), for the slow path. */
function toAsciiByTable(text: string): string | null {
  const n = text.length;
  if (scratch.length < n) scratch = new Uint16Array(n * 2);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= FOLD_TABLE_END) return null;
    const a = UNIT_FOLD[c]!;
    if (a === 0) return null;
    if (a !== c) changed = true;
    scratch[i] = a;
  }
  return changed ? scratchString(n) : text;
}

/** Key for loose matching: no diacritics at all, "đ" → "d", lower case. Same result as `toAsciiByNormalisation`. */
export function toAscii(text: string): string {
  return cached(asciiCache, text, asciiFold);
}
const asciiCache = new Map<string, string>();
const asciiFold = (text: string): string => {
  if (text.length <= CACHEABLE_LENGTH) return toAsciiByTable(text) ?? toAsciiByNormalisation(text);
  // A whole plan text is folded by the citation scan and by `foldedLines`: whichever comes first folds it.
  if (lastTextFold !== null && lastTextFold.text === text) return lastTextFold.ascii;
  const byTable = toAsciiByTable(text);
  if (byTable === null) return toAsciiByNormalisation(text);
  lastTextFold = { text, ascii: byTable };
  return byTable;
};

/**
 * The last long text folded whole by table (every unit in it), by `toAscii` or by `foldedLines`, with
 * its fold: the other reuses it.
 */
let lastTextFold: { readonly text: string; readonly ascii: string } | null = null;

/** One line of a text with its ASCII fold, for the rules and extractors that read the text line by line. */
export interface FoldedLine {
  readonly text: string;
  /**
   * `toAscii(text)` when that keeps the line's length (NFC Vietnamese always does), else the line
   * lower-cased: either way offsets found in the fold point into the line.
   */
  readonly ascii: string;
  /** Offset of the line's first unit in the text. */
  readonly start: number;
  /** Offset just past its last unit (the "\n" or the end of the text). */
  readonly end: number;
  /** 0-based line number. */
  readonly index: number;
}

/** The last text `foldedLines` was asked for: the reader's outline and the checker's rules read the same one. */
let lastFolded: { readonly text: string; readonly lines: readonly FoldedLine[]; readonly whole: string | null } | null = null;

/**
 * The text's lines ("\n"-separated), each with its ASCII fold. One table pass over the whole text
 * (no fold and no cache lookup per line); a line with a unit outside the table (a combining mark,
 * another script) takes `toAscii`'s own path. The last text's lines are remembered, so the reader and
 * the checker fold a plan once.
 */
export function foldedLines(text: string): readonly FoldedLine[] {
  return folded(text).lines;
}

/**
 * The whole text's ASCII fold, the same length as the text, when every line of it folds by table
 * (the lines' folds joined by "\n"; offsets into it are offsets into the text); null when a line has
 * a unit outside the table. Computed with `foldedLines`, once per text.
 */
export function foldedText(text: string): string | null {
  return folded(text).whole;
}

function folded(text: string): NonNullable<typeof lastFolded> {
  if (lastFolded !== null && lastFolded.text === text) return lastFolded;
  const n = text.length;
  /** Lines whose fold is not the table's, with their own fold already decided. */
  const own = new Map<number, string>();
  const bounds: number[] = [];
  let all: string;
  if (lastTextFold !== null && lastTextFold.text === text) {
    // folded whole by table already: only the line bounds are left to find
    all = lastTextFold.ascii;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      bounds.push(start, nl);
      start = nl + 1;
    }
    bounds.push(start, n);
  } else {
    if (scratch.length < n) scratch = new Uint16Array(n * 2);
    const table = scratch;
    let start = 0;
    let outside = false;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 10;
      if (c === 10) {
        if (outside) {
          const raw = text.slice(start, i);
          const folded = toAsciiByNormalisation(raw);
          own.set(bounds.length, folded.length === raw.length ? folded : raw.toLowerCase());
        }
        bounds.push(start, i);
        if (i < n) table[i] = 10;
        start = i + 1;
        outside = false;
        continue;
      }
      const a = c < FOLD_TABLE_END ? UNIT_FOLD[c]! : 0;
      if (a === 0) outside = true;
      table[i] = a;
    }
    all = scratchString(n);
    if (own.size === 0 && n > CACHEABLE_LENGTH) lastTextFold = { text, ascii: all };
  }
  const lines: FoldedLine[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const s = bounds[k]!, e = bounds[k + 1]!;
    lines.push({ text: text.slice(s, e), ascii: own.get(k) ?? all.slice(s, e), start: s, end: e, index: k / 2 });
  }
  lastFolded = { text, lines, whole: own.size === 0 ? all : null };
  return lastFolded;
}

/** ASCII key of words only: punctuation becomes space ("Hồ sơ TTHC (trực tuyến)" → "ho so tthc truc tuyen"). */
export function matchKey(text: string): string {
  return cached(matchKeyCache, text, (s) => asciiFold(s).replace(/[^a-z0-9%]+/g, " ").trim());
}
const matchKeyCache = new Map<string, string>();

/** True when the two strings are the same Vietnamese text, whatever the normal form or tone placement. */
export function sameVietnamese(a: string, b: string): boolean {
  return foldVietnamese(a) === foldVietnamese(b);
}

/** True when `text` carries any of the five Vietnamese tone marks, in NFC or NFD (false for "xa Tan Ky"). */
export function hasToneMark(text: string): boolean {
  return TONE_RE.test(text.normalize("NFD"));
}
