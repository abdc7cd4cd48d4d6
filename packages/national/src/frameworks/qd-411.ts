import type { Framework, SourceRef } from "@cdsvn/core";
import { RESEARCH, src, URL } from "../sources.ts";
import { indicator, NATIONAL, type TargetInput } from "./build.ts";
import { I, type IndicatorConcept } from "./indicators.ts";

const N13 = (article: string): SourceRef => src("411/QĐ-TTg", article, URL.qd411, `${RESEARCH} A10 (N13)`, "2022-03-31");
const N14 = (article: string): SourceRef => src("411/QĐ-TTg", article, URL.qd411b, `${RESEARCH} A10 (N14)`, "2022-03-31");
const G25 = "Mục tiêu cơ bản đến năm 2025";
const G30 = "Tầm nhìn đến năm 2030";

const pair = (
  concept: IndicatorConcept,
  cmp: TargetInput["cmp"],
  v25: number | null,
  v30: number | null,
  raw: string,
  source: (article: string) => SourceRef,
) => {
  const stated: TargetInput[] = [];
  if (v25 !== null) stated.push({ years: 2025, levels: NATIONAL, cmp, value: v25, raw: `${raw} ${v25}%`, source: source(G25), confidence: "secondary" });
  if (v30 !== null) stated.push({ years: 2030, levels: NATIONAL, cmp, value: v30, raw: `${raw} ${v30}%`, source: source(G30), confidence: "secondary" });
  return indicator(concept, ...stated);
};

/** QĐ 411/QĐ-TTg: Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng 2030. */
export const QD_411: Framework = {
  id: "qd-411",
  version: "2022-03-31",
  title: "Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 (QĐ 411/QĐ-TTg)",
  level: "national",
  province: null,
  documents: [src("411/QĐ-TTg", null, URL.qd411, `${RESEARCH} A10`, "2022-03-31")],
  years: { from: 2022, to: 2030 },
  confidence: "secondary",
  effective: "2022-03-31",
  notes: [
    "Chỉ tiêu \"sử dụng dịch vụ công trực tuyến\" của QĐ 411 (trên 50% / trên 70% dân số trưởng thành) khác chỉ tiêu của NQ 57 (trên 80% người dân và doanh nghiệp): không gộp.",
    "\"Đạt X\" ghi là ≥ X.",
  ],
  indicators: [
    pair(I.KTS_GDP, ">=", 20, 30, "tỷ trọng kinh tế số đạt", N13),
    pair(I.TMDT, ">", 10, 20, "tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên", N13),
    pair(I.DNNVV_NEN_TANG_SO, ">", 50, 70, "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt trên", N13),
    pair(I.CHU_KY_SO_CA_NHAN, ">", 50, 70, "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt trên", N13),
    pair(I.SU_DUNG_DVCTT_TRUONG_THANH, ">", 50, 70, "sử dụng dịch vụ công trực tuyến đạt trên", N13),
    pair(I.HO_SO_SUC_KHOE, ">=", 90, 95, "tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt", N13),
    pair(I.DIEN_THOAI_THONG_MINH, ">=", 80, null, "tỷ lệ dân số trưởng thành có điện thoại thông minh đạt", N14),
    pair(I.TAI_KHOAN_THANH_TOAN, ">=", 80, null, "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng … đạt", N14),
    pair(I.KY_NANG_SO, ">", 70, null, "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản đạt trên", N14),
    pair(I.CAP_QUANG_HO_GIA_DINH, ">=", 80, null, "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang đạt", N14),
  ],
};
