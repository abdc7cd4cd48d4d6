/** The line view rules search: one fold of the text, and the lines a word can be on found without a look at each line. */
import { emptyPlan } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { analyze, findInText, foldsToScan, linesHolding } from "../src/analysis/document.ts";

// "İ" with an acute: its fold drops a unit, and lower-casing adds one, so no fold keeps that line's length.
const TEXT = ["UBND xã An Phú", "Giao UBND huyện theo dõi", "", "cấp huyện; thị xã", "Phường 3 — İ\u0301stanbul"].join("\n");

describe("the document's lines", () => {
  it("finds the lines whose fold holds a word, in order, with the whole fold when it keeps the offsets", () => {
    const doc = analyze("Xã An Phú\nUBND huyện\n\nCấp huyện, thị xã", emptyPlan());
    expect(doc.ascii).toBe("xa an phu\nubnd huyen\n\ncap huyen, thi xa");
    expect(linesHolding(doc, ["huyen"]).map((l) => l.index)).toEqual([1, 3]);
    expect(linesHolding(doc, ["thi xa", "an phu"]).map((l) => l.index)).toEqual([0, 3]);
    expect(linesHolding(doc, ["quan"])).toEqual([]);
    expect(foldsToScan(doc)).toEqual([{ ascii: doc.ascii, start: 0 }]);
  });

  it("reads line by line when a line's fold changes its length (no whole fold), with the same answers", () => {
    const doc = analyze(TEXT, emptyPlan());
    expect(doc.ascii).toBeNull();
    expect(foldsToScan(doc)).toBe(doc.lines);
    expect(linesHolding(doc, ["huyen"]).map((l) => l.index)).toEqual([1, 3]);
    expect(linesHolding(doc, ["phuong"]).map((l) => l.index)).toEqual([]);
    expect(linesHolding(doc, ["phường"]).map((l) => l.index)).toEqual([4]);
  });

  it("findInText with words finds what it finds without them", () => {
    const re = /\b(?:ubnd|cap)\s+huyen\b/g;
    for (const text of [TEXT, TEXT.replace("İ\u0301stanbul", "Hà Nội")]) {
      const doc = analyze(text, emptyPlan());
      const plain = findInText(doc, re).map((h) => [h.start, h.end]);
      expect(plain).toHaveLength(2);
      expect(findInText(doc, re, ["huyen"]).map((h) => [h.start, h.end])).toEqual(plain);
      expect(findInText(doc, re, ["quan"])).toEqual([]);
    }
  });
});
