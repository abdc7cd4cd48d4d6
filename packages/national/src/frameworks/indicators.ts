import type { FrameworkIndicator } from "@cdsvn/core";
import { src, URL } from "../sources.ts";

/**
 * The national indicators, once each. Several frameworks set targets for the same indicator
 * (QĐ 2629 and NQ 03 both for "DVCTT toàn trình"), so an indicator's code is the concept, shared by
 * every framework that sets it; a framework adds only its targets. Names and aliases keep the
 * wording of the source; keywords are groups that must all be present ("a|b" = either).
 * Codes are stable and never reused.
 */
export type IndicatorConcept = Omit<FrameworkIndicator, "targets">;

const concept = (c: Omit<IndicatorConcept, "aliases" | "keywords"> & Partial<Pick<IndicatorConcept, "aliases" | "keywords">>): IndicatorConcept => ({
  aliases: [],
  keywords: [],
  ...c,
});

const ALL = ["national", "province", "commune"] as const;
const NATIONAL = ["national"] as const;
const PEOPLE = ["nguoi-dan", "doanh-nghiep"];

export const I = {
  // — Chính quyền số: thủ tục hành chính and dịch vụ công (NQ 03 Annex I item 11, QĐ 2629, QĐ 749)
  DVCTT_TOAN_TRINH: concept({
    code: "CQS-DVCTT-TOAN-TRINH",
    name: "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện",
    aliases: ["Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện", "dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện"],
    keywords: ["dịch vụ công", "toàn trình"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL],
    denominator: "thủ tục hành chính có đủ điều kiện", subjects: ["thu-tuc"],
    note: "Đếm thủ tục, không đếm hồ sơ: \"tỷ lệ hồ sơ xử lý trực tuyến toàn trình\" là chỉ tiêu khác.",
  }),
  DVCTT_DA_PHUONG_TIEN: concept({
    code: "CQS-DVCTT-DA-PHUONG-TIEN",
    name: "Tỷ lệ dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động",
    keywords: ["dịch vụ công", "phương tiện truy cập|thiết bị di động"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["thu-tuc"],
    // The same date and source as the outdated-term fact "dvctt-levels-replaced" (institutions/facts.ts).
    superseded: {
      from: "2022-08-15", by: "dịch vụ công trực tuyến toàn trình / một phần",
      source: src("42/2022/NĐ-CP", null, URL.nd42en, `signed 24/6/2022, effective 15/8/2022: ${URL.nd42}`, "2022-06-24"),
    },
    note: "Chỉ tiêu 2025 của QĐ 749; \"mức độ 4\" không còn từ NĐ 42/2022/NĐ-CP (nay: toàn trình), nên không đòi kế hoạch nào theo nó.",
  }),
  SU_DUNG_DVCTT: concept({
    code: "CQS-SU-DUNG-DVCTT",
    name: "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp",
    keywords: ["sử dụng", "dịch vụ công trực tuyến"],
    excludes: ["định danh", "xác thực", "hài lòng", "toàn trình", "trưởng thành"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: PEOPLE,
  }),
  SU_DUNG_DVCTT_TRUONG_THANH: concept({
    code: "XHS-DAN-TRUONG-THANH-SU-DUNG-DVCTT",
    name: "Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến",
    keywords: ["sử dụng", "dịch vụ công trực tuyến", "trưởng thành"],
    excludes: ["định danh", "xác thực", "hài lòng"],
    pillar: "xa-hoi-so", unit: "%", levels: [...NATIONAL], subjects: ["nguoi-dan"],
    note: "QĐ 411; khác chỉ tiêu \"sử dụng DVCTT của người dân và doanh nghiệp\" của NQ 57 (không gộp).",
  }),
  SO_HOA_HO_SO: concept({
    code: "CQS-SO-HOA-HO-SO-KET-QUA",
    name: "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
    aliases: ["Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Tỉ lệ hồ sơ hợp lệ, kết quả giải quyết thủ tục hành chính được số hóa"],
    keywords: ["số hóa", "hồ sơ|kết quả", "thủ tục hành chính"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["ho-so", "ket-qua"],
  }),
  KET_QUA_DIEN_TU: concept({
    code: "CQS-KET-QUA-DIEN-TU",
    name: "Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử",
    keywords: ["kết quả", "điện tử", "thủ tục hành chính|thủ tục"],
    excludes: ["số hóa"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["ket-qua", "ho-so", "thu-tuc"],
  }),
  TAI_SU_DUNG_DU_LIEU: concept({
    code: "CQS-TAI-SU-DUNG-DU-LIEU",
    name: "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa",
    keywords: ["sử dụng lại|tái sử dụng", "thông tin|dữ liệu"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL],
  }),
  THANH_TOAN_TRUC_TUYEN: concept({
    code: "CQS-THANH-TOAN-TRUC-TUYEN",
    name: "Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công",
    keywords: ["thanh toán", "thủ tục hành chính|dịch vụ công"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL],
  }),
  PHI_DIA_GIOI: concept({
    code: "CQS-PHI-DIA-GIOI",
    name: "Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính",
    keywords: ["phi địa giới|không phụ thuộc địa giới"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["thu-tuc", "ho-so"],
  }),
  CAT_GIAM_TTHC_CAP_PHEP: concept({
    code: "CQS-CAT-GIAM-TTHC-CAP-PHEP",
    name: "Tỷ lệ cắt giảm hoặc tự động hóa thủ tục hành chính về cấp phép",
    keywords: ["cắt giảm|tự động hóa", "cấp phép"], excludes: ["nội bộ"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...NATIONAL],
  }),
  CAT_GIAM_TTHC_NOI_BO: concept({
    code: "CQS-CAT-GIAM-TTHC-NOI-BO",
    name: "Tỷ lệ cắt giảm thủ tục hành chính nội bộ",
    keywords: ["cắt giảm", "nội bộ"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...NATIONAL],
  }),
  HSCV_DIEN_TU: concept({
    code: "CQS-HSCV-DIEN-TU",
    name: "Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử",
    aliases: [
      "hồ sơ công việc tại cấp bộ, tỉnh, cấp xã được xử lý trên môi trường điện tử",
      "hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng",
    ],
    keywords: ["hồ sơ công việc", "điện tử|môi trường mạng|trên mạng|ký số|chữ ký số"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["ho-so-cong-viec"],
    note: "Trừ hồ sơ thuộc phạm vi bí mật nhà nước. Đếm hồ sơ công việc, không đếm văn bản: \"100% văn bản … dưới dạng điện tử\" là chỉ tiêu khác.",
  }),
  NHIEM_VU_DIEN_TU: concept({
    code: "CQS-NHIEM-VU-DIEN-TU",
    name: "Tỷ lệ nhiệm vụ được theo dõi, quản lý, giám sát trên môi trường điện tử",
    keywords: ["nhiệm vụ", "theo dõi|giám sát", "điện tử|dữ liệu số|môi trường số|môi trường mạng"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["nhiem-vu"],
  }),
  QUAN_TRI_NOI_BO: concept({
    code: "CQS-QUAN-TRI-NOI-BO",
    name: "Tỷ lệ các cơ quan nhà nước thực hiện chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử",
    keywords: ["quản trị nội bộ|chỉ đạo điều hành|quản trị điều hành", "điện tử|môi trường số|môi trường mạng|phần mềm"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["co-quan"],
  }),
  QLNN_MOI_TRUONG_SO: concept({
    code: "CQS-QLNN-MOI-TRUONG-SO",
    name: "Quản lý nhà nước từ Trung ương đến địa phương trên môi trường số",
    keywords: ["quản lý nhà nước", "môi trường số"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL],
  }),
  CUNG_CAP_MOT_LAN: concept({
    code: "CQS-CUNG-CAP-MOT-LAN",
    name: "Tỷ lệ thông tin, giấy tờ, tài liệu trong các thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh chỉ cung cấp một lần",
    keywords: ["cung cấp một lần"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL],
  }),
  HAI_LONG_DVCTT: concept({
    code: "CQS-HAI-LONG-DVCTT",
    name: "Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến",
    keywords: ["hài lòng", "dịch vụ công trực tuyến"],
    excludes: ["sự phục vụ", "phục vụ của cơ quan", "giải quyết thủ tục hành chính"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: PEOPLE,
    note: "Khác chỉ số hài lòng về giải quyết thủ tục hành chính, phục vụ của cơ quan hành chính (cải cách hành chính).",
  }),
  CSDL_QUOC_GIA: concept({
    code: "CQS-CSDL-QUOC-GIA",
    name: "Tỷ lệ cơ sở dữ liệu quốc gia được hoàn thành và kết nối, chia sẻ",
    keywords: ["cơ sở dữ liệu quốc gia"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...NATIONAL],
  }),
  XEP_HANG_CPS: concept({
    code: "CQS-XEP-HANG-EGDI",
    name: "Xếp hạng chỉ số phát triển Chính phủ điện tử, Chính phủ số (EGDI) trên thế giới",
    keywords: ["chính phủ điện tử|chính phủ số", "xếp hạng|nhóm|dẫn đầu"],
    pillar: "chinh-quyen-so", unit: "rank", levels: [...NATIONAL],
  }),
  NEN_TANG_DUNG_CHUNG: concept({
    code: "CQS-NEN-TANG-SO-DUNG-CHUNG",
    name: "Tỷ lệ nền tảng số quốc gia, nền tảng số dùng chung của ngành, lĩnh vực được hoàn thành và đưa vào sử dụng thống nhất từ Trung ương đến địa phương",
    keywords: ["nền tảng số", "dùng chung|quốc gia", "hoàn thành|đưa vào sử dụng"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...NATIONAL],
  }),
  BAO_CAO_HTTT: concept({
    code: "CQS-BAO-CAO-HTTT",
    name: "Tỷ lệ chế độ báo cáo của các cơ quan được thực hiện trên Hệ thống thông tin báo cáo",
    keywords: ["chế độ báo cáo|báo cáo", "hệ thống thông tin báo cáo"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL],
  }),
  QUAN_TRI_DU_LIEU_CAP_DO: concept({
    code: "CQS-QUAN-TRI-DU-LIEU-CAP-DO",
    name: "Tỷ lệ bộ, ngành, địa phương đạt cấp độ mức độ trưởng thành về quản trị dữ liệu",
    keywords: ["trưởng thành", "quản trị dữ liệu"],
    pillar: "chinh-quyen-so", unit: "%", levels: ["national", "province"],
  }),
  DVCTT_CHU_DONG: concept({
    code: "CQS-DVCTT-CHU-DONG-AI",
    name: "Tỷ lệ dịch vụ công trực tuyến thiết yếu được triển khai ở mức chủ động, được AI hỗ trợ cá thể hóa",
    keywords: ["dịch vụ công", "chủ động|cá thể hóa"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL],
  }),
  DU_LIEU_MO: concept({
    code: "CQS-DU-LIEU-MO",
    name: "Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở đúng chuẩn",
    keywords: ["dữ liệu mở"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["co-quan"],
  }),
  KET_NOI_CHIA_SE: concept({
    code: "CQS-HTTT-KET-NOI-CHIA-SE",
    name: "Tỷ lệ hệ thống thông tin được kết nối, chia sẻ dữ liệu qua dịch vụ chia sẻ dữ liệu",
    keywords: ["hệ thống thông tin", "kết nối|chia sẻ"],
    excludes: ["báo cáo"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["he-thong"],
  }),
  UNG_DUNG_AI: concept({
    code: "CQS-UNG-DUNG-AI-CHI-DAO",
    name: "Tỷ lệ cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng trí tuệ nhân tạo phục vụ công tác chỉ đạo, điều hành",
    keywords: ["trí tuệ nhân tạo|ai", "chỉ đạo|điều hành"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["co-quan"],
  }),
  AN_NINH_MANG_CAP_DO: concept({
    code: "ATTT-HTTT-CAP-DO",
    name: "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất bảo đảm an ninh mạng theo cấp độ trước khi đưa vào vận hành",
    keywords: ["cấp độ", "an ninh mạng|an toàn thông tin", "hồ sơ đề xuất|phê duyệt"],
    pillar: "an-toan-thong-tin", unit: "%", levels: [...ALL], subjects: ["he-thong"],
  }),
  TTHC_DOANH_NGHIEP_TRUC_TUYEN: concept({
    code: "CQS-TTHC-DOANH-NGHIEP-TRUC-TUYEN",
    name: "Tỷ lệ thủ tục hành chính liên quan đến doanh nghiệp được thực hiện trực tuyến",
    keywords: ["thủ tục hành chính", "doanh nghiệp", "trực tuyến"],
    excludes: ["hài lòng", "đào tạo"],
    pillar: "chinh-quyen-so", unit: "%", levels: [...ALL], subjects: ["thu-tuc"],
  }),
  // — Nhân lực
  CBCCVC_KY_NANG_SO: concept({
    code: "NL-CBCCVC-KY-NANG-SO",
    name: "Tỷ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản",
    aliases: ["cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số"],
    keywords: ["cán bộ|công chức|viên chức", "kỹ năng số"],
    pillar: "nhan-luc", unit: "%", levels: [...ALL], subjects: ["can-bo"],
    note: "Khác chỉ tiêu kỹ năng số của người dân trong độ tuổi lao động.",
  }),
  CHUNG_CHI_QUAN_TRI_DU_LIEU: concept({
    code: "NL-CHUNG-CHI-QUAN-TRI-DU-LIEU",
    name: "Tỷ lệ cán bộ chuyên trách về công nghệ thông tin, chuyển đổi số được đào tạo đạt chứng chỉ quản trị dữ liệu cơ bản",
    keywords: ["chứng chỉ", "quản trị dữ liệu"],
    pillar: "nhan-luc", unit: "%", levels: [...ALL], subjects: ["can-bo"],
  }),
  LANH_DAO_CHUYEN_MON_SO: concept({
    code: "NL-LANH-DAO-CHUYEN-MON-CDS",
    name: "Tỷ lệ lãnh đạo của từng cơ quan, tổ chức có chuyên môn, kinh nghiệm về khoa học, kỹ thuật, chuyển đổi số",
    keywords: ["lãnh đạo", "chuyên môn|kinh nghiệm", "chuyển đổi số|khoa học"],
    pillar: "nhan-luc", unit: "%", levels: [...ALL],
  }),
  CAN_BO_BINH_DAN_HOC_VU_SO: concept({
    code: "NL-CAN-BO-BINH-DAN-HOC-VU-SO",
    name: "Số cán bộ, công chức cấp xã tham gia đào tạo, tập huấn trên nền tảng Bình dân học vụ số",
    keywords: ["bình dân học vụ số", "cán bộ|công chức"],
    pillar: "nhan-luc", unit: "count", levels: ["commune"],
  }),
  CAN_BO_XA_CHU_KY_SO: concept({
    code: "NL-CAN-BO-XA-THIET-BI-CHU-KY-SO",
    name: "Tỷ lệ cán bộ cấp xã có trang thiết bị đáp ứng yêu cầu công việc và có chữ ký số cá nhân",
    aliases: ["cán bộ, công chức, viên chức cấp xã được bố trí trang thiết bị đáp ứng yêu cầu công việc và có chữ ký số cá nhân"],
    keywords: ["cán bộ|công chức", "chữ ký số cá nhân|trang thiết bị"],
    excludes: ["kỹ năng số"],
    pillar: "nhan-luc", unit: "%", levels: ["commune"], subjects: ["can-bo"],
  }),
  // — Kinh tế số
  KTS_GDP: concept({
    code: "KTS-TY-TRONG-GDP",
    name: "Tỷ trọng kinh tế số trong GDP",
    aliases: ["Quy mô kinh tế số", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP"],
    keywords: ["kinh tế số", "gdp|grdp|tỷ trọng|quy mô"], excludes: ["từng ngành"],
    pillar: "kinh-te-so", unit: "% GDP", levels: [...NATIONAL],
  }),
  KTS_NGANH: concept({
    code: "KTS-TY-TRONG-NGANH",
    name: "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực",
    keywords: ["kinh tế số", "từng ngành|ngành, lĩnh vực"],
    pillar: "kinh-te-so", unit: "%", levels: [...NATIONAL],
  }),
  NANG_SUAT: concept({
    code: "KTS-NANG-SUAT-LAO-DONG",
    name: "Tốc độ tăng năng suất lao động hằng năm",
    keywords: ["năng suất lao động", "tăng"],
    pillar: "kinh-te-so", unit: "%/năm", levels: [...NATIONAL],
  }),
  TMDT: concept({
    code: "KTS-TMDT-BAN-LE",
    name: "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ",
    keywords: ["thương mại điện tử", "bán lẻ"],
    pillar: "kinh-te-so", unit: "%", levels: [...NATIONAL],
  }),
  DNNVV_NEN_TANG_SO: concept({
    code: "KTS-DNNVV-NEN-TANG-SO",
    name: "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
    keywords: ["doanh nghiệp nhỏ và vừa|doanh nghiệp vừa và nhỏ|cơ sở sản xuất kinh doanh", "nền tảng số|công nghệ số"],
    pillar: "kinh-te-so", unit: "%", levels: [...NATIONAL], subjects: ["doanh-nghiep"],
  }),
  KHONG_TIEN_MAT: concept({
    code: "KTS-GIAO-DICH-KHONG-TIEN-MAT",
    name: "Tỷ lệ giao dịch không dùng tiền mặt",
    keywords: ["không dùng tiền mặt"],
    pillar: "kinh-te-so", unit: "%", levels: [...NATIONAL], subjects: ["giao-dich"],
  }),
  // — Xã hội số
  TAI_KHOAN_THANH_TOAN: concept({
    code: "XHS-TAI-KHOAN-THANH-TOAN",
    name: "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
    aliases: ["tỷ lệ dân số có tài khoản thanh toán điện tử", "Dân số từ 15 tuổi trở lên có tài khoản ngân hàng"],
    keywords: ["tài khoản", "thanh toán|ngân hàng"],
    pillar: "xa-hoi-so", unit: "%", levels: [...NATIONAL], subjects: ["nguoi-dan"],
  }),
  CHU_KY_SO_CA_NHAN: concept({
    code: "XHS-CHU-KY-SO",
    name: "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
    keywords: ["chữ ký số|chữ ký điện tử|chứng thư"],
    pillar: "xa-hoi-so", unit: "%", levels: [...NATIONAL], subjects: ["nguoi-dan"],
  }),
  HO_SO_SUC_KHOE: concept({
    code: "XHS-HO-SO-SUC-KHOE",
    name: "Tỷ lệ người dân có hồ sơ sức khỏe điện tử",
    keywords: ["sức khỏe điện tử"],
    pillar: "xa-hoi-so", unit: "%", levels: [...NATIONAL], subjects: ["nguoi-dan"],
  }),
  DIEN_THOAI_THONG_MINH: concept({
    code: "XHS-DIEN-THOAI-THONG-MINH",
    name: "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
    keywords: ["điện thoại thông minh"],
    pillar: "xa-hoi-so", unit: "%", levels: [...NATIONAL], subjects: ["nguoi-dan"],
  }),
  KY_NANG_SO: concept({
    code: "XHS-KY-NANG-SO",
    name: "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản",
    keywords: ["kỹ năng số"],
    pillar: "xa-hoi-so", unit: "%", levels: [...NATIONAL], subjects: ["nguoi-dan"],
  }),
  // — Hạ tầng
  PHU_SONG_5G: concept({
    code: "HT-PHU-SONG-5G",
    name: "Tỷ lệ phủ sóng 5G cho người dân",
    keywords: ["5g"],
    pillar: "ha-tang", unit: "% dân số", levels: [...NATIONAL],
  }),
  CAP_QUANG_HO_GIA_DINH: concept({
    code: "HT-BANG-RONG-HO-GIA-DINH",
    name: "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang",
    keywords: ["hộ gia đình", "băng rộng|cáp quang"],
    pillar: "ha-tang", unit: "% hộ gia đình", levels: [...NATIONAL],
  }),
  CAP_QUANG_XA: concept({
    code: "HT-CAP-QUANG-XA",
    name: "Tỷ lệ xã có hạ tầng băng rộng cáp quang",
    keywords: ["cáp quang|băng rộng", "trung tâm xã|các xã|100% xã"], excludes: ["hộ gia đình"],
    pillar: "ha-tang", unit: "% xã", levels: ["national"], aggregate: true,
    note: "Tỷ lệ trên tổng số xã: cả nước (hoặc cả tỉnh) đạt, không đòi từng xã.",
  }),
  BANG_RONG_1GB: concept({
    code: "HT-BANG-RONG-1GB",
    name: "Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s",
    keywords: ["băng rộng cố định", "1gb"],
    pillar: "ha-tang", unit: "%", levels: [...NATIONAL],
  }),
  // — KHCN, ĐMST
  DN_DMST: concept({
    code: "KHCN-DN-DMST",
    name: "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo",
    keywords: ["doanh nghiệp", "đổi mới sáng tạo"],
    pillar: "khcn-dmst", unit: "%", levels: [...NATIONAL], subjects: ["doanh-nghiep"],
  }),
  CHI_NGAN_SACH: concept({
    code: "KHCN-CHI-NGAN-SACH",
    name: "Chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số",
    keywords: ["ngân sách", "khoa học|chuyển đổi số"],
    pillar: "khcn-dmst", unit: "% tổng chi ngân sách", levels: [...NATIONAL],
    note: "NQ 57: tối thiểu 3% tổng chi ngân sách hằng năm, tăng dần; địa phương được kỳ vọng làm theo.",
  }),
  RD_GDP: concept({
    code: "KHCN-CHI-RD-GDP",
    name: "Kinh phí chi cho nghiên cứu phát triển (R&D) so với GDP",
    keywords: ["nghiên cứu phát triển|r d", "gdp|kinh phí"],
    pillar: "khcn-dmst", unit: "% GDP", levels: [...NATIONAL],
  }),
  NHAN_LUC_NC: concept({
    code: "KHCN-NHAN-LUC-NGHIEN-CUU",
    name: "Nguồn nhân lực nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo trên một vạn dân",
    keywords: ["nhân lực nghiên cứu", "vạn dân|10.000"],
    pillar: "khcn-dmst", unit: "người/10.000 dân", levels: [...NATIONAL],
  }),
  TFP: concept({
    code: "KHCN-TFP",
    name: "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế",
    keywords: ["năng suất nhân tố tổng hợp|tfp"],
    pillar: "khcn-dmst", unit: "%", levels: [...NATIONAL],
  }),
  KHCN_GDP: concept({
    code: "KHCN-DONG-GOP-GDP",
    name: "Tỷ trọng đóng góp của khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số trong GDP",
    keywords: ["đóng góp", "khoa học", "gdp"],
    pillar: "khcn-dmst", unit: "% GDP", levels: [...NATIONAL],
  }),
} as const satisfies Record<string, IndicatorConcept>;
