import type { LegalDocument, SourceRef } from "@cdsvn/core";

const research = (url: string, note?: string): SourceRef => ({ document: "shared/research/legal-frameworks.md §B3", url, note: note ?? null });
const citedBy = (plan: string): SourceRef => ({ document: plan, note: "cited by a commune plan; the document itself was not seen" });
const GIAO_AN = "Kế hoạch KHCN, ĐMST và CĐS năm 2026 xã Giao An";

/** Thanh Hóa's documents that commune plans cite. */
export const documents: LegalDocument[] = [
  {
    symbol: "06-NQ/TU", kind: "nghi-quyet", issuer: "Ban Thường vụ Tỉnh ủy Thanh Hóa", signedDate: "2021-11-10",
    title: "Về chuyển đổi số tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030", horizon: { from: 2021, to: 2030 },
    status: [], province: "thanh-hoa", confidence: "secondary",
    source: research("https://mic.gov.vn/tao-dong-luc-manh-me-de-chuyen-doi-so-nhanh-hon-197150244.htm"),
  },
  {
    symbol: "4216/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND tỉnh Thanh Hóa", signedDate: "2020-10-06",
    title: "Kế hoạch chuyển đổi số tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030", horizon: { from: 2020, to: 2030 },
    status: [], province: "thanh-hoa", confidence: "secondary", source: research("https://amp.laodong.vn/xa-hoi/thanh-hoa-phan-dau-80-dan-so-co-tai-khoan-dien-tu-972578.ldo"),
  },
  {
    symbol: "969/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND tỉnh Thanh Hóa", signedDate: "2022-03-18",
    title: "Giao chỉ tiêu số xã hoàn thành chuyển đổi số hằng năm (2022: 94; 2023: 132; 2024: 133; 2025: 118 xã, trước sắp xếp)",
    horizon: { from: 2022, to: 2025 }, status: [], province: "thanh-hoa", confidence: "secondary",
    source: research("https://muonglat.thanhhoa.gov.vn/portal/pages/print.aspx?p=6517"),
  },
  {
    symbol: "281/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Thanh Hóa", signedDate: "2022-12-10",
    title: "Chuyển đổi số tỉnh Thanh Hóa năm 2023", horizon: { from: 2023, to: 2023 }, status: [], province: "thanh-hoa", confidence: "secondary",
    source: research("https://baothanhhoa.vn/but-pha-tu-3-tru-cot-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-273622.htm"),
  },
  {
    symbol: "298/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Thanh Hóa", signedDate: "2023-12-20",
    title: "Chuyển đổi số tỉnh Thanh Hóa năm 2024", horizon: { from: 2024, to: 2024 }, status: [], province: "thanh-hoa", confidence: "secondary",
    source: research("https://baothanhhoa.vn/but-pha-tu-3-tru-cot-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-273622.htm"),
  },
  {
    symbol: "266-KH/TU", kind: "ke-hoach", issuer: "Tỉnh ủy Thanh Hóa", signedDate: null,
    title: "Kế hoạch thực hiện Nghị quyết 57-NQ/TW (54 chỉ tiêu năm 2025)", status: [], province: "thanh-hoa", confidence: "secondary",
    source: research("https://baothanhhoa.vn/but-pha-tu-3-tru-cot-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-273622.htm", "date not seen"),
  },
  {
    symbol: "130/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Thanh Hóa", signedDate: "2025-06-27",
    title: "Phong trào thi đua đổi mới sáng tạo và chuyển đổi số (QĐ 923/QĐ-TTg)", status: [], province: "thanh-hoa", confidence: "secondary",
    source: research("https://baothanhhoa.vn/cac-chi-tieu-thuc-hien-chuyen-doi-so-tinh-thanh-hoa-nam-2026-274197.htm"),
  },
  {
    symbol: "275/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Thanh Hóa", signedDate: "2025-12-31",
    title: "Chuyển đổi số tỉnh Thanh Hóa năm 2026", horizon: { from: 2026, to: 2026 }, status: [], province: "thanh-hoa", confidence: "secondary",
    source: research("https://baothanhhoa.vn/cac-chi-tieu-thuc-hien-chuyen-doi-so-tinh-thanh-hoa-nam-2026-274197.htm", "its indicator list was not visible"),
  },
  {
    symbol: "15-CTr/TU", kind: "chuong-trinh", issuer: "Tỉnh ủy Thanh Hóa", signedDate: "2026-01-13",
    title: "Chương trình tăng trưởng hai con số giai đoạn 2026–2030", horizon: { from: 2026, to: 2030 }, status: [], province: "thanh-hoa", confidence: "secondary",
    source: research("https://baothanhhoa.vn/cac-chi-tieu-thuc-hien-chuyen-doi-so-tinh-thanh-hoa-nam-2026-274197.htm"),
  },
  {
    symbol: "2273/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Thanh Hóa", signedDate: "2025-05-22",
    title: "Thực hiện Nghị quyết 71/NQ-CP về thực hiện Nghị quyết 57-NQ/TW", status: [], province: "thanh-hoa", confidence: "unconfirmed",
    source: citedBy(GIAO_AN),
  },
  {
    symbol: "101/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Thanh Hóa", signedDate: "2025-05-22",
    title: "Kế hoạch của UBND tỉnh (presumably implementing NQ 71/NQ-CP and KH 266-KH/TU)", status: [], province: "thanh-hoa", confidence: "unconfirmed",
    source: citedBy(GIAO_AN),
  },
];
