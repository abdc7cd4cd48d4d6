import type { Framework, SourceRef } from "@cdsvn/core";
import { RESEARCH_2026, src, URL } from "../sources.ts";
import { ALL_LEVELS, indicator, NATIONAL } from "./build.ts";
import { I } from "./indicators.ts";

/** Read only in the press (28/02/2026, "vừa ký"): secondary, so these figures never drive more than an info. */
const N16 = (): SourceRef =>
  src("11/QĐ-BCĐCP", "Kế hoạch hoạt động năm 2026, chỉ tiêu năm 2026 (theo báo chí)", URL.qd11a,
    `${RESEARCH_2026} A2 (N16, press report of 28/02/2026; signing date not known); also ${URL.qd11b}`);

/**
 * QĐ 11/QĐ-BCĐCP: Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo của Chính phủ về KHCN, ĐMST, CĐS và
 * Đề án 06, signed by the Prime Minister. Its signing date is not known: the date of the first press
 * report is its `effective`, so no plan issued before that report is held to it.
 */
export const QD_11_BCDCP: Framework = {
  id: "qd-11-bcdcp",
  version: "2026",
  title: "Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo của Chính phủ (QĐ 11/QĐ-BCĐCP)",
  level: "national",
  province: null,
  documents: [N16()],
  years: { from: 2026, to: 2026 },
  confidence: "secondary",
  effective: "2026-02-28",
  origin: "bundled",
  notes: [
    "Chỉ đọc được qua báo chí (vneconomy, thoibaotaichinhvietnam, 28/02/2026): nguồn thứ cấp, chỉ ở mức thông tin.",
    "Ngày ký chưa xác minh: lấy ngày báo đưa tin (28/02/2026) làm mốc hiệu lực, kế hoạch ban hành trước đó không bị đối chiếu.",
    "Chỉ tiêu \"50% cán bộ, công chức, viên chức đảm nhiệm vị trí việc làm chuyên trách về công nghệ thông tin, chuyển đổi số …\" bị cắt chữ trong nguồn: không đưa vào.",
    "Chỉ tiêu cấp quốc gia (doanh nghiệp spin-off, sản phẩm công nghệ chiến lược) không đòi kế hoạch cấp xã và không đưa vào.",
  ],
  indicators: [
    indicator(I.KTS_GDP, { years: 2026, levels: NATIONAL, cmp: ">=", value: 14.5, raw: "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2026 phấn đấu đạt 14,5%", source: N16(), confidence: "secondary" }),
    indicator(I.KHCN_GDP, { years: 2026, levels: NATIONAL, cmp: ">=", value: 17.5, raw: "Tỷ trọng đóng góp của khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số trong GDP phấn đấu đạt 17,5%", source: N16(), confidence: "secondary" }),
    indicator(I.PHU_SONG_5G, { years: 2026, levels: NATIONAL, cmp: ">=", value: 70, raw: "mở rộng phủ sóng 5G đạt 70% dân số", source: N16(), confidence: "secondary" }),
    indicator(I.CAN_BO_XA_CHU_KY_SO, {
      years: 2026, levels: ["commune"], cmp: ">=", value: 100,
      raw: "100% cán bộ, công chức, viên chức cấp xã được bố trí trang thiết bị đáp ứng yêu cầu công việc và có chữ ký số cá nhân để giải quyết công việc trên môi trường điện tử",
      source: N16(), confidence: "secondary",
    }),
    indicator(I.CBCCVC_KY_NANG_SO, { years: 2026, levels: ALL_LEVELS, cmp: ">=", value: 100, raw: "100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số", source: N16(), confidence: "secondary" }),
  ],
};
