import type { LegalDocument, SourceRef } from "@cdsvn/core";

const research = (url: string, note?: string): SourceRef => ({ document: "shared/research/legal-frameworks.md §B1", url, note: note ?? null });
const citedBy = (plan: string): SourceRef => ({ document: plan, note: "cited by a commune plan; the document itself was not seen" });
const KY_HOA = "Kế hoạch KHCN, ĐMST và CĐS xã Kỳ Hoa năm 2026";
const SON_HONG = "Kế hoạch KHCN, ĐMST và CĐS năm 2027 xã Sơn Hồng";

/** Hà Tĩnh's documents that commune plans cite, with where each fact was seen. */
export const documents: LegalDocument[] = [
  {
    symbol: "05-NQ/TU", kind: "nghi-quyet", issuer: "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", signedDate: "2021-10-22",
    title: "Về tập trung lãnh đạo, chỉ đạo chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2021 - 2025, định hướng đến năm 2030",
    horizon: { from: 2021, to: 2025 }, status: [], province: "ha-tinh", confidence: "confirmed",
    source: research("https://hatinh.gov.vn/chuyen-doi-so-tinh-ha-tinh/tin-bai/12498/nghi-quyet-05-nqtu-cua-ban-chap-hanh-dang-bo-tinh-ve-tap-trung-lanh-dao-chi-dao-chuyen-doi-so-tinh-ha-tinh-giai-doan-2021-2025-dinh-huong-den-nam-2030"),
  },
  {
    symbol: "424/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND tỉnh Hà Tĩnh", signedDate: "2022-02-18",
    title: "Phê duyệt Đề án Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025",
    horizon: { from: 2021, to: 2025 }, status: [], province: "ha-tinh", confidence: "confirmed",
    source: research("https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-424-QD-UBND-2022-phe-duyet-De-an-chuyen-doi-so-Ha-Tinh-2021-2025-507870.aspx"),
  },
  {
    symbol: "115/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Hà Tĩnh", signedDate: "2024-03-29",
    title: "Chuyển đổi số tỉnh Hà Tĩnh năm 2024", horizon: { from: 2024, to: 2024 }, status: [], province: "ha-tinh", confidence: "confirmed",
    source: research("https://thuviennhadat.vn/vbpl/ke-hoach-115-kh-ubnd-2024-quy-dinh-chuyen-doi-so-ha-tinh-610867.html"),
  },
  {
    symbol: "42-CTr/TU", kind: "chuong-trinh", issuer: "Ban Thường vụ Tỉnh ủy Hà Tĩnh", signedDate: "2025-04-10",
    title: "Chương trình hành động thực hiện Nghị quyết 57-NQ/TW", status: [], province: "ha-tinh", confidence: "secondary",
    source: research("https://nhansu.vn/van-ban-phap-luat/Ke-hoach-231-KH-UBND-2025-thuc-hien-Nghi-quyet-71-NQ-CP-dot-pha-phat-trien-khoa-hoc-Ha-Tinh-684792.html", "as cited in KH 231/KH-UBND; a press item speaks of a programme no. 40"),
  },
  {
    symbol: "231/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Hà Tĩnh", signedDate: "2025-05-10",
    title: "Thực hiện Nghị quyết 71/NQ-CP và Chương trình hành động 42-CTr/TU về đột phá phát triển KHCN, ĐMST và CĐS",
    status: [], province: "ha-tinh", confidence: "confirmed",
    source: research("https://nhansu.vn/van-ban-phap-luat/Ke-hoach-231-KH-UBND-2025-thuc-hien-Nghi-quyet-71-NQ-CP-dot-pha-phat-trien-khoa-hoc-Ha-Tinh-684792.html", "its targets were not visible"),
  },
  {
    symbol: "01-CTr/TU", kind: "chuong-trinh", issuer: "Tỉnh ủy Hà Tĩnh", signedDate: "2025-10-20",
    title: "Chương trình thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025–2030",
    horizon: { from: 2025, to: 2030 }, status: [], province: "ha-tinh", confidence: "secondary",
    source: research(
      "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3369-QD-UBND-2025-Ke-hoach-cai-cach-hanh-chinh-Ha-Tinh-2026-689673.html",
      "date as cited in QĐ 3369/QĐ-UBND (31/12/2025): \"Chương trình hành động số 01-CTr/TU ngày 20/10/2025\" (frameworks-2026.md C6; an earlier note had 20/11/2025)",
    ),
  },
  {
    symbol: "7580/UBND-VX1", kind: "cong-van", issuer: "UBND tỉnh Hà Tĩnh", signedDate: "2025-10-03",
    title: "Triển khai kế hoạch hoạt động năm 2025 của Ban Chỉ đạo của Chính phủ về phát triển KHCN, ĐMST, CĐS và Đề án 06",
    status: [], province: "ha-tinh", confidence: "unconfirmed", source: citedBy(KY_HOA),
  },
  {
    symbol: "11-KH/BCĐ", kind: "ke-hoach", issuer: "Ban Chỉ đạo phát triển KHCN, ĐMST và CĐS tỉnh Hà Tĩnh", signedDate: "2025-06-29",
    title: "Kế hoạch của Ban Chỉ đạo phát triển KHCN, ĐMST và CĐS tỉnh", status: [], province: "ha-tinh", confidence: "unconfirmed", source: citedBy(KY_HOA),
  },
  {
    symbol: "3063/SKHCN-CĐS", kind: "cong-van", issuer: "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", signedDate: "2025-10-23",
    title: "Hướng dẫn xây dựng Kế hoạch Chuyển đổi số năm 2026", horizon: { from: 2026, to: 2026 },
    status: [], province: "ha-tinh", confidence: "unconfirmed", source: citedBy(KY_HOA),
  },
  {
    symbol: "1796/SKHCN-VP", kind: "cong-van", issuer: "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", signedDate: "2026-06-24",
    title: "Về việc xây dựng kế hoạch và dự toán ngân sách thực hiện nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2027",
    horizon: { from: 2027, to: 2027 }, status: [], province: "ha-tinh", confidence: "unconfirmed", source: citedBy(SON_HONG),
  },
];
