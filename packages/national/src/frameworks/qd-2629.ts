import type { Framework, SourceRef } from "@cdsvn/core";
import { RESEARCH, src, URL } from "../sources.ts";
import { ALL_LEVELS, indicator } from "./build.ts";
import { I } from "./indicators.ts";

const N12 = (article: string, note = ""): SourceRef =>
  src("2629/QĐ-TTg", article, URL.qd2629, `${RESEARCH} A6 (N12); text: ${URL.qd2629Text}${note}`, "2025-12-01");
const P1 = "Mục tiêu giai đoạn 2025–2027";
const P2 = "Mục tiêu giai đoạn 2028–2030";

/** QĐ 2629/QĐ-TTg: Chương trình phát triển Chính phủ số (phases 2025–2027 and 2028–2030). */
export const QD_2629: Framework = {
  id: "qd-2629",
  version: "2025-12-01",
  title: "Chương trình phát triển Chính phủ số (QĐ 2629/QĐ-TTg)",
  level: "national",
  province: null,
  documents: [src("2629/QĐ-TTg", null, URL.qd2629Text, `${RESEARCH} A6`, "2025-12-01")],
  years: { from: 2025, to: 2030 },
  confidence: "secondary",
  effective: "2025-12-01",
  notes: [
    "Danh mục chỉ tiêu đầy đủ chưa đọc được; chỉ tiêu \"50% dịch vụ công …\" (2028–2030) bị cắt chữ trong nguồn nên không đưa vào.",
    "Chỉ tiêu 100% hồ sơ công việc cấp bộ, tỉnh, xã: giai đoạn áp dụng chưa xác minh (ghi 2025–2030, chưa xác minh).",
  ],
  indicators: [
    indicator(I.DVCTT_TOAN_TRINH, {
      years: [2025, 2027], levels: ALL_LEVELS, cmp: ">=", value: 100,
      raw: "100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện", source: N12(P1), confidence: "secondary",
    }),
    indicator(I.CUNG_CAP_MOT_LAN, {
      years: [2025, 2027], levels: ALL_LEVELS, cmp: ">=", value: 100,
      raw: "100% thông tin, giấy tờ, tài liệu trong các thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh chỉ cung cấp một lần",
      source: N12(P1), confidence: "secondary",
    }),
    indicator(I.HAI_LONG_DVCTT,
      { years: [2025, 2027], levels: ALL_LEVELS, cmp: ">=", value: 95, raw: "95% người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến", source: N12(P1), confidence: "secondary" },
      { years: [2028, 2030], levels: ALL_LEVELS, cmp: ">=", value: 99, raw: "99% người dân, doanh nghiệp đánh giá hài lòng", source: N12(P2), confidence: "secondary" },
    ),
    indicator(I.HSCV_DIEN_TU, {
      years: [2025, 2030], levels: ["national", "province", "commune"], cmp: ">=", value: 100,
      raw: "100% hồ sơ công việc tại cấp bộ, tỉnh, cấp xã được xử lý trên môi trường điện tử",
      source: N12("tiêu đề bài báo", "; period not stated in the source"), confidence: "unconfirmed",
    }),
  ],
};
