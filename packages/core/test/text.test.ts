import { describe, expect, it } from "vitest";
import { canonicalTones, foldVietnamese, parseLegalSymbol, parseTarget, parseVnDate, parseVnNumber } from "../src/index.ts";

describe("foldVietnamese", () => {
  it.each([
    ["Thanh Hoá", "Thanh Hóa"],
    ["Uỷ ban", "Ủy ban"],
    ["Thanh Ho\u0301a", "Thanh Hóa"], // NFD
  ])("%s ≡ %s", (a, b) => expect(foldVietnamese(a)).toBe(foldVietnamese(b)));
  it("keeps the mark of qu + y on y", () => expect(canonicalTones("quý")).toBe("quý"));
});

describe("parseVnNumber", () => {
  it.each([
    ["3.711.000.000", 3711000000],
    ["94,11", 94.11],
    ["17568.000", 17568000],
    ["1.420", 1420],
    ["12.5", 12.5],
  ])("%s → %d", (s, n) => expect(parseVnNumber(s)).toEqual({ ok: true, value: n }));
  it.each(["", "abc", "1..2", "1.2.3,4,5"])("%j is a typed failure", (s) => {
    const r = parseVnNumber(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error._tag).toBe("InvalidNumber");
  });
});

describe("parseTarget", () => {
  it.each([
    ["Trên 80%", ">", 80],
    ["≥ 95%", ">=", 95],
    ["tối thiểu 70%", ">=", 70],
    ["100%", "=", 100],
    ["không quá 5%", "<=", 5],
  ] as const)("%s", (s, c, v) => {
    const r = parseTarget(s);
    expect(r.ok && r.value.comparator).toBe(c);
    expect(r.ok && r.value.value).toBe(v);
  });
  it("reads a range", () => expect(parseTarget("90 - 95%")).toMatchObject({ ok: true, value: { comparator: "range", value: 90, max: 95 } }));
  it("reads a period after the figure", () =>
    expect(parseTarget("100% (2025-2027)")).toMatchObject({ ok: true, value: { value: 100, period: { from: 2025, to: 2027 } } }));
});

describe("parseVnDate", () => {
  it.each([
    ["ngày 03 tháng 6 năm 2020", "2020-06-03"],
    ["03/6/2020", "2020-06-03"],
    ["ngày   tháng 7 năm 2026", "2026-07"],
  ])("%s → %s", (s, iso) => expect(parseVnDate(s)).toMatchObject({ ok: true, value: { iso } }));
  it("rejects 31/02/2026", () => expect(parseVnDate("31/02/2026").ok).toBe(false));
});

describe("parseLegalSymbol", () => {
  it.each([
    ["749/QĐ-TTg", "749/QĐ-TTg", "quyet-dinh"],
    ["57-NQ/TW", "57-NQ/TW", "nghi-quyet"],
    ["NQ 749/QĐ-TTG", "749/QĐ-TTg", "quyet-dinh"],
    ["179/2025/NĐ-CP", "179/2025/NĐ-CP", "nghi-dinh"],
    ["57- NQ/TW", "57-NQ/TW", "nghi-quyet"],
    ["7580/UBND-VX1", "7580/UBND-VX1", "cong-van"],
  ] as const)("%s", (s, sym, kind) => expect(parseLegalSymbol(s)).toMatchObject({ ok: true, value: { symbol: sym, kind } }));
});
