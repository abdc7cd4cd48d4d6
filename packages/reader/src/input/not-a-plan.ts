/**
 * Input that is not a plan at all, refused before any extraction (one linear pass over at most the
 * first 200,000 characters): no text, binary noise (control characters, undecodable bytes), or text
 * without Vietnamese (a plan's title alone has a dozen letters with diacritics; a real plan has thousands).
 * Returns the reason, or null for text that may be a plan.
 */
export function whyNotAPlan(text: string): string | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // Text without a noise unit (nearly every document) is a plan once it has enough Vietnamese letters:
  // one pattern scan and a count that stops there, instead of counting every unit.
  if (!NOISE.test(sample)) {
    let found = 0;
    for (let i = 0; i < sample.length && found < MIN_VIETNAMESE_LETTERS; i++) {
      const c = sample.charCodeAt(i);
      if (c < VIETNAMESE_END && IS_VIETNAMESE[c] === 1) found++;
    }
    if (found >= MIN_VIETNAMESE_LETTERS) return null;
  }
  let noise = 0, vietnamese = 0, visible = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c <= 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x0c) noise++;
      continue;
    }
    visible++;
    if ((c >= 0x7f && c <= 0x9f) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) noise++;
    else if (c < VIETNAMESE_END && IS_VIETNAMESE[c] === 1) vietnamese++;
  }
  if (visible === 0) return "the document has no text";
  if (noise > Math.max(8, sample.length * 0.02)) return "binary data, not the text of a plan";
  if (vietnamese < MIN_VIETNAMESE_LETTERS) return "no Vietnamese text: not a plan";
  return null;
}

const MIN_VIETNAMESE_LETTERS = 8;

/** The units the count below takes for noise: controls other than tab, line feed, form feed and CR; C1 controls; U+FFFD; private use. */
const NOISE = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]/;

/**
 * Vietnamese letters outside the Vietnamese block U+1EA0–U+1EF9: ă â đ ê ô ơ ư and the Latin-1 vowels
 * with a tone (à á ã è é ì í ò ó õ ù ú ý), both cases.
 */
const VIETNAMESE_OUTSIDE_BLOCK = "ăâđêôơưĂÂĐÊÔƠƯàáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩũĨŨ";

/** Past the Vietnamese block: no unit from here on is a Vietnamese letter. */
const VIETNAMESE_END = 0x1efa;

/** 1 for each Vietnamese letter (the block and the letters outside it): one load per unit, no hashing. */
const IS_VIETNAMESE = (() => {
  const table = new Uint8Array(VIETNAMESE_END);
  table.fill(1, 0x1ea0, VIETNAMESE_END);
  for (const c of VIETNAMESE_OUTSIDE_BLOCK) table[c.charCodeAt(0)] = 1;
  return table;
})();
