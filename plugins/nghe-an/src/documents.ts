import type { LegalDocument, SourceRef } from "@cdsvn/core";

const research = (url: string, note?: string): SourceRef => ({ document: "shared/research/legal-frameworks.md §B4", url, note: note ?? null });
const citedBy = (plan: string): SourceRef => ({ document: plan, note: "cited by a commune plan; the document itself was not seen" });
const HOP_MINH = "Kế hoạch triển khai công tác chuyển đổi số trên địa bàn xã Hợp Minh (2025)";

/** The date press reports give NQ 09-NQ/TU; "15/10/2021", which plans also write, is doubtful. */
export const NQ09_DATE = "2022-08-05";
export const NQ09_DOUBTFUL_DATE = "2021-10-15";

/** Nghệ An's documents that commune plans cite. */
export const documents: LegalDocument[] = [
  {
    symbol: "09-NQ/TU", kind: "nghi-quyet", issuer: "Ban Chấp hành Đảng bộ tỉnh Nghệ An", signedDate: NQ09_DATE,
    title: "Về chuyển đổi số tỉnh Nghệ An đến năm 2025, tầm nhìn đến năm 2030", horizon: { from: 2022, to: 2030 },
    status: [], province: "nghe-an", confidence: "secondary",
    source: research("https://baonghean.vn/en/nghe-an-ban-hanh-ke-hoach-chuyen-doi-so-den-nam-2025-10243553.html",
      "press gives 05/8/2022; a 2022 article shows the resolution still being drafted in May 2022, so the date 15/10/2021 seen in plans is doubtful"),
  },
  {
    symbol: "586/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Nghệ An", signedDate: "2022",
    title: "Thực hiện Nghị quyết 09-NQ/TU về chuyển đổi số tỉnh Nghệ An", status: [], province: "nghe-an", confidence: "secondary",
    source: research("https://baonghean.vn/en/nghe-an-ban-hanh-ke-hoach-chuyen-doi-so-den-nam-2025-10243553.html"),
  },
  {
    symbol: "122/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Nghệ An", signedDate: "2021-10-22",
    title: "Thực hiện Nghị quyết 09-NQ/TU (as cited by commune plans)", status: [], province: "nghe-an", confidence: "unconfirmed",
    source: citedBy(HOP_MINH),
  },
  {
    symbol: "1082/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND tỉnh Nghệ An", signedDate: "2023-04-19",
    title: "Bộ chỉ số đánh giá chuyển đổi số của các sở, ban, ngành, các huyện, thành phố, thị xã và các xã, phường, thị trấn",
    status: [], province: "nghe-an", confidence: "confirmed",
    source: research("https://hethongphapluat.vn/quyet-dinh-1082-qd-ubnd-nam-2023-ve-bo-chi-so-danh-gia-chuyen-doi-so-cua-cac-so-ban-nganh-cac-huyen-thanh-pho-thi-xa-va-cac-xa-phuong-thi-tran-tinh-nghe-an.html"),
  },
  {
    symbol: "3050/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND tỉnh Nghệ An", signedDate: "2024-11-12",
    title: "Đề án chuyển đổi số tỉnh Nghệ An đến năm 2030", horizon: { from: 2024, to: 2030 }, status: [], province: "nghe-an", confidence: "confirmed",
    source: research("https://uat.nhansu.vn/van-ban-phap-luat/Quyet-dinh-3050-QD-UBND-2024-De-an-chuyen-doi-so-Nghe-An-den-2030-679819.html", "its targets were not visible"),
  },
  {
    symbol: "328-KH/TU", kind: "ke-hoach", issuer: "Ban Chấp hành Đảng bộ tỉnh Nghệ An", signedDate: "2025-04-24",
    title: "Kế hoạch hành động thực hiện Nghị quyết 57-NQ/TW", status: [], province: "nghe-an", confidence: "confirmed",
    source: research("https://nhansu.vn/van-ban-phap-luat/Ke-hoach-348-KH-UBND-2025-trien-khai-Nghi-quyet-71-NQ-CP-doi-moi-sang-tao-Nghe-An-676331.html"),
  },
  {
    symbol: "348/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Nghệ An", signedDate: "2025-05-14",
    title: "Triển khai Nghị quyết 71/NQ-CP và Kế hoạch 328-KH/TU về đột phá phát triển KHCN, ĐMST và CĐS", status: [], province: "nghe-an", confidence: "confirmed",
    source: research("https://nhansu.vn/van-ban-phap-luat/Ke-hoach-348-KH-UBND-2025-trien-khai-Nghi-quyet-71-NQ-CP-doi-moi-sang-tao-Nghe-An-676331.html"),
  },
  {
    symbol: "507/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Nghệ An", signedDate: "2025-06-27",
    title: "Triển khai Kế hoạch 02-KH/BCĐTW về thúc đẩy chuyển đổi số liên thông, đồng bộ cho mô hình chính quyền 2 cấp", status: [], province: "nghe-an", confidence: "confirmed",
    source: research("https://hethongphapluat.vn/ke-hoach-507-kh-ubnd-nam-2025-trien-khai-ke-hoach-02-kh-bcdtw-ve-thuc-day-chuyen-doi-so-lien-thong-dong-bo-nhanh-hieu-qua-dap-ung-yeu-cau-sap-xep-to-chuc-bo-may-chinh-quyen-theo-mo-hinh-02-cap-tren-dia-ban-tinh-nghe-an.html"),
  },
  {
    symbol: "1174/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Nghệ An", signedDate: "2025-12-31",
    title: "Chuyển đổi số tỉnh Nghệ An năm 2026", horizon: { from: 2026, to: 2026 }, status: [], province: "nghe-an", confidence: "confirmed",
    source: research("https://nhansu.vn/van-ban-phap-luat/Ke-hoach-1174-KH-UBND-2025-chuyen-doi-so-Nghe-An-nam-2026-689060.html", "its indicators were not visible"),
  },
  {
    symbol: "4520/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND tỉnh Nghệ An", signedDate: "2025-12-31",
    title: "Phê duyệt Khung kiến trúc số tỉnh Nghệ An", status: [], province: "nghe-an", confidence: "confirmed",
    source: research("https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4520-QD-UBND-2025-phe-duyet-Khung-kien-truc-so-Nghe-An-689137.html"),
  },
];
