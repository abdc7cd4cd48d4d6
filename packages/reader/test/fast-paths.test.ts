import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clean, cleanMasked, mask } from "../src/extract/text.ts";
import { detectLegacyEncoding } from "../src/input/legacy.ts";

/**
 * The extractor's hot helpers take shortcuts (skip text that needs no change, count in one pass);
 * these hold them to the plain definitions they replaced, on random text made of the characters
 * that matter.
 */

const cleanByDefinition = (s: string) =>
  s
    .replace(/<\/?[a-zA-Z][^<>]{0,300}>/g, (m) => " ".repeat(m.length))
    .replace(/\*{1,3}|_{2,3}|[\r\n\t]/g, (m) => " ".repeat(m.length))
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

const PIECES = [
  "a", "Kế", "hoạch", "xã", "95%", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u200b",
  "<b>", "</b>", "<li>", "<br/>", "< b>", "<", ">", "*", "**", "***", "_", "__", "___", "&", "&nbsp;", "&amp;", "&lt;",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(""));

describe("extractor text helpers equal their definitions", () => {
  it("clean", () => {
    fc.assert(fc.property(text, (s) => {
      expect(clean(s)).toBe(cleanByDefinition(s));
    }), { numRuns: 5000 });
  });

  it("mask keeps the length, and cleanMasked(mask(s)) is clean(s)", () => {
    fc.assert(fc.property(text, (s) => {
      expect(mask(s)).toHaveLength(s.length);
      expect(cleanMasked(mask(s))).toBe(cleanByDefinition(s));
    }), { numRuns: 2000 });
  });
});

const TCVN3_MARKS = /[¸µ¶·¹¨®¬\u00ad©ª«»¼½¾ÆÇËÎÏÐÑÖ×ØÛÜÞßñö÷øûüþ]/gu;
const VNI_PAIRS = /[aeiouyAEIOUY][ùøûõïÙØÛÕÏ]|ñ/gu;
const VIETNAMESE = /[ăắằẳẵặâấầẩẫậđếềểễệêốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉọỏụủỳỷỹỵĂẮẰẲẴẶĐẾỀỂỄỆỐỒỔỖỘƠỚỜỞỠỢƯỨỪỬỮỰ]/gu;
const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

function legacyByDefinition(s: string): string | null {
  const unicode = count(VIETNAMESE, s), tcvn3 = count(TCVN3_MARKS, s), vni = count(VNI_PAIRS, s);
  const threshold = Math.max(8, unicode * 2);
  if (vni >= threshold && vni >= tcvn3 / 2) return "VNI";
  if (tcvn3 >= threshold) return "TCVN3";
  return null;
}

describe("legacy-encoding detection equals its definition", () => {
  it("on mixes of Unicode Vietnamese, TCVN3 and VNI characters", () => {
    const chars = [..."aeiouyAEIOUYbcdhn ùøûõïÙØÛÕÏñ¸µ¶·¹®¬©«»ÆÇÖ×ßöüþăắđêốơưựĐẮỨ"];
    const mixed = fc.array(fc.constantFrom(...chars), { maxLength: 120 }).map((xs) => xs.join(""));
    fc.assert(fc.property(mixed, (s) => {
      expect(detectLegacyEncoding(s)).toBe(legacyByDefinition(s));
    }), { numRuns: 5000 });
  });
});
