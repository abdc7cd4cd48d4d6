/**
 * Text typed with a legacy 8-bit Vietnamese font encoding (TCVN3/ABC with .VnTime fonts, VNI with
 * VNI-Times) reads as gibberish once the font is gone: "KÕ ho¹ch" for "Kế hoạch", "Keá hoaïch" in VNI.
 * Such text is recognised by characters that never occur in Vietnamese Unicode text.
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

/** The legacy encoding the text looks typed in, or null. Looks at the first 200,000 characters. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const { unicode, tcvn3, vni } = counts(sample);
  const threshold = Math.max(8, unicode * 2);
  if (vni >= threshold && vni >= tcvn3 / 2) return "VNI";
  if (tcvn3 >= threshold) return "TCVN3";
  return null;
}
