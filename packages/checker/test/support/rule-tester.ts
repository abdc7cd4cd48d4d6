/**
 * The rule tester every generic rule's `rule.test.ts` uses: core's strict RuleTester with the real reader
 * injected (cases are plan texts, read as a commune's .txt would be) and a small fixed knowledge, so a
 * test does not move when the national registry grows.
 */
import { RuleTester, type Knowledge } from "@cdsvn/core";
import { readPlan } from "@cdsvn/reader";
import { describe, it } from "vitest";

export const knowledge: Knowledge = {
  documents: [
    { symbol: "749/QĐ-TTg", kind: "quyet-dinh", issuer: "Thủ tướng Chính phủ", signedDate: "2020-06-03", title: "Chương trình Chuyển đổi số quốc gia", status: [], province: null, source: { document: "749/QĐ-TTg" }, confidence: "confirmed" },
    { symbol: "57-NQ/TW", kind: "nghi-quyet", issuer: "Bộ Chính trị", signedDate: "2024-12-22", title: "Nghị quyết 57", status: [], province: null, source: { document: "57-NQ/TW" }, confidence: "confirmed" },
    { symbol: "2629/QĐ-TTg", kind: "quyet-dinh", issuer: "Thủ tướng Chính phủ", signedDate: "2025-12-01", title: "Chính phủ số", status: [], province: null, source: { document: "2629/QĐ-TTg" }, confidence: "confirmed" },
    { symbol: "47/2020/NĐ-CP", kind: "nghi-dinh", issuer: "Chính phủ", signedDate: "2020-04-09", title: "Quản lý, kết nối và chia sẻ dữ liệu số", status: [{ from: "2024-07-01", status: "replaced", by: "Luật Dữ liệu", source: { document: "60/2024/QH15" }, confidence: "confirmed" }], province: null, source: { document: "47/2020/NĐ-CP" }, confidence: "confirmed" },
    { symbol: "942/QĐ-TTg", kind: "quyet-dinh", issuer: "Thủ tướng Chính phủ", signedDate: "2021-06-15", title: "Chính phủ điện tử 2021-2025", status: [], province: null, horizon: { from: 2021, to: 2025 }, source: { document: "942/QĐ-TTg" }, confidence: "confirmed" },
  ],
  institutions: [
    { id: "tttt", kind: "merger", old: ["Bộ Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"], replacement: "Bộ, Sở Khoa học và Công nghệ", effectiveDate: "2025-03-01", description: "hợp nhất", source: { document: "176/2025/QH15" }, confidence: "confirmed" },
    { id: "district", kind: "abolition", old: ["UBND huyện"], replacement: "chính quyền hai cấp", effectiveDate: "2025-07-01", description: "bỏ cấp huyện", source: { document: "72/2025/QH15" }, confidence: "confirmed" },
  ],
  frameworks: [],
  places: { provinces: ["Nghệ An", "Hà Tĩnh"], units: ["An Phú"] },
};

/** A plan's opening as communes write it: the issuer, the number, the date, the title. */
export const HEADER = [
  "ỦY BAN NHÂN DÂN",
  "XÃ AN PHÚ",
  "Số: 15/KH-UBND",
  "An Phú, ngày 12 tháng 01 năm 2026",
  "KẾ HOẠCH",
  "Chuyển đổi số xã An Phú năm 2026",
].join("\n");

/** The header, then the body lines. */
export const plan = (...body: string[]) => [HEADER, ...body].join("\n");

export const ruleTester = new RuleTester({
  read: async (text) => (await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" })).plan,
  knowledge,
  describe,
  it,
});
