import { describe, expect, it } from "vitest";
import { ABBREVIATIONS, expandAbbreviations, matchKey } from "../src/index.ts";

describe("expandAbbreviations", () => {
  it.each([
    ["TTHC", "thủ tục hành chính"],
    ["DVCTT", "dịch vụ công trực tuyến"],
    ["DVC", "dịch vụ công"],
    ["CBCC", "cán bộ, công chức"],
    ["CBCCVC", "cán bộ, công chức, viên chức"],
    ["CSDL", "cơ sở dữ liệu"],
    ["ATTT", "an toàn thông tin"],
    ["CĐS", "chuyển đổi số"],
    ["CÐS", "chuyển đổi số"], // Ð U+00D0
    ["KHCN", "khoa học và công nghệ"],
    ["KH&CN", "khoa học và công nghệ"],
    ["ĐMST", "đổi mới sáng tạo"],
    ["HSSKĐT", "hồ sơ sức khỏe điện tử"],
    ["VNeID", "định danh điện tử VNeID"],
    ["TT&TT", "thông tin và truyền thông"],
  ])("%s → %s", (abbr, expansion) => {
    expect(ABBREVIATIONS[abbr.replace("Ð", "Đ")]).toBe(expansion);
    expect(expandAbbreviations(`Tỷ lệ ${abbr}.`)).toBe(`Tỷ lệ ${expansion}.`);
  });
  it.each([
    ["whole words only", "TTHCx xTTHC TTHC1", "TTHCx xTTHC TTHC1"],
    ["case as written", "tthc Tthc", "tthc Tthc"],
    ["the longest key wins", "CBCCVC và CBCC", "cán bộ, công chức, viên chức và cán bộ, công chức"],
    ["inside punctuation", "(TTHC), CSDL;ATTT", "(thủ tục hành chính), cơ sở dữ liệu;an toàn thông tin"],
    ["NFD input", "chuyển đổi số CĐS".normalize("NFD"), "chuyển đổi số chuyển đổi số"],
    ["a letter with a combining mark is part of the word", "TTHC\u0301", "TTHC\u0301"],
    ["empty", "", ""],
  ])("%s", (_, input, expected) => expect(expandAbbreviations(input)).toBe(expected.normalize("NFC")));
  it("makes the abbreviated and the spelled-out indicator match", () =>
    expect(matchKey(expandAbbreviations("Tỷ lệ hồ sơ TTHC xử lý trực tuyến"))).toBe(
      matchKey("Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến"),
    ));
});
