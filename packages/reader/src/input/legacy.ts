/**
 * Text typed with a legacy 8-bit Vietnamese font encoding (TCVN3/ABC with .VnTime fonts, VNI with
 * VNI-Times) reads as gibberish once the font is gone: "KÕ ho¹ch" for "Kế hoạch", "Keá hoaïch" in VNI.
 * Such text is recognised by characters that never occur in Vietnamese Unicode text, and converted
 * back to Unicode with the encodings' public tables (written below as data).
 */
export type LegacyEncoding = "TCVN3" | "VNI";

/** TCVN3 puts lower-case Vietnamese letters on Latin-1 symbols: ¸ µ ¶ · ¹ (a with tones), ® (đ), ¬ (ơ), soft hyphen (ư) … (never the Latin-1 letters Vietnamese itself uses). */
const TCVN3_MARKS = "¸µ¶·¹¨®¬\u00ad©ª«»¼½¾ÆÇËÎÏÐÑÖ×ØÛÜÞßñö÷øûüþ";
/** VNI writes a base letter followed by a Latin-1 tone byte: "aù", "eá", "oø", "ñ" for đ, "ö" for ư. */
const VNI_BASES = "aeiouyAEIOUY";
const VNI_TONES = "ùøûõïÙØÛÕÏ";
const VNI_DJ = "ñ".charCodeAt(0);
/** Unicode Vietnamese: letters that only Vietnamese (not Latin-1) has. */
const VIETNAMESE = "ăắằẳẵặâấầẩẫậđếềểễệêốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉọỏụủỳỷỹỵĂẮẰẲẴẶĐẾỀỂỄỆỐỒỔỖỘƠỚỜỞỠỢƯỨỪỬỮỰ";

/** One flag byte per UTF-16 unit (64 KB): most units have none and cost one load and one test. */
const IS_VIETNAMESE = 1, IS_TCVN3 = 2, IS_VNI_BASE = 4, IS_VNI_TONE = 8, IS_VNI_DJ = 16;
const FLAGS = (() => {
  const flags = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number) => { for (const c of chars) flags[c.charCodeAt(0)]! |= flag; };
  mark(VIETNAMESE, IS_VIETNAMESE);
  mark(TCVN3_MARKS, IS_TCVN3);
  mark(VNI_BASES, IS_VNI_BASE);
  mark(VNI_TONES, IS_VNI_TONE);
  flags[VNI_DJ]! |= IS_VNI_DJ;
  return flags;
})();

/**
 * The three counts in one pass over the text (the whole text is scanned for every file, so three
 * regular-expression scans were a tenth of the reader's time). A VNI pair is a base vowel followed by a
 * tone byte, or "ñ"; a tone byte is never a base, so pairs cannot overlap.
 */
function counts(s: string): { unicode: number; tcvn3: number; vni: number } {
  let unicode = 0, tcvn3 = 0, vni = 0;
  let prevBase = false;
  for (let i = 0; i < s.length; i++) {
    const f = FLAGS[s.charCodeAt(i)]!;
    if (f === 0) {
      prevBase = false;
      continue;
    }
    if (f & IS_VIETNAMESE) unicode++;
    if (f & IS_TCVN3) tcvn3++;
    if ((prevBase && f & IS_VNI_TONE) || f & IS_VNI_DJ) vni++;
    prevBase = (f & IS_VNI_BASE) !== 0;
  }
  return { unicode, tcvn3, vni };
}

/** How many letters only Vietnamese has (ă, ơ, ư, đ, ấ, ạ …): the measure of "this is Vietnamese text". */
export function vietnameseLetterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (FLAGS[s.charCodeAt(i)]! & IS_VIETNAMESE) n++;
  return n;
}

/**
 * A TCVN3 mark or a VNI pair (a base vowel, then a tone byte; "ñ" is a TCVN3 mark too). Text without
 * any has both counts 0, so no legacy encoding: one pattern scan settles it for Unicode text, the
 * common case, at a third of the cost of counting.
 */
const LEGACY_SIGN = new RegExp(`[${TCVN3_MARKS}]|[${VNI_BASES}][${VNI_TONES}]`);

/** The legacy encoding the text looks typed in, or null. Looks at the first 200,000 characters. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (!LEGACY_SIGN.test(sample)) return null;
  const { unicode, tcvn3, vni } = counts(sample);
  const threshold = Math.max(8, unicode * 2);
  if (vni >= threshold && vni >= tcvn3 / 2) return "VNI";
  if (tcvn3 >= threshold) return "TCVN3";
  return null;
}

/*
 * TCVN 5712:1993 VN3 (the ABC keyboard's .VnTime fonts): bytes 0xA1–0xFF, here as the Latin-1
 * characters they arrive as (a Windows-1252 reading, or a .docx run in a .Vn font), in byte order.
 * 0xB0–0xB4 are the combining tone marks; NFC composes them afterwards.
 */
const TCVN3_FROM_A1 =
  "ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";
const TCVN3_MAP = (() => {
  const map = new Map<number, string>();
  let byte = 0xa1;
  for (const c of TCVN3_FROM_A1) map.set(byte++, c);
  return map;
})();

/**
 * TCVN3's upper-case letters live in separate fonts (.VnTimeH) that draw the lower-case codes as
 * capitals, so "KẾ HOẠCH" arrives as "KÕ HO¹CH": in a line of capitals (a title), or a word of two
 * or more capitals, the converted letters are upper-cased.
 */
function upperCaseInCapitals(s: string): string {
  return s.split("\n").map((line) =>
    /[A-Z]/.test(line) && !/[a-z]/.test(line) && (line.match(/[A-Z]/g)?.length ?? 0) >= 3
      ? line.toUpperCase()
      : line.replace(/[\p{L}\p{M}]{2,}/gu, (w) => (/[A-Z].*[A-Z]/.test(w) && !/[a-z]/.test(w) ? w.toUpperCase() : w)),
  ).join("\n");
}

/** TCVN3 text (as Latin-1 characters) → Unicode. */
export function fromTcvn3(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    out += code >= 0xa1 && code <= 0xff ? TCVN3_MAP.get(code)! : s[i]!;
  }
  return upperCaseInCapitals(out.normalize("NFC"));
}

/*
 * VNI Windows (VNI-Times fonts): a base letter followed by a modifier byte. The modifiers, as the
 * Latin-1 characters they arrive as, map to combining marks (lower- and upper-case fonts use the
 * lower- and upper-case Latin-1 letter); a few letters are one byte of their own.
 */
const ACUTE = "\u0301", GRAVE = "\u0300", HOOK = "\u0309", TILDE = "\u0303", DOT = "\u0323", CIRC = "\u0302", BREVE = "\u0306";
const VNI_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ["ù", ACUTE], ["ø", GRAVE], ["û", HOOK], ["õ", TILDE], ["ï", DOT],
  ["â", CIRC], ["á", CIRC + ACUTE], ["à", CIRC + GRAVE], ["å", CIRC + HOOK], ["ã", CIRC + TILDE], ["ä", CIRC + DOT],
  ["ê", BREVE], ["é", BREVE + ACUTE], ["è", BREVE + GRAVE], ["ú", BREVE + HOOK], ["ü", BREVE + TILDE], ["ë", BREVE + DOT],
];
const VNI_SINGLES: ReadonlyArray<readonly [string, string]> = [
  ["ô", "ơ"], ["ö", "ư"], ["ñ", "đ"], ["æ", "ỉ"], ["ò", "ị"], ["ó", "ĩ"], ["î", "ỵ"],
];
const VNI_MODIFIER_MAP = new Map<string, string>(VNI_MODIFIERS.flatMap(([k, v]) => [[k, v], [k.toUpperCase(), v]] as const));
const VNI_SINGLE_MAP = new Map<string, string>(VNI_SINGLES.flatMap(([k, v]) => [[k, v], [k.toUpperCase(), v.toUpperCase()]] as const));
/** Letters a modifier byte may follow (ơ and ư are themselves single bytes in VNI). */
const VNI_BASE_RE = /[aeouyAEOUYơưƠƯ]/u;

/** VNI text (as Latin-1 characters) → Unicode. */
export function fromVni(s: string): string {
  let out = "";
  let prev = "";
  for (const c of s) {
    const single = VNI_SINGLE_MAP.get(c);
    // "ô" after a vowel base is a circumflex only as "â"; alone it is "ơ".
    const modifier = VNI_BASE_RE.test(prev) ? VNI_MODIFIER_MAP.get(c) : undefined;
    if (modifier !== undefined) {
      out += modifier;
      prev = "";
    } else if (single !== undefined) {
      out += single;
      prev = single;
    } else {
      out += c;
      prev = c;
    }
  }
  return out.normalize("NFC");
}

export function fromLegacy(s: string, encoding: LegacyEncoding): string {
  return encoding === "TCVN3" ? fromTcvn3(s) : fromVni(s);
}
