import type { Framework, SourceRef } from "@cdsvn/core";
import { frameworkIndicator as indicator, frameworkTarget as target } from "@cdsvn/national";

const NQ06: SourceRef = {
  document: "06-NQ/TU",
  date: "2021-11-10",
  article: "Mục tiêu đến năm 2025",
  url: "https://amp.laodong.vn/xa-hoi/thanh-hoa-phan-dau-80-dan-so-co-tai-khoan-dien-tu-972578.ldo",
  note: "press report of the resolution",
};
const Y2025 = [2025, 2025] as const;

/**
 * Thanh Hóa's frameworks. NQ 06-NQ/TU's 2025 targets come from press reports (secondary). The 2026
 * list of KH 275/KH-UBND was not visible, so 2026 and 2027 plans are held to the national
 * commune-level targets (inherited through @cdsvn/national).
 */
export const frameworks: Framework[] = [
  {
    id: "thanh-hoa-nq06-2025",
    version: "2021.11",
    title: "Chỉ tiêu chuyển đổi số tỉnh Thanh Hóa đến năm 2025 (NQ 06-NQ/TU)",
    level: "province",
    province: "thanh-hoa",
    documents: [NQ06],
    years: { from: 2025, to: 2025 },
    confidence: "secondary",
    indicators: [
      indicator("TH25-KIEM-TRA-MOI-TRUONG-MANG", "Tỷ lệ hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường mạng", "chinh-quyen-so",
        ["kiem tra", "moi truong mang|moi truong so|moi truong dien tu"], ["province", "commune"],
        [target(Y2025, "=", 50, "50%", NQ06, "secondary")]),
      indicator("TH25-TTHC-DVCTT", "Tỷ lệ hồ sơ TTHC đủ điều kiện giải quyết trực tuyến mức độ 4 được cung cấp trên Cổng dịch vụ công", "chinh-quyen-so",
        ["du dieu kien", "truc tuyen", "muc do 4|toan trinh"], ["province", "commune"],
        [target(Y2025, "=", 100, "100%", NQ06, "secondary")]),
      indicator("TH25-KET-NOI-CSDL", "Tỷ lệ hệ thống thông tin, cơ sở dữ liệu dùng chung, chuyên ngành được kết nối, chia sẻ", "chinh-quyen-so",
        ["co so du lieu", "ket noi|chia se"], ["province"],
        [target(Y2025, "=", 100, "100%", NQ06, "secondary", "province")]),
      indicator("TH25-KINH-TE-SO-GRDP", "Tỷ trọng kinh tế số trong GRDP", "kinh-te-so", ["kinh te so", "grdp"], ["province"],
        [target(Y2025, ">=", 20, "20% trở lên", NQ06, "secondary", "province")]),
      indicator("TH25-DOANH-NGHIEP-CDS", "Tỷ lệ doanh nghiệp chuyển đổi số", "kinh-te-so", ["doanh nghiep", "chuyen doi so"], ["province"],
        [target(Y2025, ">=", 50, "50% trở lên", NQ06, "secondary", "province")]),
      indicator("TH25-TAI-KHOAN-DIEN-TU", "Tỷ lệ dân số có tài khoản điện tử", "xa-hoi-so", ["tai khoan dien tu"], ["province"],
        [target(Y2025, "=", 80, "80%", { ...NQ06, note: "headline figure; its year was not confirmed" }, "unconfirmed", "province")]),
    ],
  },
];
