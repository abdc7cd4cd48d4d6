import type { Framework, SourceRef } from "@cdsvn/core";
import { RESEARCH, src, URL } from "../sources.ts";
import { ALL_LEVELS, indicator, NATIONAL } from "./build.ts";
import { I } from "./indicators.ts";

const N8 = (article: string): SourceRef => src("749/QĐ-TTg", article, URL.qd749, `${RESEARCH} A5 (N8); also ${URL.qd749b}`, "2020-06-03");
const N9 = (article: string): SourceRef => src("749/QĐ-TTg", article, URL.qd749b, `${RESEARCH} A5 (N9)`, "2020-06-03");
const N10 = (article: string): SourceRef => src("749/QĐ-TTg", article, URL.qd749Levels, `${RESEARCH} A5 (N10)`, "2020-06-03");
const GOAL_2025 = "Mục tiêu đến năm 2025";

/** QĐ 749/QĐ-TTg: Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030. */
export const QD_749: Framework = {
  id: "qd-749",
  version: "2020-06-03",
  title: "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 (QĐ 749/QĐ-TTg)",
  level: "national",
  province: null,
  documents: [src("749/QĐ-TTg", null, URL.qd749, `${RESEARCH} A5`, "2020-06-03")],
  years: { from: 2020, to: 2030 },
  confidence: "secondary",
  effective: "2020-06-03",
  notes: [
    "Mốc 2025 đã qua; kế hoạch từ 2026 nên căn cứ NQ 57-NQ/TW, NQ 71/NQ-CP và QĐ 2629/QĐ-TTg.",
    "Chỉ tiêu cấp huyện (80% hồ sơ công việc) không còn áp dụng: cấp huyện bị bỏ từ 01/7/2025.",
    "Các chỉ tiêu 2030 khác của QĐ 749 (100% DVCTT mức độ 4; 100/90/70% hồ sơ công việc…) chưa thấy nguồn nên không đưa vào.",
    "Xếp hạng IDI, GCI, GII (nhóm 50/50/35) và an toàn mạng (nhóm 40) năm 2025 chưa lập thành chỉ tiêu riêng.",
    "\"Đạt X\" ghi là ≥ X.",
  ],
  indicators: [
    indicator(I.DVCTT_DA_PHUONG_TIEN, {
      years: 2025, levels: ALL_LEVELS, cmp: ">=", value: 80, raw: "80% dịch vụ công trực tuyến mức độ 4",
      source: N8(GOAL_2025), confidence: "secondary",
    }),
    indicator(I.HSCV_DIEN_TU,
      { years: 2025, levels: ["province"], cmp: ">=", value: 90, raw: "90% hồ sơ công việc tại cấp bộ, tỉnh", source: N10(GOAL_2025), confidence: "secondary" },
      { years: 2025, levels: ["commune"], cmp: ">=", value: 60, raw: "60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", source: N10(GOAL_2025), confidence: "secondary" },
    ),
    indicator(I.CSDL_QUOC_GIA, {
      years: 2025, levels: NATIONAL, cmp: ">=", value: 100, raw: "100% cơ sở dữ liệu quốc gia … được hoàn thành và kết nối, chia sẻ",
      source: N8(GOAL_2025), confidence: "secondary",
    }),
    indicator(I.XEP_HANG_CPS,
      { years: 2025, levels: NATIONAL, cmp: "<=", value: 70, raw: "nhóm 70 nước dẫn đầu về Chính phủ điện tử (EGDI)", source: N8(GOAL_2025), confidence: "secondary" },
      { years: 2030, levels: NATIONAL, cmp: "<=", value: 50, raw: "nhóm 50 nước dẫn đầu về chính phủ điện tử", source: N10("Định hướng đến năm 2030"), confidence: "secondary" },
    ),
    indicator(I.KTS_GDP, {
      years: 2025, levels: NATIONAL, cmp: ">=", value: 20, raw: "kinh tế số chiếm 20% GDP", source: N8(GOAL_2025), confidence: "secondary",
    }),
    indicator(I.KTS_NGANH, {
      years: 2025, levels: NATIONAL, cmp: ">=", value: 10, raw: "tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%",
      source: N8(GOAL_2025), confidence: "secondary",
    }),
    indicator(I.NANG_SUAT, {
      years: 2025, levels: NATIONAL, cmp: ">=", value: 7, raw: "năng suất lao động hàng năm tăng tối thiểu 7%", source: N8(GOAL_2025), confidence: "secondary",
    }),
    indicator(I.CAP_QUANG_HO_GIA_DINH, {
      years: 2025, levels: NATIONAL, cmp: ">", value: 80, raw: "Hạ tầng băng rộng cáp quang phủ trên 80% hộ gia đình", source: N9(GOAL_2025), confidence: "secondary",
    }),
    indicator(I.CAP_QUANG_XA, {
      years: 2025, levels: ["national", "commune"], cmp: ">=", value: 100, raw: "[băng rộng cáp quang phủ] 100% xã", source: N9(GOAL_2025), confidence: "secondary",
    }),
    indicator(I.TAI_KHOAN_THANH_TOAN, {
      years: 2025, levels: NATIONAL, cmp: ">", value: 50, raw: "tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%",
      source: src("749/QĐ-TTg", GOAL_2025, URL.qd749Payment, `${RESEARCH} A5 (N11): a Bộ TT&TT plan repeating the 749 targets`, "2020-06-03"),
      confidence: "secondary",
    }),
  ],
};
