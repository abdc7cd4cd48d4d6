/**
 * Text typed with a legacy 8-bit Vietnamese font encoding (TCVN3/ABC with .VnTime fonts, VNI with
 * VNI-Times) reads as gibberish once the font is gone: "KÕ ho¹ch" for "Kế hoạch", "Keá hoaïch" in VNI.
 * Such text is recognised by characters that never occur in Vietnamese Unicode text.
 */
export type LegacyEncoding = "TCVN3" | "VNI";

/** TCVN3 puts lower-case Vietnamese letters on Latin-1 symbols: ¸ µ ¶ · ¹ (a with tones), ® (đ), ¬ (ơ), soft hyphen (ư) … (never the Latin-1 letters Vietnamese itself uses). */
const TCVN3_MARKS = /[¸µ¶·¹¨®¬\u00ad©ª«»¼½¾ÆÇËÎÏÐÑÖ×ØÛÜÞßñö÷øûüþ]/gu;
/** VNI writes a base letter followed by a Latin-1 tone byte: "aù", "eá", "oø", "ñ" for đ, "ö" for ư. */
const VNI_PAIRS = /[aeiouyAEIOUY][ùøûõïÙØÛÕÏ]|ñ/gu;
/** Unicode Vietnamese: letters that only Vietnamese (not Latin-1) has. */
const VIETNAMESE = /[ăắằẳẵặâấầẩẫậđếềểễệêốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉọỏụủỳỷỹỵĂẮẰẲẴẶĐẾỀỂỄỆỐỒỔỖỘƠỚỜỞỠỢƯỨỪỬỮỰ]/gu;

const count = (re: RegExp, s: string): number => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s) !== null) n++;
  return n;
};

/** The legacy encoding the text looks typed in, or null. Looks at the first 200,000 characters. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const unicode = count(VIETNAMESE, sample);
  const tcvn3 = count(TCVN3_MARKS, sample);
  const vni = count(VNI_PAIRS, sample);
  const threshold = Math.max(8, unicode * 2);
  if (vni >= threshold && vni >= tcvn3 / 2) return "VNI";
  if (tcvn3 >= threshold) return "TCVN3";
  return null;
}
