/**
 * Vietnamese text normalisation. Documents arrive in NFC or NFD, with the tone mark on either vowel
 * of "oa", "oe", "uy" ("hoá"/"hóa", "uỷ"/"ủy"), with non-breaking spaces and curly quotes. Everything
 * the toolkit stores is NFC; everything it compares goes through a fold.
 */

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

/** NFC, and the odd spaces of word processors turned into plain spaces. Length-preserving for NFC input. */
export function nfc(text: string): string {
  return text.normalize("NFC").replace(ODD_SPACES_RE, " ");
}

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

/** Key for matching with diacritics kept: NFC, lower case, canonical tone placement, single spaces. */
export function foldVietnamese(text: string): string {
  return canonicalTones(nfc(text).toLowerCase().replace(ETH_RE, "đ").replace(/[\u200B\uFEFF]/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** Key for loose matching: no diacritics at all, "đ" → "d", lower case. */
export function toAscii(text: string): string {
  return nfc(text)
    .toLowerCase()
    .replace(/[đð]/g, "d")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

/** ASCII key of words only: punctuation becomes space ("Hồ sơ TTHC (trực tuyến)" → "ho so tthc truc tuyen"). */
export function matchKey(text: string): string {
  return toAscii(text).replace(/[^a-z0-9%]+/g, " ").trim();
}

/** True when the two strings are the same Vietnamese text, whatever the normal form or tone placement. */
export function sameVietnamese(a: string, b: string): boolean {
  return foldVietnamese(a) === foldVietnamese(b);
}

export function hasToneMark(text: string): boolean {
  return TONE_RE.test(text.normalize("NFD"));
}
