import type { Framework, SourceRef } from "@cdsvn/core";
import { RESEARCH, src, URL } from "../sources.ts";
import { indicator, NATIONAL } from "./build.ts";
import { I } from "./indicators.ts";

const DOC = "Chương trình công tác năm 2026 của Ban Chỉ đạo Trung ương về phát triển KHCN, ĐMST và CĐS";
const N6 = (): SourceRef => src(DOC, "Chỉ tiêu năm 2026", URL.bcd2026a, `${RESEARCH} A4 (N6); number and date of the programme not known (research E9); also ${URL.bcd2026b}`);
const N6only = (): SourceRef => src(DOC, "Chỉ tiêu năm 2026", URL.bcd2026a, `${RESEARCH} A4 (N6); number and date of the programme not known (research E9)`);

/** The 2026 national targets of the Ban Chỉ đạo Trung ương (programme of work for 2026). */
export const BCD_TW_2026: Framework = {
  id: "bcd-tw-2026",
  version: "2026",
  title: "Chỉ tiêu năm 2026 của Ban Chỉ đạo Trung ương về phát triển KHCN, ĐMST và CĐS",
  level: "national",
  province: null,
  documents: [N6()],
  years: { from: 2026, to: 2026 },
  confidence: "secondary",
  // Signed "early in 2026"; the date is not known, so the first press report (thanhnien, 21/02/2026) bounds it.
  effective: "2026-02-21",
  origin: "bundled",
  notes: [
    "Ngày ký chưa xác minh: lấy ngày báo đưa tin (21/02/2026) làm mốc hiệu lực, kế hoạch ban hành trước đó không bị đối chiếu.",
    "Số và ngày của Chương trình công tác năm 2026 chưa xác minh; các chỉ tiêu lấy từ báo chí (vietnamnet, thanhnien).",
    "Chỉ tiêu \"tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình\" năm 2026 bị cắt chữ trong nguồn: chưa có giá trị, không đưa vào.",
    "Xếp hạng Chính phủ điện tử: nhóm 65 thế giới (và nhóm 4 ASEAN, chưa lập chỉ tiêu riêng).",
    "\"Đạt X\" ghi là ≥ X.",
  ],
  indicators: [
    indicator(I.KTS_GDP, { years: 2026, levels: NATIONAL, cmp: ">=", value: 14.5, raw: "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP đạt 14,5%", source: N6(), confidence: "secondary" }),
    indicator(I.KHCN_GDP, { years: 2026, levels: NATIONAL, cmp: ">=", value: 17.5, raw: "Tỷ trọng đóng góp của KHCN, ĐMST, CĐS trong GDP đạt 17,5%", source: N6only(), confidence: "secondary" }),
    indicator(I.TFP, { years: 2026, levels: NATIONAL, cmp: ">=", value: 50, raw: "Tỷ trọng đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế 50%", source: N6only(), confidence: "secondary" }),
    indicator(I.XEP_HANG_CPS, { years: 2026, levels: NATIONAL, cmp: "<=", value: 65, raw: "nhóm 65 nước dẫn đầu thế giới", source: N6only(), confidence: "secondary" }),
    indicator(I.PHU_SONG_5G, { years: 2026, levels: NATIONAL, cmp: ">=", value: 70, raw: "mở rộng phủ sóng 5G đạt 70% dân số", source: N6(), confidence: "secondary" }),
    indicator(I.CAN_BO_XA_CHU_KY_SO, {
      years: 2026, levels: ["commune"], cmp: ">=", value: 100,
      raw: "100% cán bộ cấp xã có trang thiết bị đáp ứng yêu cầu công việc và có chữ ký số cá nhân", source: N6(), confidence: "secondary",
    }),
    indicator(I.HSCV_DIEN_TU, {
      years: 2026, levels: ["national", "province", "commune"], cmp: ">=", value: 100,
      raw: "100% hồ sơ công việc tại cấp bộ, tỉnh và xã được xử lý trên môi trường điện tử … sử dụng chữ ký số chuyên dùng công vụ",
      source: N6(), confidence: "secondary",
    }),
  ],
};
