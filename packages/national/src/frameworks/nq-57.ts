import type { Comparator, Confidence, Framework, Level, SourceRef } from "@cdsvn/core";
import { RESEARCH, src, URL } from "../sources.ts";
import { ALL_LEVELS, indicator, NATIONAL, type TargetInput } from "./build.ts";
import { I, type IndicatorConcept } from "./indicators.ts";

/**
 * NQ 57-NQ/TW with the Government's indicator set: Annex I of NQ 03/NQ-CP (09/01/2025), replaced by
 * NQ 71/NQ-CP (01/4/2025). Two versions of one framework: a plan year takes the latest in effect.
 * NQ 71's annex was not readable: the five values a Bộ Nội vụ plan reports for NQ 71 ship as
 * "secondary", every other carried-over value as "unconfirmed".
 */

const nq57 = (article: string): SourceRef =>
  src("57-NQ/TW", article, URL.nq57, `${RESEARCH} A1 (N1); full text ${URL.nq57Text}`, "2024-12-22");
const GOAL_2030 = "Phần II, mục 2: Mục tiêu đến năm 2030";

/** NQ 57's own figures, in both versions. */
const OWN: ReadonlyArray<readonly [IndicatorConcept, TargetInput]> = [
  [I.SU_DUNG_DVCTT, { years: 2030, levels: NATIONAL, cmp: ">", value: 80, raw: "Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%", source: nq57(GOAL_2030), confidence: "confirmed" }],
  [I.KHONG_TIEN_MAT, { years: 2030, levels: NATIONAL, cmp: ">=", value: 80, raw: "giao dịch không dùng tiền mặt đạt 80%", source: nq57(GOAL_2030), confidence: "confirmed" }],
  [I.DN_DMST, { years: 2030, levels: NATIONAL, cmp: ">", value: 40, raw: "Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40%", source: nq57(GOAL_2030), confidence: "confirmed" }],
  [I.KTS_GDP, { years: 2030, levels: NATIONAL, cmp: ">=", value: 30, raw: "Quy mô kinh tế số đạt tối thiểu 30% GDP", source: nq57(GOAL_2030), confidence: "confirmed" }],
  [I.KTS_GDP, { years: 2045, levels: NATIONAL, cmp: ">=", value: 50, raw: "quy mô kinh tế số đạt tối thiểu 50% GDP", source: nq57("Phần II, mục 2: Tầm nhìn đến năm 2045"), confidence: "confirmed" }],
  [I.TFP, { years: 2030, levels: NATIONAL, cmp: ">", value: 55, raw: "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế ở mức trên 55%", source: nq57(GOAL_2030), confidence: "confirmed" }],
  [I.XEP_HANG_CPS, { years: 2030, levels: NATIONAL, cmp: "<=", value: 50, raw: "nhóm 50 nước đứng đầu thế giới về … chỉ số phát triển Chính phủ điện tử", source: nq57(GOAL_2030), confidence: "confirmed" }],
  [I.RD_GDP, { years: 2030, levels: NATIONAL, cmp: ">=", value: 2, raw: "Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GDP", source: nq57(GOAL_2030), confidence: "confirmed" }],
  [I.CHI_NGAN_SACH, { years: [2025, 2030], levels: NATIONAL, cmp: ">=", value: 3, raw: "bố trí ít nhất 3% tổng chi ngân sách hằng năm … và tăng dần", source: nq57("Phần III: Nhiệm vụ, giải pháp"), confidence: "confirmed" }],
  [I.NHAN_LUC_NC, { years: 2030, levels: NATIONAL, cmp: ">=", value: 12, raw: "Nguồn nhân lực nghiên cứu … đạt 12 người trên một vạn dân", source: nq57(GOAL_2030), confidence: "confirmed" }],
];

/** Annex I items: concept, item number, comparator, value, levels, wording. All for 2030 unless stated. */
type AnnexItem = readonly [IndicatorConcept, string, Comparator, number, readonly Level[], string, (readonly [number, number])?];
const ANNEX: readonly AnnexItem[] = [
  [I.XEP_HANG_CPS, "4–5", "<=", 50, NATIONAL, "chỉ số phát triển Chính phủ điện tử, Chính phủ số: nhóm 50 thế giới"],
  [I.KTS_GDP, "10", ">=", 30, NATIONAL, "Quy mô kinh tế số ≥ 30% GDP"],
  [I.SU_DUNG_DVCTT, "11.1", ">=", 80, ALL_LEVELS, "Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp ≥ 80%"],
  [I.DVCTT_TOAN_TRINH, "11.2", ">=", 90, ALL_LEVELS, "Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện: 90%"],
  [I.SO_HOA_HO_SO, "11.3", ">=", 100, ALL_LEVELS, "Tỉ lệ hồ sơ hợp lệ, kết quả giải quyết thủ tục hành chính được số hóa: 100%"],
  [I.KET_QUA_DIEN_TU, "11.4", ">=", 100, ALL_LEVELS, "Tỉ lệ cấp kết quả giải quyết thủ tục hành chính điện tử: 100%"],
  [I.TAI_SU_DUNG_DU_LIEU, "11.5", ">=", 80, ALL_LEVELS, "Tỉ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa: 80%"],
  [I.THANH_TOAN_TRUC_TUYEN, "11.6", ">=", 80, ALL_LEVELS, "Tỉ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công: 80%"],
  [I.PHI_DIA_GIOI, "11.7", ">=", 70, ALL_LEVELS, "Tỉ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính: 70%"],
  [I.CAT_GIAM_TTHC_CAP_PHEP, "11.8", ">=", 30, NATIONAL, "Tỉ lệ cắt giảm hoặc tự động hóa thủ tục hành chính về cấp phép ≥ 30%"],
  [I.CAT_GIAM_TTHC_NOI_BO, "11.9", ">=", 50, NATIONAL, "Tỉ lệ cắt giảm thủ tục hành chính nội bộ: 50%"],
  [I.HSCV_DIEN_TU, "11.10", ">=", 100, ALL_LEVELS, "Tỉ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử: 100%"],
  [I.NHIEM_VU_DIEN_TU, "11.11", ">=", 100, ALL_LEVELS, "Tỉ lệ nhiệm vụ được theo dõi, quản lý, giám sát trên môi trường điện tử: 100%"],
  [I.QUAN_TRI_NOI_BO, "11.12", ">=", 100, ALL_LEVELS, "Tỉ lệ các cơ quan nhà nước thực hiện chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử: 100%"],
  [I.KHONG_TIEN_MAT, "12", ">=", 80, NATIONAL, "Tỉ lệ giao dịch không dùng tiền mặt ≥ 80%"],
  [I.DN_DMST, "13", ">=", 40, NATIONAL, "Tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo ≥ 40%"],
  [I.RD_GDP, "15", ">=", 2, NATIONAL, "Kinh phí chi cho nghiên cứu phát triển (R&D): 2% GDP"],
  [I.CHI_NGAN_SACH, "17", ">=", 3, NATIONAL, "Chi ngân sách hàng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số ≥ 3% (tăng dần)", [2025, 2030]],
  [I.NHAN_LUC_NC, "18", ">=", 12, NATIONAL, "Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo: 12 người/vạn dân"],
  [I.BANG_RONG_1GB, "23.1", ">=", 100, NATIONAL, "Tỉ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s: 100%"],
  [I.PHU_SONG_5G, "23.4", ">=", 99, NATIONAL, "Phủ sóng 5G cho người dân: 99%"],
  [I.QLNN_MOI_TRUONG_SO, "26", ">=", 100, ALL_LEVELS, "Quản lý nhà nước từ Trung ương đến địa phương trên môi trường số: 100%"],
  [I.CSDL_QUOC_GIA, "27", ">=", 100, NATIONAL, "Hoàn thành xây dựng, kết nối, chia sẻ đồng bộ cơ sở dữ liệu quốc gia, cơ sở dữ liệu các ngành: 100%"],
  [I.TAI_KHOAN_THANH_TOAN, "30", ">=", 95, NATIONAL, "Dân số từ 15 tuổi trở lên có tài khoản ngân hàng ≥ 95%"],
  [I.CHU_KY_SO_CA_NHAN, "31", ">=", 70, NATIONAL, "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân ≥ 70%"],
  [I.HO_SO_SUC_KHOE, "32", ">=", 95, NATIONAL, "Tỷ lệ người dân có hồ sơ sức khỏe điện tử ≥ 95%"],
];

/** The items a Bộ Nội vụ plan reports as NQ 71 targets for 2030 (research A3). */
const NQ71_REPORTED = new Set(["11.1", "11.2", "11.3", "11.4", "11.10"]);

function build(version: "nq03" | "nq71"): Framework {
  const annexTarget = ([, item, cmp, value, levels, raw, years]: AnnexItem): TargetInput => {
    if (version === "nq03") {
      return {
        years: years ?? 2030, levels, cmp, value, raw,
        source: src("03/NQ-CP", `Phụ lục I, chỉ tiêu ${item}`, URL.nq03Annex, `${RESEARCH} A2 (N5): third-party transcription`, "2025-01-09"),
        confidence: "secondary",
      };
    }
    const reported = NQ71_REPORTED.has(item);
    const confidence: Confidence = reported ? "secondary" : "unconfirmed";
    return {
      years: years ?? 2030, levels, cmp, value, raw,
      source: src(
        "71/NQ-CP",
        `Phụ lục (như NQ 03/NQ-CP Phụ lục I, chỉ tiêu ${item})`,
        reported ? URL.nq71Targets : URL.nq71,
        reported
          ? `${RESEARCH} A3: reported as an NQ 71 target by a Bộ Nội vụ plan`
          : `${RESEARCH} A2–A3: value carried over from NQ 03/NQ-CP; whether NQ 71 changed it is UNCONFIRMED`,
        "2025-04-01",
      ),
      confidence,
    };
  };
  // One indicator per concept, with NQ 57's own figures and the annex's.
  const byCode = new Map<string, { concept: IndicatorConcept; stated: TargetInput[] }>();
  const add = (concept: IndicatorConcept, t: TargetInput) => {
    const entry = byCode.get(concept.code) ?? { concept, stated: [] };
    entry.stated.push(t);
    byCode.set(concept.code, entry);
  };
  for (const [concept, t] of OWN) add(concept, t);
  for (const item of ANNEX) add(item[0], annexTarget(item));
  const nq03 = version === "nq03";
  return {
    id: "nq-57",
    version: nq03 ? "2025-01-09" : "2025-04-01",
    title: nq03
      ? "Nghị quyết 57-NQ/TW và Chương trình hành động của Chính phủ (NQ 03/NQ-CP, Phụ lục I)"
      : "Nghị quyết 57-NQ/TW và Chương trình hành động của Chính phủ (NQ 71/NQ-CP, sửa đổi bởi NQ 11/NQ-CP)",
    level: "national",
    province: null,
    documents: [
      src("57-NQ/TW", null, URL.nq57, `${RESEARCH} A1`, "2024-12-22"),
      nq03
        ? src("03/NQ-CP", "Phụ lục I", URL.nq03Annex, `${RESEARCH} A2`, "2025-01-09")
        : src("71/NQ-CP", null, URL.nq71, `${RESEARCH} A3`, "2025-04-01"),
    ],
    years: { from: 2025, to: 2045 },
    confidence: nq03 ? "secondary" : "unconfirmed",
    effective: nq03 ? "2025-01-09" : "2025-04-01",
    notes: [
      "Phủ sóng 5G toàn quốc và đô thị thông minh là mục tiêu định tính trong NQ 57; NQ 03 lượng hóa 5G là 99% dân số.",
      "Các mục tiêu xếp hạng khác (cạnh tranh số, AI, doanh nghiệp công nghệ số, xuất khẩu công nghệ cao, HDI, công bố quốc tế, sáng chế) là cấp quốc gia, chưa lập thành chỉ tiêu riêng.",
      ...(nq03
        ? ["Bản này hiệu lực đến khi NQ 71/NQ-CP (01/4/2025) thay thế."]
        : [
            "Phụ lục của NQ 71 chưa đọc được: năm giá trị (11.1–11.4, 11.10) có nguồn thứ cấp; các giá trị khác lấy theo NQ 03 và đánh dấu chưa xác minh.",
            "NQ 11/NQ-CP (14/01/2026) sửa đổi NQ 71; nội dung chưa xác minh.",
          ]),
      "\"Đạt X\" ghi là ≥ X.",
    ],
    indicators: [...byCode.values()].map(({ concept, stated }) => indicator(concept, ...stated)),
  };
}

/**
 * NQ 57-NQ/TW's targets with the Government's indicator set of NQ 03/NQ-CP (09/01/2025): the version in
 * effect until NQ 71/NQ-CP replaced it on 01/4/2025.
 */
export const NQ_57_NQ03 = build("nq03");
/**
 * NQ 57-NQ/TW's targets with NQ 71/NQ-CP (01/4/2025), which replaced NQ 03's indicator set: five values
 * "secondary" (read in a Bộ Nội vụ plan), every other carried-over value "unconfirmed" (the annex was
 * not readable), so none drives more than an `info`.
 */
export const NQ_57_NQ71 = build("nq71");
