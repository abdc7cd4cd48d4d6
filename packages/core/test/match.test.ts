import { describe, expect, it } from "vitest";
import { type FrameworkIndicator, matchIndicator, rankIndicators } from "../src/index.ts";
import { normaliseWording, subjectOf } from "../src/framework/match.ts";

const ind = (code: string, name: string, extra: Partial<FrameworkIndicator> = {}): FrameworkIndicator => ({
  code, name, aliases: [], keywords: [], pillar: "chinh-quyen-so", unit: "%", levels: ["commune"], targets: [], ...extra,
});

const TOAN_TRINH = ind("TOAN-TRINH", "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện", {
  keywords: ["dịch vụ công", "toàn trình"], subjects: ["thu-tuc"],
});
const SU_DUNG = ind("SU-DUNG", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", {
  keywords: ["sử dụng", "dịch vụ công trực tuyến"], excludes: ["định danh"], subjects: ["nguoi-dan", "doanh-nghiep"],
});
const HSCV = ind("HSCV", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử", {
  keywords: ["hồ sơ công việc|văn bản", "điện tử|môi trường mạng"], subjects: ["ho-so-cong-viec", "van-ban"],
});
const ALL = [TOAN_TRINH, SU_DUNG, HSCV];

describe("normaliseWording", () => {
  it("expands abbreviations and folds tone marks, case and 'tỉ'/'tỷ'", () => {
    expect(normaliseWording("Tỉ lệ hồ sơ TTHC")).toBe(normaliseWording("tỷ lệ hồ sơ thủ tục hành chính"));
    expect(normaliseWording("DVCTT toàn trình")).toBe("dich vu cong truc tuyen toan trinh");
    expect(normaliseWording("Thanh Hoá")).toBe(normaliseWording("Thanh Hóa"));
  });
});

describe("subjectOf", () => {
  it.each([
    ["Tỷ lệ hồ sơ TTHC xử lý trực tuyến", "ho-so"],
    ["tỷ lệ TTHC cung cấp DVCTT toàn trình", "thu-tuc"],
    ["Tỷ lệ hồ sơ công việc tại xã được xử lý trên môi trường điện tử", "ho-so-cong-viec"],
    ["cung cấp DVCTT toàn trình trên tổng số TTHC có đủ điều kiện", "thu-tuc"],
    ["Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết TTHC", "ho-so"],
    ["Tỷ lệ % người dân, doanh nghiệp hài lòng", "nguoi-dan"],
    ["thanh toán trực tuyến trong giải quyết TTHC", null],
  ])("%s → %s", (w, s) => expect(subjectOf(w)).toBe(s));
});

describe("matchIndicator", () => {
  it("matches the name exactly, whatever the abbreviations and normal form", () => {
    const m = matchIndicator("Tỉ lệ cung cấp DVCTT toàn trình trên tổng số TTHC có đủ điều kiện".normalize("NFD"), ALL);
    expect(m).toMatchObject({ indicator: { code: "TOAN-TRINH" }, score: 1, reason: "name" });
  });

  it("matches by keywords with the groups that matched as the detail", () => {
    const m = matchIndicator("Tỷ lệ TTHC được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình", ALL);
    expect(m?.indicator.code).toBe("TOAN-TRINH");
    expect(m?.reason).toBe("keywords");
    expect(m?.detail).toBe("dich vu cong + toan trinh");
  });

  it("keeps dossiers and procedures apart (hồ sơ vs thủ tục)", () => {
    expect(matchIndicator("Tỷ lệ hồ sơ TTHC được xử lý trực tuyến toàn trình", ALL)).toBeNull();
    expect(matchIndicator("Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết TTHC", ALL)).toBeNull();
  });

  it("honours excludes: authenticated DVCTT use is another indicator", () => {
    expect(matchIndicator("Tỷ lệ người dân sử dụng DVCTT", ALL)?.indicator.code).toBe("SU-DUNG");
    expect(matchIndicator("Tỷ lệ người dân sử dụng DVCTT được định danh và xác thực thông suốt", ALL)).toBeNull();
  });

  it("rejects a subject of another class even when the keywords are there", () => {
    expect(matchIndicator("Tỷ lệ HSCV được xử lý trên môi trường mạng", ALL)?.indicator.code).toBe("HSCV");
    expect(matchIndicator("cán bộ, công chức sử dụng thành thạo hệ thống quản lý văn bản điện tử", ALL)).toBeNull();
  });

  it("uses a plugin's extra aliases", () => {
    const wording = "Tỷ lệ số hóa văn bản đến, văn bản đi của UBND xã";
    expect(matchIndicator(wording, ALL, { aliases: { HSCV: [wording] } })).toMatchObject({ indicator: { code: "HSCV" }, reason: "alias" });
  });

  it("ranks one entry per code even when several frameworks carry the code", () => {
    const again = { ...TOAN_TRINH, targets: [] };
    const ranked = rankIndicators("DVCTT toàn trình trên tổng số TTHC", [TOAN_TRINH, again, SU_DUNG]);
    expect(ranked.map((r) => r.indicator.code)).toEqual(["TOAN-TRINH"]);
  });

  it("returns null for unrelated or empty wordings", () => {
    expect(matchIndicator("sản phẩm OCOP được đưa lên sàn thương mại điện tử", ALL)).toBeNull();
    expect(matchIndicator("", ALL)).toBeNull();
  });
});
