import { nfc, replaceLookalikes } from "@cdsvn/core";
import { detectLegacyEncoding, fromLegacy, vietnameseLetterCount } from "./legacy.ts";

/**
 * Bytes of a text file → one NFC string with "\n" line ends: UTF-8 with or without BOM, UTF-16 with or
 * without BOM, CRLF or CR line ends, NFD text all give the same string. Bytes that are not UTF-8 are
 * the 8-bit encodings Vietnamese offices used: Windows-1258 (base letters + combining tone marks),
 * TCVN3 (.VnTime) and VNI (VNI-Times) fonts, each converted to Unicode; else Windows-1252, so nothing
 * is lost. A UTF-8 file with a few broken bytes (a bad copy, a truncated download) stays UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextWithInfo(bytes).text;
}

/** What the bytes were found to be. */
export type SourceEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | "windows-1252" | "TCVN3" | "VNI";

export interface Decoded {
  readonly text: string;
  readonly encoding: SourceEncoding;
  /** UTF-8 with invalid byte sequences: how many (each became U+FFFD) and the first one's byte offset. */
  readonly badBytes?: { readonly count: number; readonly firstOffset: number };
}

/** A UTF-8 file with this many valid non-ASCII characters per broken sequence is UTF-8 with damage, not another encoding. */
const VALID_PER_BAD = 3;

export function decodeTextWithInfo(bytes: Uint8Array): Decoded {
  const utf16 = utf16Order(bytes);
  if (utf16 !== null) {
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
    return finish(new TextDecoder(utf16).decode(bytes.subarray(bom)), utf16);
  }
  try {
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8");
  } catch {
    // not valid UTF-8: a damaged UTF-8 file, or an 8-bit one
  }
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const damage = utf8Damage(bytes, lenient);
  if (damage.validNonAscii >= VALID_PER_BAD * damage.count) {
    return { ...finish(lenient, "utf-8"), badBytes: { count: damage.count, firstOffset: damage.firstOffset } };
  }
  const latin = new TextDecoder("windows-1252").decode(bytes);
  if (detectLegacyEncoding(latin) !== null) return finish(latin, "windows-1252");
  const vn = new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  const vnLetters = vietnameseLetterCount(vn);
  if (vnLetters >= Math.max(8, 2 * vietnameseLetterCount(latin))) return finish(vn, "windows-1258");
  return finish(latin, "windows-1252");
}

/** What `finish` removes or replaces before NFC: a byte-order mark, CR, NUL, the eth look-alikes of "đ". */
const NEEDS_CLEANING = /[\uFEFF\r\u0000\u00D0\u00F0]/;

/** Legacy fonts (found in any of the readings), then look-alike letters, NFC, line ends. */
function finish(raw: string, encoding: SourceEncoding): Decoded {
  const legacy = detectLegacyEncoding(raw);
  const text = legacy ? fromLegacy(raw, legacy) : raw;
  // Most files have no byte-order mark, CR, NUL or eth: one scan says so, instead of one per replace.
  const plain = NEEDS_CLEANING.test(text) ? replaceLookalikes(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u0000/g, "")) : text;
  return { text: nfc(plain), encoding: legacy ?? encoding };
}

/**
 * UTF-16 by its byte-order mark, or without one by its zero bytes: text that is mostly ASCII
 * (Vietnamese included: spaces, digits, most consonants) has a zero high byte in most units, all on
 * the same side. Looks at the first 4 KB.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0, oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = n / 2;
  if (oddZeros >= units * 0.3 && evenZeros <= units * 0.02) return "utf-16le";
  if (evenZeros >= units * 0.3 && oddZeros <= units * 0.02) return "utf-16be";
  return null;
}

/** Broken sequences (U+FFFD the bytes did not spell), the first one's byte offset, and the valid non-ASCII characters. */
function utf8Damage(bytes: Uint8Array, lenient: string): { count: number; firstOffset: number; validNonAscii: number } {
  let replacements = 0, validNonAscii = 0;
  for (let i = 0; i < lenient.length; i++) {
    const c = lenient.charCodeAt(i);
    if (c === 0xfffd) replacements++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) validNonAscii++;
  }
  // A U+FFFD written in the file itself (EF BF BD) is not damage.
  let spelled = 0, firstOffset = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) spelled++;
    if (firstOffset < 0 && b >= 0x80 && !validSequenceAt(bytes, i)) firstOffset = i;
    if (b >= 0xc0 && validSequenceAt(bytes, i)) i += b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
  }
  return { count: Math.max(1, replacements - spelled), firstOffset: Math.max(0, firstOffset), validNonAscii: validNonAscii - spelled };
}

/** Whether a well-formed UTF-8 sequence starts at `i` (lead byte and its continuation bytes). */
function validSequenceAt(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i]!;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0) return false;
  for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
  return true;
}
