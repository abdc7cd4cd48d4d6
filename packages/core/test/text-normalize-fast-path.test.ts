import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedLines, foldVietnamese, foldVietnameseByNormalisation, matchKey, toAscii, toAsciiByNormalisation } from "../src/index.ts";

/** Letters of Vietnamese text in both cases, plus the neighbours a real document brings along. */
const VIETNAMESE =
  "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
const ALPHABET = [
  ...VIETNAMESE, ...VIETNAMESE.toUpperCase(),
  ..."0123456789 .,;:%()/-–≥≤\t\n\r", "\u00A0", "\u202F", "\u2009", "\u3000", "\u200B", "\uFEFF",
  "–", "—", "“", "”", "‘", "’", "…", "•", "≥", "≠", "№", "\u2126", "\u212A", "\u212B", "\u2000", "ð", "Ð", "ß", "æ", "ø", "İ", "ı", "Σ", "ς", "ﬁ", "Å", "ǅ", "\u0301", "\u0323", "\u0309", "\u0306", "😀", "中",
];

const vietnameseText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(""));
/** The same text as a converter might hand it over: NFC, NFD, or any code points at all. */
const anyText = fc.oneof(
  vietnameseText,
  vietnameseText.map((s) => s.normalize("NFD")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("the folds' fast paths give what the NFD definitions give", () => {
  it("toAscii equals toAsciiByNormalisation", () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(toAscii(s)).toBe(toAsciiByNormalisation(s));
      // twice: the second answer comes from the cache
      expect(toAscii(s)).toBe(toAsciiByNormalisation(s));
    }), { numRuns: 3000 });
  });

  it("toAscii equals the definition on every single code unit of the Latin and Vietnamese blocks", () => {
    for (let c = 0; c < 0x3001; c++) {
      const s = `A${String.fromCharCode(c)}b`;
      expect(toAscii(s)).toBe(toAsciiByNormalisation(s));
    }
  });

  it("toAscii equals the definition on long text (past the cache's length limit)", () => {
    fc.assert(fc.property(fc.array(vietnameseText, { minLength: 8, maxLength: 20 }), (parts) => {
      const s = parts.join(" ");
      expect(toAscii(s)).toBe(toAsciiByNormalisation(s));
    }), { numRuns: 300 });
  });

  it("matchKey equals the definition (ASCII fold, punctuation as spaces)", () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(matchKey(s)).toBe(toAsciiByNormalisation(s).replace(/[^a-z0-9%]+/g, " ").trim());
    }), { numRuns: 2000 });
  });

  it("foldVietnamese equals foldVietnameseByNormalisation", () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(foldVietnamese(s)).toBe(foldVietnameseByNormalisation(s));
      expect(foldVietnamese(s)).toBe(foldVietnameseByNormalisation(s));
    }), { numRuns: 2000 });
  });

  it("keeps the length of NFC Vietnamese text, so offsets into the ASCII copy hold", () => {
    const letters = [...VIETNAMESE, ...VIETNAMESE.toUpperCase(), ..."0123456789 .,%\u00A0\u202F"];
    const plain = fc.array(fc.constantFrom(...letters), { maxLength: 80 }).map((cs) => cs.join(""));
    fc.assert(fc.property(plain, (s) => {
      expect(toAscii(s)).toHaveLength(s.length);
    }), { numRuns: 1000 });
  });

  it("foldedLines gives each line's toAscii fold when it keeps the length, else the line lower-cased", () => {
    const lines = fc.array(anyText, { maxLength: 8 });
    fc.assert(fc.property(lines, (parts) => {
      const text = parts.join("\n");
      const folded = foldedLines(text);
      let start = 0;
      expect(folded).toHaveLength(text.split("\n").length);
      for (const [index, raw] of text.split("\n").entries()) {
        const fold = toAsciiByNormalisation(raw);
        expect(folded[index]).toEqual({ text: raw, ascii: fold.length === raw.length ? fold : raw.toLowerCase(), start, end: start + raw.length, index });
        start += raw.length + 1;
      }
    }), { numRuns: 1000 });
  });

  it("foldedLines answers the same text again from its memory, and a new text anew", () => {
    const a = foldedLines("Xã Hồng Lĩnh\nPHỤ LỤC");
    expect(foldedLines("Xã Hồng Lĩnh\nPHỤ LỤC")).toBe(a);
    expect(foldedLines("Phường Đông Sơn").map((l) => l.ascii)).toEqual(["phuong dong son"]);
    expect(a.map((l) => l.ascii)).toEqual(["xa hong linh", "phu luc"]);
  });
});
