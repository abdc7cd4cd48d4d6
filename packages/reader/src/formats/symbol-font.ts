/**
 * Word's "Insert Symbol" from the Symbol font stores a byte of that font, not a Unicode letter: in a
 * .docx as `<w:sym w:font="Symbol" w:char="F0B3"/>` (the byte in the private-use block F0xx), in the
 * HTML Word saves as the Latin-1 character of the byte in a span set in the Symbol font ("³" for
 * "≥"). Plans type comparators that way ("đạt ≥ 95%"), so the bytes that carry meaning in a plan —
 * comparisons, arithmetic, arrows, bullets — are mapped to the Unicode letters they draw.
 */
const SYMBOL: Readonly<Record<number, string>> = {
  0x2d: "−", 0x3c: "<", 0x3d: "=", 0x3e: ">", 0x7e: "∼",
  0xa3: "≤", 0xa5: "∞", 0xab: "↔", 0xac: "←", 0xad: "↑", 0xae: "→", 0xaf: "↓",
  0xb0: "°", 0xb1: "±", 0xb3: "≥", 0xb4: "×", 0xb7: "•", 0xb8: "÷", 0xb9: "≠", 0xba: "≡", 0xbb: "≈", 0xbc: "…",
  0xd7: "⋅", 0xde: "⇒", 0xdb: "⇔",
};

/** Whether a font name is the Symbol font (not Wingdings or Webdings, whose bytes are pictures). */
export const isSymbolFont = (font: string): boolean => /^symbol$/i.test(font.trim().replace(/^["']|["']$/g, ""));

/** The letter a Symbol-font byte draws; "" for a byte that is a picture or unknown. */
export function symbolByte(byte: number): string {
  return SYMBOL[byte] ?? "";
}

/** `<w:sym w:font w:char>` → its letter ("F0B3" in Symbol → "≥"); "" for other fonts and unknown bytes. */
export function symbolChar(font: string, hex: string): string {
  const code = Number.parseInt(hex, 16);
  if (!Number.isFinite(code) || !isSymbolFont(font)) return "";
  return symbolByte(code & 0xff);
}

/** Text set in the Symbol font in HTML: each Latin-1 character read as the byte it is. */
export function symbolText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // ASCII bytes draw the same digits and punctuation; the upper half is mapped or dropped.
    out += code < 0x80 ? (SYMBOL[code] ?? ch) : code <= 0xff ? symbolByte(code) : ch;
  }
  return out;
}
