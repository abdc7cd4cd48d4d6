/**
 * Test fixtures: Unicode text written in the legacy 8-bit encodings, built here from a plan by
 * encoding it (the way an old editor saved it), so the decoder is tested on whole plans.
 */
const TONES: Readonly<Record<string, number>> = { "\u0300": 0, "\u0309": 1, "\u0303": 2, "\u0301": 3, "\u0323": 4 };

/** Splits an NFC letter into its base letter (with hat, horn or breve) and its tone mark, if any. */
function splitTone(c: string): { base: string; tone: string | null } {
  const d = c.normalize("NFD");
  const tone = [...d].find((m) => m in TONES) ?? null;
  return { base: (tone ? d.replace(tone, "") : d).normalize("NFC"), tone };
}

/** Windows-1258: base letters as bytes, tone marks as combining bytes after them. */
const CP1258_BASE: Readonly<Record<string, number>> = {
  "ă": 0xe3, "â": 0xe2, "ê": 0xea, "ô": 0xf4, "ơ": 0xf5, "ư": 0xfd, "đ": 0xf0,
  "Ă": 0xc3, "Â": 0xc2, "Ê": 0xca, "Ô": 0xd4, "Ơ": 0xd5, "Ư": 0xdd, "Đ": 0xd0,
  "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97,
};
const CP1258_TONE: Readonly<Record<string, number>> = { "\u0300": 0xcc, "\u0301": 0xec, "\u0303": 0xde, "\u0309": 0xd2, "\u0323": 0xf2 };

export function toCp1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text.normalize("NFC")) {
    const { base, tone } = splitTone(c);
    const code = base.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else if (CP1258_BASE[base] !== undefined) out.push(CP1258_BASE[base]!);
    else out.push(0x3f);
    if (tone) out.push(CP1258_TONE[tone]!);
  }
  return Uint8Array.from(out);
}

/** TCVN3 lower-case letters with their tones (VN3 byte layout: plain, grave, hook, tilde, acute, dot). */
const TCVN3_ROWS: Readonly<Record<string, readonly number[]>> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9], "ă": [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6], "â": [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1], "ê": [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6], i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4], "ô": [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9], "ơ": [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4], "ư": [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9], y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const TCVN3_CAPS: Readonly<Record<string, number>> = { "Ă": 0xa1, "Â": 0xa2, "Ê": 0xa3, "Ô": 0xa4, "Ơ": 0xa5, "Ư": 0xa6, "Đ": 0xa7, "đ": 0xae };

/**
 * TCVN3 as a .VnTime font stores it: a toned capital has no code of its own (capitals come from the
 * .VnTimeH font, drawn from the lower-case codes), so it is written lower-case.
 */
export function toTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text.normalize("NFC")) {
    if (c.charCodeAt(0) < 0x80) { out.push(c.charCodeAt(0)); continue; }
    if (TCVN3_CAPS[c] !== undefined) { out.push(TCVN3_CAPS[c]!); continue; }
    const { base, tone } = splitTone(c.toLowerCase());
    const row = TCVN3_ROWS[base];
    out.push(row ? row[tone ? TONES[tone]! + 1 : 0]! : 0x3f);
  }
  return Uint8Array.from(out);
}
