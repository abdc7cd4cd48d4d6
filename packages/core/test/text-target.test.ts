import { describe, expect, it } from "vitest";
import { findPeriod, parseTarget, type Comparator } from "../src/index.ts";
import { expectFailure } from "./text-helpers.ts";

describe("parseTarget: comparator words and percents", () => {
  it.each<[string, Comparator, number]>([
    ["100%", "=", 100],
    ["Trên 80%", ">", 80],
    ["trên 80%", ">", 80],
    ["đạt trên 95%", ">", 95],
    ["hơn 80%", ">", 80],
    ["vượt 80%", ">", 80],
    ["tối thiểu 70%", ">=", 70],
    ["Tối thiểu 95%", ">=", 95],
    ["tối thiểu đạt 70%", ">=", 70],
    ["ít nhất 70%", ">=", 70],
    ["không dưới 60%", ">=", 60],
    ["từ 70% trở lên", ">=", 70],
    ["từ 98% trở lên", ">=", 98],
    ["đạt 98% trở lên", ">=", 98],
    ["90% trở lên", ">=", 90],
    ["98 % trở lên", ">=", 98],
    ["≥ 95%", ">=", 95],
    ["≥80%", ">=", 80],
    [">= 95%", ">=", 95],
    [">=95%", ">=", 95],
    ["\\geq 1\\%", ">=", 1],
    ["<math>\\geq 1\\%</math>", ">=", 1],
    ["≤ 5%", "<=", 5],
    ["<= 5%", "<=", 5],
    ["> 50%", ">", 50],
    ["< 5%", "<", 5],
    ["không quá 5%", "<=", 5],
    ["không vượt quá 5%", "<=", 5],
    ["tối đa 5%", "<=", 5],
    ["dưới 5%", "<", 5],
    ["ít hơn 5%", "<", 5],
    ["phấn đấu đạt 100%", "=", 100],
    ["Phấn đấu 100%", "=", 100],
    ["trên 100%", ">", 100],
    ["94,11%", "=", 94.11],
    ["TRÊN 80%", ">", 80],
    ["Tr\u00EAn 80%", ">", 80],
    ["Trên 70% dân số từ 15 tuổi trở lên", ">", 70],
  ])("%j → %s %d %%", (s, comparator, value) =>
    expect(parseTarget(s)).toMatchObject({ ok: true, value: { comparator, value, unit: "%", raw: s.trim() } }));

  it("records the phrase exactly as written", () =>
    expect(parseTarget("  Trên 70%  ")).toMatchObject({ ok: true, value: { raw: "Trên 70%" } }));
});

describe("parseTarget: ranges, periods, counts", () => {
  it.each([
    ["90 - 95%", 90, 95],
    ["90-95%", 90, 95],
    ["90% - 95%", 90, 95],
    ["90 – 95%", 90, 95],
    ["từ 90% đến 95%", 90, 95],
    ["từ 90 đến 95%", 90, 95],
    ["87,5 - 92,5%", 87.5, 92.5],
  ])("%j is a range %d–%d", (s, lo, hi) =>
    expect(parseTarget(s)).toMatchObject({ ok: true, value: { comparator: "range", value: lo, max: hi, unit: "%" } }));

  it.each([
    ["100% (2025-2027)", 100, { from: 2025, to: 2027 }],
    ["50% (2025-2027)", 50, { from: 2025, to: 2027 }],
    ["(2025-2027) 100%", 100, { from: 2025, to: 2027 }],
    ["giai đoạn 2026 - 2030 đạt 80%", 80, { from: 2026, to: 2030 }],
    ["100%", 100, null],
  ])("%j → %d with period %j", (s, value, period) =>
    expect(parseTarget(s)).toMatchObject({ ok: true, value: { comparator: "=", value, unit: "%", period } }));

  it("skips the year of 'năm 2026' for the figure", () =>
    expect(parseTarget("năm 2026 đạt 80%")).toMatchObject({ ok: true, value: { value: 80, unit: "%" } }));

  it.each([
    ["ít nhất 02 cuộc kiểm tra", ">=", 2, "cuộc kiểm tra"],
    ["ít nhất 02 lớp tập huấn", ">=", 2, "lớp tập huấn"],
    ["Tổ chức ít nhất 02 cuộc kiểm tra, đánh giá", ">=", 2, "cuộc kiểm tra"],
    ["trên 150 lượt cán bộ", ">", 150, "lượt cán bộ"],
    ["03 bản sao", "=", 3, "bản sao"],
    ["ít nhất 02", ">=", 2, null],
  ] as const)("%j → count %s %d %j", (s, comparator, value, unitLabel) =>
    expect(parseTarget(s)).toMatchObject({ ok: true, value: { comparator, value, unit: "count", unitLabel } }));
});

describe("parseTarget: malformed", () => {
  it.each([
    "",
    "   ",
    "không có chỉ tiêu",
    "Tiếp tục hỗ trợ người dân",
    "95 - 90%",
    "1.2345%",
    "x".repeat(2001),
  ])("%j is a typed failure", (s) => expectFailure(parseTarget(s), "InvalidTarget", s));
});

describe("findPeriod", () => {
  it.each([
    ["(2025-2027)", { from: 2025, to: 2027 }],
    ["giai đoạn 2026 - 2030", { from: 2026, to: 2030 }],
    ["Giai đoạn 2026–2030", { from: 2026, to: 2030 }],
    ["từ 2025 đến 2027", { from: 2025, to: 2027 }],
    ["2027-2025", null],
    ["1800-1900", null],
    ["12025-2027", null],
    ["năm 2026", null],
    ["", null],
  ])("%j → %j", (s, p) => expect(findPeriod(s)).toEqual(p));
});
