import type { Framework, SourceRef } from "@cdsvn/core";
import { RESEARCH_2026, src, URL } from "../sources.ts";
import { indicator, NATIONAL } from "./build.ts";
import { I } from "./indicators.ts";

const G2 = (article: string): SourceRef =>
  src("624/TB-VPCP", article, URL.tb624Full, `${RESEARCH_2026} A4 (G2): full text, copy of thuvienphapluat`, "2025-11-16");
const CONCLUSIONS = "Kết luận của Thủ tướng tại phiên họp thứ 5 Ban Chỉ đạo của Chính phủ (15/11/2025)";

/**
 * Thông báo 624/TB-VPCP (16/11/2025): the conclusions of the Government steering committee's 5th
 * meeting. Two directives reach communes for 2026: every business-related TTHC online, and every TTHC
 * handled regardless of administrative boundaries within the province (due by the end of 2025, then
 * kept, so a 2026 plan is held to them too).
 */
export const TB_624: Framework = {
  id: "tb-624",
  version: "2025-11-16",
  title: "Kết luận phiên họp thứ 5 Ban Chỉ đạo của Chính phủ về KHCN, ĐMST, CĐS và Đề án 06 (TB 624/TB-VPCP)",
  level: "national",
  province: null,
  documents: [G2(CONCLUSIONS)],
  years: { from: 2025, to: 2026 },
  confidence: "confirmed",
  effective: "2025-11-16",
  origin: "bundled",
  notes: [
    "Toàn văn đọc từ bản chép của thuvienphapluat (GitHub tnt305/tai_lieu_noi_bo).",
    "Mục tiêu 100% TTHC hoàn thành cuối năm 2025 rồi duy trì: ghi cho 2025–2026.",
    "Phụ lục, mục 45 (mỗi xã cử ít nhất 02 cán bộ học \"Bình dân học vụ số\", hạn 31/10/2025) đã hoàn thành 3321/3321 xã: chỉ tiêu 2025.",
  ],
  indicators: [
    indicator(I.TTHC_DOANH_NGHIEP_TRUC_TUYEN, {
      years: [2025, 2026], levels: ["province", "commune"], cmp: ">=", value: 100,
      raw: "100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến", source: G2(CONCLUSIONS), confidence: "confirmed",
    }),
    indicator(I.PHI_DIA_GIOI, {
      years: [2025, 2026], levels: ["province", "commune"], cmp: ">=", value: 100,
      raw: "100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính phạm vi cấp tỉnh", source: G2(CONCLUSIONS), confidence: "confirmed",
    }),
    indicator(I.CHI_NGAN_SACH, {
      years: 2026, levels: NATIONAL, cmp: ">=", value: 3,
      raw: "bảo đảm mức tối thiểu 3% tổng chi ngân sách nhà nước cho các nhiệm vụ về KHCN, ĐMST và CĐS trong năm 2026", source: G2(CONCLUSIONS), confidence: "confirmed",
    }),
    indicator(I.CAN_BO_BINH_DAN_HOC_VU_SO, {
      years: 2025, levels: ["commune"], cmp: ">=", value: 2,
      raw: "UBND cấp xã lựa chọn ít nhất 02 cán bộ, công chức … tham gia đào tạo, tập huấn trên nền tảng \"Bình dân học vụ số\"", source: G2("Phụ lục, mục 45"), confidence: "confirmed",
    }),
  ],
};
