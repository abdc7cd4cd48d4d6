import { describe, expect, it } from "vitest";
import { canonicalTones, foldVietnamese, hasToneMark, matchKey, nfc, sameVietnamese, toAscii } from "../src/index.ts";

const NFD = (s: string) => s.normalize("NFD");

describe("nfc", () => {
  it.each([
    ["NFD input", NFD("Thành phố Hải Phòng"), "Thành phố Hải Phòng"],
    ["no-break space", "Tỷ\u00A0lệ", "Tỷ lệ"],
    ["narrow no-break space", "95\u202F%", "95 %"],
    ["figure and thin spaces", "1\u2007200\u2009000", "1 200 000"],
    ["ideographic space", "a\u3000b", "a b"],
  ])("%s", (_, input, expected) => {
    expect(nfc(input)).toBe(expected);
    expect(nfc(input).normalize("NFC")).toBe(nfc(input));
  });
  it("keeps the length of NFC text, so spans stay valid", () => {
    const s = "Kế\u00A0hoạch\u202Fsố 57-NQ/TW";
    expect(nfc(s)).toHaveLength(s.length);
  });
});

describe("foldVietnamese: spellings that must match", () => {
  it.each([
    ["hoá", "hóa"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["khoẻ", "khỏe"],
    ["uỷ", "ủy"],
    ["Uỷ ban nhân dân", "Ủy ban nhân dân"],
    ["thuỷ", "thủy"],
    ["Thuỷ lợi", "Thủy lợi"],
    ["THANH HOÁ", "thanh hóa"],
    [NFD("Thanh Hoá"), "Thanh Hóa"],
    [NFD("chuyển đổi số"), "chuyển đổi số"],
    ["ĐỔI MỚI", "đổi mới"],
    ["Ðổi mới", "Đổi mới"], // Ð U+00D0, the eth look-alike
    ["ðổi mới", "đổi mới"],
    ["Tỷ\u00A0lệ  hồ sơ", "tỷ lệ hồ sơ"],
    ["  hồ sơ\t\ntrực tuyến ", "hồ sơ trực tuyến"],
    ["hồ\u200Bsơ", "hồsơ"],
  ])("%j ≡ %j", (a, b) => {
    expect(foldVietnamese(a)).toBe(foldVietnamese(b));
    expect(sameVietnamese(a, b)).toBe(true);
  });
  it.each([
    ["quý", "quý"],
    ["Quý III", "quý iii"],
    ["quỷ", "quỷ"],
    ["huỳnh", "huỳnh"], // a final consonant keeps the mark on y
    ["hoàng", "hoàng"],
  ])("keeps %j as %j", (a, b) => expect(foldVietnamese(a)).toBe(b));
  it.each([
    ["hoa", "hóa"],
    ["đồng", "dong"],
    ["quý", "quỳ"],
    ["thủy", "thụy"],
  ])("%j and %j stay different", (a, b) => expect(sameVietnamese(a, b)).toBe(false));
});

describe("canonicalTones", () => {
  it.each([
    ["hoá", "hóa"],
    ["HOÁ", "HÓA"],
    ["loè", "lòe"],
    ["uỷ", "ủy"],
    ["thuỷ", "thủy"],
    ["quý", "quý"],
    ["Quỹ", "Quỹ"],
    ["hoá đơn", "hóa đơn"],
    ["hoàn", "hoàn"],
  ])("%j → %j", (a, b) => {
    expect(canonicalTones(a)).toBe(b);
    expect(canonicalTones(NFD(a))).toBe(b);
  });
});

describe("toAscii and matchKey", () => {
  it.each([
    ["Đổi mới sáng tạo", "doi moi sang tao"],
    ["ÐỔI MỚI", "doi moi"],
    [NFD("Hải Phòng"), "hai phong"],
    ["Tỷ lệ\u00A0hồ sơ", "ty le ho so"],
    ["Quý III/2026", "quy iii/2026"],
  ])("toAscii(%j) = %j", (a, b) => expect(toAscii(a)).toBe(b));
  it("keeps one character per NFC character of Vietnamese text (spans found on the fold are valid)", () => {
    const s = "Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học";
    expect(toAscii(s)).toHaveLength(s.length);
  });
  it.each([
    ["Hồ sơ TTHC (trực tuyến)", "ho so tthc truc tuyen"],
    ["Tỷ lệ: 95%.", "ty le 95%"],
    ["", ""],
    ["—", ""],
  ])("matchKey(%j) = %j", (a, b) => expect(matchKey(a)).toBe(b));
});

describe("hasToneMark", () => {
  it.each([
    ["hóa", true],
    [NFD("hóa"), true],
    ["hoa", false],
    ["đô", false],
  ])("%j → %s", (s, expected) => expect(hasToneMark(s)).toBe(expected));
});
