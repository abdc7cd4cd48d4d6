import type { Framework, SourceRef } from "@cdsvn/core";
import { RESEARCH_2026, src, URL } from "../sources.ts";
import { ALL_LEVELS, indicator, NATIONAL, type TargetInput } from "./build.ts";
import { I } from "./indicators.ts";

/** Phụ lục I "Danh mục các chỉ tiêu cụ thể", item by item (I: 2025–2027, II: 2028–2030). */
const PL = (item: string): SourceRef =>
  src("2629/QĐ-TTg", `Phụ lục I, mục ${item}`, URL.qd2629Full, `${RESEARCH_2026} A1 (G1): full text, copy of thuvienphapluat; official excerpt ${URL.qd2629}`, "2025-12-01");
/** The decision's own text, section II "Mục tiêu" (the ranking targets are not in Phụ lục I). */
const RANKING = src("2629/QĐ-TTg", "Mục II.3 (xếp hạng Chính phủ điện tử)", URL.qd2629Full, `${RESEARCH_2026} A1 (G1)`, "2025-12-01");
const MINISTRY_PROVINCE = ["national", "province"] as const;

/** One figure of Phụ lục I: the levels it names, its phase, the wording of the source. */
const row = (item: string, years: readonly [number, number], value: number, raw: string, levels: TargetInput["levels"] = ALL_LEVELS): TargetInput => ({
  years, levels, cmp: ">=", value, raw, source: PL(item), confidence: "confirmed",
});
const P1 = [2025, 2027] as const;
const P2 = [2028, 2030] as const;

/**
 * QĐ 2629/QĐ-TTg (01/12/2025): Chương trình phát triển Chính phủ số, Phụ lục I read in full. "All
 * levels" where the item names no level (ministries, provinces and communes alike); the items phrased
 * for ministries and provinces (tasks assigned by the Government, data-governance maturity) are not
 * demanded of communes. "Đạt X%" is read as ≥ X.
 */
export const QD_2629: Framework = {
  id: "qd-2629",
  version: "2025-12-01",
  title: "Chương trình phát triển Chính phủ số (QĐ 2629/QĐ-TTg), Phụ lục I",
  level: "national",
  province: null,
  documents: [src("2629/QĐ-TTg", "Phụ lục I: Danh mục các chỉ tiêu cụ thể", URL.qd2629Full, `${RESEARCH_2026} A1`, "2025-12-01")],
  years: { from: 2025, to: 2030 },
  confidence: "confirmed",
  effective: "2025-12-01",
  origin: "bundled",
  notes: [
    "Toàn văn đọc từ bản chép của thuvienphapluat (GitHub tnt305/tai_lieu_noi_bo); số liệu khớp trích dẫn chính thức trên báo chí.",
    "Chỉ tiêu xếp hạng Chính phủ điện tử (mục II.3) và kinh phí (III.8) là chỉ tiêu cấp quốc gia, tỉnh; không đòi kế hoạch cấp xã.",
  ],
  indicators: [
    indicator(I.DVCTT_TOAN_TRINH, row("I.1.1", P1, 100, "100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện")),
    indicator(I.CUNG_CAP_MOT_LAN, row("I.1.2", P1, 100,
      "100% thông tin, giấy tờ, tài liệu trong các thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh chỉ cung cấp một lần cho cơ quan hành chính nhà nước")),
    indicator(I.HAI_LONG_DVCTT,
      row("I.1.3", P1, 95, "95% người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến"),
      row("II.1.1", P2, 99, "99% người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến")),
    indicator(I.NEN_TANG_DUNG_CHUNG, row("I.2.1", P1, 100,
      "100% các nền tảng số quốc gia, nền tảng số dùng chung của ngành, lĩnh vực … được hoàn thành và đưa vào sử dụng thống nhất từ Trung ương đến địa phương", NATIONAL)),
    indicator(I.HSCV_DIEN_TU, row("I.2.2", P1, 100,
      "100% hồ sơ công việc tại cấp bộ, tỉnh, cấp xã được xử lý trên môi trường điện tử (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước) và sử dụng chữ ký số cá nhân để giải quyết công việc")),
    indicator(I.BAO_CAO_HTTT, row("I.2.3", P1, 100, "100% chế độ báo cáo của các cơ quan được thực hiện trên Hệ thống thông tin báo cáo")),
    indicator(I.NHIEM_VU_DIEN_TU, row("I.2.4", P1, 100,
      "100% nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao cho các bộ, ngành, địa phương được theo dõi, giám sát, đánh giá trên môi trường điện tử", MINISTRY_PROVINCE)),
    indicator(I.QUAN_TRI_DU_LIEU_CAP_DO,
      row("I.2.5", P1, 100, "100% bộ, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu", MINISTRY_PROVINCE),
      row("II.2.1", P2, 100, "100% bộ, ngành, địa phương đạt cấp độ 4 mức độ trưởng thành về quản trị dữ liệu", MINISTRY_PROVINCE)),
    indicator(I.CBCCVC_KY_NANG_SO, row("I.2.6", P1, 100, "100% cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản")),
    indicator(I.CHUNG_CHI_QUAN_TRI_DU_LIEU,
      row("I.2.7", P1, 50, "50% cán bộ chuyên trách về công nghệ thông tin, chuyển đổi số của bộ, ngành, địa phương được đào tạo đạt chứng chỉ quản trị dữ liệu cơ bản"),
      row("II.2.6", P2, 100, "100% cán bộ chuyên trách về công nghệ thông tin, chuyển đổi số được đào tạo đạt chứng chỉ quản trị dữ liệu cơ bản")),
    indicator(I.DVCTT_CHU_DONG, row("II.1.2", P2, 50,
      "50% dịch vụ công trực tuyến thiết yếu được triển khai ở mức chủ động, được AI hỗ trợ \"cá thể hóa\", thông báo hoặc gợi ý hành động theo các mốc sự kiện quan trọng trong cuộc đời")),
    indicator(I.DU_LIEU_MO, row("II.1.3", P2, 100, "100% cơ quan nhà nước cung cấp dữ liệu mở đúng chuẩn")),
    indicator(I.SO_HOA_HO_SO, row("II.1.4", P2, 100, "100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa")),
    indicator(I.TAI_SU_DUNG_DU_LIEU, row("II.1.5", P2, 80,
      "80% khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa trong giải quyết thủ tục hành chính, dịch vụ công")),
    indicator(I.KET_NOI_CHIA_SE, row("II.2.3", P2, 100, "100% hệ thống thông tin được kết nối, chia sẻ dữ liệu qua dịch vụ chia sẻ dữ liệu")),
    indicator(I.UNG_DUNG_AI, row("II.2.4", P2, 100, "100% cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI để phục vụ công tác chỉ đạo, điều hành")),
    indicator(I.LANH_DAO_CHUYEN_MON_SO, row("II.2.5", P2, 25,
      "25% đội ngũ lãnh đạo của từng cơ quan, tổ chức có chuyên môn, kinh nghiệm về khoa học, kỹ thuật, chuyển đổi số")),
    indicator(I.AN_NINH_MANG_CAP_DO, row("II.2.7", P2, 100,
      "100% hệ thống thông tin phục vụ phát triển Chính phủ số phải được phê duyệt hồ sơ đề xuất bảo đảm an ninh mạng theo cấp độ trước khi đưa vào vận hành")),
    indicator(I.XEP_HANG_CPS,
      { years: [2028, 2028], levels: NATIONAL, cmp: "<=", value: 60, raw: "nhóm 60 nước dẫn đầu thế giới vào năm 2028", source: RANKING, confidence: "confirmed" },
      { years: [2030, 2030], levels: NATIONAL, cmp: "<=", value: 50, raw: "nhóm 50 nước dẫn đầu thế giới vào năm 2030", source: RANKING, confidence: "confirmed" }),
  ],
};
