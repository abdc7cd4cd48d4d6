import type { Framework, SourceRef } from "@cdsvn/core";
import { frameworkIndicator as indicator, frameworkTarget as target } from "@cdsvn/national";

const NQ05: SourceRef = {
  document: "05-NQ/TU",
  date: "2021-10-22",
  article: "Mục tiêu đến năm 2025",
  url: "https://hatinh.gov.vn/chuyen-doi-so-tinh-ha-tinh/tin-bai/12498/nghi-quyet-05-nqtu-cua-ban-chap-hanh-dang-bo-tinh-ve-tap-trung-lanh-dao-chi-dao-chuyen-doi-so-tinh-ha-tinh-giai-doan-2021-2025-dinh-huong-den-nam-2030",
};
/**
 * The commune work-file figure was read only in copies of a news article on sites that are not news
 * publishers (so no address is given); the original article was not found. Unconfirmed: info at most.
 */
const PLAN_2021_2025: SourceRef = {
  document: "Kế hoạch chuyển đổi số trong xây dựng nông thôn mới tỉnh Hà Tĩnh đến năm 2025 (theo tin báo chí, bản chép)",
  url: null,
  note: "seen only in copies of a news article on sites that are not publishers (shared/research/frameworks-2026.md B1, H10); wording \"ít nhất\"; verify",
};
const Y2025 = [2025, 2025] as const;

/**
 * Hà Tĩnh's frameworks. Only the 2025 targets of NQ 05-NQ/TU are public; the province's 2026 list
 * (CV 3063/SKHCN-CĐS) and 2027 guidance (CV 1796/SKHCN-VP) were not seen, so 2026 and 2027 plans are
 * held to the national commune-level targets (inherited through @cdsvn/national) and to the rule
 * ha-tinh/budget-estimate.
 */
export const frameworks: Framework[] = [
  {
    id: "ha-tinh-nq05-2025",
    version: "2021.10",
    title: "Chỉ tiêu chuyển đổi số tỉnh Hà Tĩnh đến năm 2025 (NQ 05-NQ/TU)",
    level: "province",
    province: "ha-tinh",
    documents: [NQ05],
    years: { from: 2025, to: 2025 },
    confidence: "confirmed",
    indicators: [
      indicator("HT-CBCCVC-KY-NANG-SO", "Tỷ lệ cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kiến thức và kỹ năng số", "nhan-luc",
        ["can bo|cong chuc", "ky nang so"], ["province", "commune"],
        [target(Y2025, "=", 100, "100%", NQ05, "confirmed")]),
      indicator("HT-CAN-BO-CNTT", "Tỷ lệ cơ quan nhà nước cấp xã có cán bộ phụ trách công nghệ thông tin đủ tiêu chuẩn", "nhan-luc",
        ["can bo", "cong nghe thong tin|chuyen doi so", "phu trach|chuyen trach"], ["province", "commune"],
        [target(Y2025, "=", 100, "100%", NQ05, "confirmed")]),
      indicator("HT-HO-SO-TRUC-TUYEN", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và thụ lý trực tuyến", "chinh-quyen-so",
        ["ho so", "thu tuc hanh chinh", "truc tuyen"], ["province", "commune"],
        [target(Y2025, ">", 50, "trên 50%", NQ05, "confirmed")], { excludes: ["toan trinh", "dao tao"] }),
      indicator("HT-DVCTT-DA-PHUONG-TIEN", "Tỷ lệ dịch vụ công trực tuyến được cung cấp trên nhiều phương tiện truy cập, kể cả thiết bị di động", "chinh-quyen-so",
        ["dich vu cong truc tuyen", "phuong tien|thiet bi di dong"], ["province", "commune"],
        [target(Y2025, "=", 80, "80%", NQ05, "confirmed")]),
      indicator("HT-TTHC-DVCTT", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 4 (nay: toàn trình)", "chinh-quyen-so",
        ["du dieu kien", "dich vu cong truc tuyen", "muc do 4|toan trinh"], ["province", "commune"],
        [target(Y2025, "=", 100, "100%", NQ05, "confirmed")]),
      indicator("HT-HO-SO-CONG-VIEC-XA", "Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng", "chinh-quyen-so",
        ["ho so cong viec", "moi truong mang|moi truong dien tu|dien tu"], ["province", "commune"],
        [target(Y2025, ">=", 60, "ít nhất 60%", PLAN_2021_2025, "unconfirmed"), target(Y2025, ">=", 90, "ít nhất 90%", PLAN_2021_2025, "unconfirmed", "province")]),
      indicator("HT-DTI-CHINH-PHU-SO", "Nhóm 20 tỉnh, thành phố có chỉ số cao về Chính phủ số", "chinh-quyen-so",
        ["chinh phu so", "nhom"], ["province"],
        [target(Y2025, "<=", 20, "nhóm 20", NQ05, "confirmed", "province")], { unit: "rank" }),
    ],
  },
];
