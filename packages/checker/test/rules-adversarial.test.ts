import { EMPTY_KNOWLEDGE, emptyPlan, type Knowledge } from "@cdsvn/core";
import { extractFacts } from "@cdsvn/reader";
import { describe, expect, it } from "vitest";
import { check, genericRules } from "../src/index.ts";

/*
 * Every regex the facts and the rules run on plan text must stay linear. Each input below is long
 * (200 KB) and carries the prefix a pattern needs to start matching, then what makes a backtracking
 * pattern try every split: a quadratic pattern does not finish within the test timeout, so these fail
 * on a regression without asserting any time (speed is measured in `pnpm bench`). A suite whose lines
 * lack the prefixes passes whatever the patterns do; hence one input per family of prefixes.
 */
const SIZE = 200 * 1024;
const fill = (unit: string, prefix = "", suffix = "") => prefix + unit.repeat(Math.ceil((SIZE - prefix.length) / unit.length)).slice(0, SIZE - prefix.length) + suffix;

const INPUTS: ReadonlyArray<readonly [string, string]> = [
  ["one line of figures: 'đạt 1% '", fill("đạt 1% ", "Mục tiêu: ")],
  ["comparators without their figure: 'không ít hơn '", fill("không ít hơn ", "II. MỤC TIÊU\n")],
  ["a number, then blanks, never 'trong đó'", fill(" ", "Tổng số 120")],
  ["numbers and 'trong đó' without parts", fill("120 trong đó, ")],
  ["a long digit run", fill("1")],
  ["digits and dots", fill("1.2.3,45.678.")],
  ["a symbol, then 'ngày' without a date", fill("ngày ", "Căn cứ Quyết định số 749/QĐ-TTg ")],
  ["'ngày' and blanks, never 'tháng'", fill(" ", "An Phú, ngày")],
  ["'ngày … tháng' with dots, never 'năm'", fill(". ", "ngày 12 tháng")],
  ["'Số:' and blanks, never the symbol", fill(" ", "Số:")],
  ["'Số:' and dots, never the symbol", fill("._ ", "Số: ")],
  ["'kèm theo kế hoạch' without a year", fill("kèm theo Kế hoạch số 1 ")],
  ["'Ngày Chuyển đổi số quốc gia' without a year", fill("Ngày Chuyển đổi số quốc gia năm ")],
  ["district words without the unit", fill("UBND huyện, UBND thị ")],
  ["'cấp' repeated", fill("cấp ")],
  ["unit heads without a colon", fill(" phòng văn hóa", "IV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng")],
  ["'chủ trì' repeated in the implementation section", fill("chủ trì, ", "IV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã: ")],
  ["tags without an end", fill("<li ", "- 80% ")],
  ["institution names half-written", fill("Bộ Thông tin và ", "theo hướng dẫn của ")],
  ["place names half-written", fill("tỉnh Nghệ ")],
  ["a line of tabs", fill("\t", "1\tTỷ lệ\t")],
  ["many short lines of figures", fill("- Trên 80% hồ sơ được số hóa.\n")],
];

const knowledge: Knowledge = {
  ...EMPTY_KNOWLEDGE,
  institutions: [{ id: "tttt", kind: "merger", old: ["Bộ Thông tin và Truyền thông"], replacement: "Bộ Khoa học và Công nghệ", effectiveDate: "2025-03-01", description: "hợp nhất", source: { document: "x" }, confidence: "confirmed" }],
  places: { provinces: ["Nghệ An"], units: ["An Phú"] },
};

describe("facts and rules stay linear on hostile text with the right prefixes", () => {
  for (const [name, text] of INPUTS) {
    it(name, () => {
      const facts = extractFacts(text);
      expect(facts.text).toBe(text);
      const plan = { ...emptyPlan(), facts };
      plan.meta = { ...plan.meta, unitName: "An Phú", unitKind: "xa", planYear: 2026 };
      const found = check({ plan, rules: genericRules, knowledge });
      // completing is the point; each finding is one a reviewer can read
      for (const d of found) expect(d.message.length).toBeGreaterThan(0);
    });
  }
});
