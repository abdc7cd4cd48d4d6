import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../src/suggest.ts";

const provinces = ["ha-tinh", "hai-phong", "thanh-hoa", "nghe-an"];

describe("closest", () => {
  it("suggests the province for a swapped pair of letters", () => {
    expect(closest("ha-tihn", provinces)).toEqual(["ha-tinh"]);
  });
  it("ignores tone marks and case", () => {
    expect(closest("Nghệ-An", provinces)[0]).toBe("nghe-an");
  });
  it("suggests nothing for a word far from every candidate", () => {
    expect(closest("quang-ngai", provinces)).toEqual([]);
  });
  it("suggests rule ids by prefix and typo", () => {
    const rules = ["budget/line-arithmetic", "budget/group-sum", "percent/out-of-range"];
    expect(closest("budget/line-arithmatic", rules)).toEqual(["budget/line-arithmetic"]);
    expect(closest("budget/", rules)).toEqual(["budget/group-sum", "budget/line-arithmetic"]);
  });
});

describe("editDistance", () => {
  it("counts an adjacent swap once", () => {
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});
