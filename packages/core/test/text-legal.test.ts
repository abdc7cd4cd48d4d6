import { describe, expect, it } from "vitest";
import { findLegalCitations, parseLegalSymbol, type LegalKind } from "../src/index.ts";
import { expectFailure } from "./text-helpers.ts";

describe("parseLegalSymbol", () => {
  it.each<[string, string, string, number | null, string | null, string, LegalKind]>([
    ["749/QĐ-TTg", "749/QĐ-TTg", "749", null, "QĐ", "TTg", "quyet-dinh"],
    ["749/QĐ-TTG", "749/QĐ-TTg", "749", null, "QĐ", "TTg", "quyet-dinh"],
    ["NQ 749/QĐ-TTG", "749/QĐ-TTg", "749", null, "QĐ", "TTg", "quyet-dinh"],
    ["749/QÐ-TTg", "749/QĐ-TTg", "749", null, "QĐ", "TTg", "quyet-dinh"], // Ð U+00D0
    ["57-NQ/TW", "57-NQ/TW", "57", null, "NQ", "TW", "nghi-quyet"],
    ["57- NQ/TW", "57-NQ/TW", "57", null, "NQ", "TW", "nghi-quyet"],
    ["57 - NQ/TW", "57-NQ/TW", "57", null, "NQ", "TW", "nghi-quyet"],
    ["Nghị quyết số 57-NQ/TW", "57-NQ/TW", "57", null, "NQ", "TW", "nghi-quyet"],
    ["Số: 57-NQ/TW", "57-NQ/TW", "57", null, "NQ", "TW", "nghi-quyet"],
    ["05-NQ/TU", "05-NQ/TU", "05", null, "NQ", "TU", "nghi-quyet"],
    ["01-NQ/ĐU", "01-NQ/ĐU", "01", null, "NQ", "ĐU", "nghi-quyet"],
    ["11-KH/BCĐ", "11-KH/BCĐ", "11", null, "KH", "BCĐ", "ke-hoach"],
    ["11- KH/BCĐ", "11-KH/BCĐ", "11", null, "KH", "BCĐ", "ke-hoach"],
    ["12-KH/TU", "12-KH/TU", "12", null, "KH", "TU", "ke-hoach"],
    ["42-CTr/TU", "42-CTr/TU", "42", null, "CTr", "TU", "chuong-trinh"],
    ["01-CTr/ĐU", "01-CTr/ĐU", "01", null, "CTr", "ĐU", "chuong-trinh"],
    ["179/2025/NĐ-CP", "179/2025/NĐ-CP", "179", 2025, "NĐ", "CP", "nghi-dinh"],
    ["73/2019/NĐ-CP", "73/2019/NĐ-CP", "73", 2019, "NĐ", "CP", "nghi-dinh"],
    ["148/2025/QH15", "148/2025/QH15", "148", 2025, null, "QH15", "luat"],
    ["71/NQ-CP", "71/NQ-CP", "71", null, "NQ", "CP", "nghi-quyet"],
    ["238/KH-UBND", "238/KH-UBND", "238", null, "KH", "UBND", "ke-hoach"],
    ["88/QĐ-UBND", "88/QĐ-UBND", "88", null, "QĐ", "UBND", "quyet-dinh"],
    ["7580/UBND-VX1", "7580/UBND-VX1", "7580", null, null, "UBND-VX1", "cong-van"],
    ["59/UBND-VHXXH", "59/UBND-VHXXH", "59", null, null, "UBND-VHXXH", "cong-van"],
    ["3063/SKHCN-CĐS", "3063/SKHCN-CĐS", "3063", null, null, "SKHCN-CĐS", "cong-van"],
    ["1796/SKHCN-VP", "1796/SKHCN-VP", "1796", null, null, "SKHCN-VP", "cong-van"],
    ["8177/BKHCN-CĐSQG", "8177/BKHCN-CĐSQG", "8177", null, null, "BKHCN-CĐSQG", "cong-van"],
    ["06/CP", "06/CP", "06", null, null, "CP", "cong-van"],
    ["749/QĐ-TTg".normalize("NFD"), "749/QĐ-TTg", "749", null, "QĐ", "TTg", "quyet-dinh"],
  ])("%j → %s", (input, symbol, number, year, typeCode, issuerCode, kind) =>
    expect(parseLegalSymbol(input)).toEqual({ ok: true, value: { symbol, number, year, typeCode, issuerCode, kind } }));

  it.each([
    "",
    "   ",
    "abc",
    "Nghị quyết",
    "749",
    "749/",
    "749/qđ-ttg",
    "03/6/2020",
    "02/02",
    "5G/4G",
    "1 - DANH",
    "10 - Tháng",
    "1/ Ban",
    "1/ UBND",
    "57-XYZ/TW",
    "57-NQ",
    "123456/QĐ-TTg",
    "749/QĐ-TTg ngày 03/6/2020",
    "x".repeat(201),
  ])("%j is a typed failure", (s) => expectFailure(parseLegalSymbol(s), "InvalidSymbol", s));
});

describe("findLegalCitations", () => {
  it("finds each citation with the kind word before it and exact spans", () => {
    const text =
      "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; QĐ 749/QĐ-TTg ngày 03/6/2020; " +
      "Kế hoạch số 11- KH/BCĐ ngày 29/6/2025; NQ 749/QĐ-TTG; Công văn 7580/UBND-VX1; Nghị định 179/2025/NĐ-CP; " +
      "Chương trình hành động số 42-CTr/TU; Đề án 06/CP và 3063/SKHCN-CĐS.";
    const found = findLegalCitations(text);
    expect(found.map((c) => [c.raw, c.symbol, c.kind, c.statedKind])).toEqual([
      ["Nghị quyết số 57-NQ/TW", "57-NQ/TW", "nghi-quyet", "nghi-quyet"],
      ["QĐ 749/QĐ-TTg", "749/QĐ-TTg", "quyet-dinh", "quyet-dinh"],
      ["Kế hoạch số 11- KH/BCĐ", "11-KH/BCĐ", "ke-hoach", "ke-hoach"],
      ["NQ 749/QĐ-TTG", "749/QĐ-TTg", "quyet-dinh", "nghi-quyet"],
      ["Công văn 7580/UBND-VX1", "7580/UBND-VX1", "cong-van", "cong-van"],
      ["Nghị định 179/2025/NĐ-CP", "179/2025/NĐ-CP", "nghi-dinh", "nghi-dinh"],
      ["Chương trình hành động số 42-CTr/TU", "42-CTr/TU", "chuong-trinh", "chuong-trinh"],
      ["Đề án 06/CP", "06/CP", "cong-van", "other"],
      ["3063/SKHCN-CĐS", "3063/SKHCN-CĐS", "cong-van", null],
    ]);
    for (const c of found) {
      expect(text.slice(c.span.start, c.span.end)).toBe(c.raw);
      expect(c.raw.endsWith(text.slice(c.symbolSpan.start, c.symbolSpan.end))).toBe(true);
      expect(c.symbolSpan.end).toBe(c.span.end);
    }
  });

  it.each([
    ["a date", "ban hành ngày 03/6/2020 và 3-6-2020"],
    ["a ratio", "đạt 02/02 Trạm y tế, 844/844 hồ sơ"],
    ["network generations", "phủ sóng 5G/4G, 4G-5G và 3G/4G"],
    ["percentages", "đạt 95%/năm, 100%-KH chưa rõ, 98 %/ năm"],
    ["a month range and a heading", "Tháng 10 - Tháng tiêu dùng số; Mục 1 - DANH MỤC"],
    ["a numbered paragraph", "1/ Ban Chỉ đạo xã; 2/ UBND xã"],
    ["a backup rule", "nguyên tắc 3-2-1 và Chợ 4.0 - thanh toán"],
    ["a number inside a longer token", "mã 1.420/QĐ-TTg, A12/QĐ-TTg, 123456/QĐ-TTg"],
    ["a period", "giai đoạn 2026 - 2030, Quý I/2026, Tháng 6-8/2026"],
    ["nothing at all", ""],
  ])("no false positive on %s", (_, text) => expect(findLegalCitations(text)).toEqual([]));

  it("does not take the tail of a longer word as a kind word", () => {
    const text = `${"x".repeat(40)} Nghị quyết số 57-NQ/TW`;
    expect(findLegalCitations(text)[0]).toMatchObject({ statedKind: "nghi-quyet", raw: "Nghị quyết số 57-NQ/TW" });
    expect(findLegalCitations("abcnq 57-NQ/TW")[0]).toMatchObject({ statedKind: null, raw: "57-NQ/TW" });
  });
});
