import type { LegalDocument, SourceRef } from "@cdsvn/core";

const research = (url: string, note?: string): SourceRef => ({ document: "shared/research/legal-frameworks.md §B2", url, note: note ?? null });
const citedBy = (plan: string): SourceRef => ({ document: plan, note: "cited by a commune plan; the document itself was not seen" });
const TAN_KY = "Kế hoạch Chuyển đổi số xã Tân Kỳ năm 2026";
const MERGED = { from: "2025-07-01", status: "replaced" as const, by: "12-KH/TU",
  source: { document: "NQ 202/2025/QH15", note: "Hải Dương merged into Hải Phòng from 01/7/2025" }, confidence: "confirmed" as const };

/** Hải Phòng's documents that commune plans cite; the Hải Dương ones are history since the merger. */
export const documents: LegalDocument[] = [
  {
    symbol: "03-NQ/TU", kind: "nghi-quyet", issuer: "Ban Thường vụ Thành ủy Hải Phòng", signedDate: "2021-10-26",
    title: "Về chuyển đổi số thành phố Hải Phòng đến năm 2025, định hướng đến năm 2030", horizon: { from: 2021, to: 2025 },
    status: [], province: "hai-phong", confidence: "confirmed",
    source: research("https://mic.gov.vn/nghi-quyet-ve-chuyen-doi-so-thanh-pho-hai-phong-den-nam-2025-dinh-huong-den-nam-2030-197149702.htm"),
  },
  {
    symbol: "284/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND thành phố Hải Phòng", signedDate: "2022-01-24",
    title: "Chương trình hành động thực hiện Nghị quyết 03-NQ/TU về chuyển đổi số thành phố Hải Phòng", horizon: { from: 2022, to: 2025 },
    status: [], province: "hai-phong", confidence: "confirmed",
    source: research("https://hethongphapluat.com/quyet-dinh-284-qd-ubnd-nam-2022-ve-chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-03-nq-tu-ve-chuyen-doi-so-thanh-pho-hai-phong-den-nam-2025-dinh-huong-den-nam-2030.html"),
  },
  {
    symbol: "89-CTr/TU", kind: "chuong-trinh", issuer: "Ban Thường vụ Thành ủy Hải Phòng", signedDate: "2025-02-25",
    title: "Chương trình hành động thực hiện Nghị quyết 57-NQ/TW (trước hợp nhất)", status: [], province: "hai-phong", confidence: "confirmed",
    source: research("https://sotp.haiphong.gov.vn/van-ban-chi-dao-dieu-hanh-68017/chuong-trinh-hanh-dong-cua-thuong-vu-thanh-uy-thuc-hien-nghi-quyet-cua-bo-chinh-tri-ve-dot-pha-p-748060"),
  },
  {
    symbol: "12-KH/TU", kind: "ke-hoach", issuer: "Ban Thường vụ Thành ủy Hải Phòng", signedDate: "2025-08-26",
    title: "Kế hoạch hành động thực hiện Nghị quyết 57-NQ/TW (sau hợp nhất)", status: [], province: "hai-phong", confidence: "confirmed",
    source: research("https://hethongphapluat.vn/ke-hoach-238-kh-ubnd-nam-2025-thuc-hien-ke-hoach-hanh-dong-12-kh-tu-thuc-hien-nghi-quyet-57-nq-tw-ve-dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-quoc-gia-do-thanh-pho-hai-phong-ban-hanh.html"),
  },
  {
    symbol: "238/KH-UBND", kind: "ke-hoach", issuer: "UBND thành phố Hải Phòng", signedDate: "2025-09-13",
    title: "Thực hiện Kế hoạch hành động 12-KH/TU về thực hiện Nghị quyết 57-NQ/TW", status: [], province: "hai-phong", confidence: "confirmed",
    source: research("https://hethongphapluat.vn/ke-hoach-238-kh-ubnd-nam-2025-thuc-hien-ke-hoach-hanh-dong-12-kh-tu-thuc-hien-nghi-quyet-57-nq-tw-ve-dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-quoc-gia-do-thanh-pho-hai-phong-ban-hanh.html", "its targets were not visible"),
  },
  {
    symbol: "106/KH-UBND", kind: "ke-hoach", issuer: "UBND thành phố Hải Phòng", signedDate: "2025",
    title: "Phát triển kinh tế số trong các ngành, lĩnh vực năm 2025", horizon: { from: 2025, to: 2025 }, status: [], province: "hai-phong", confidence: "secondary",
    source: research("https://doanhnghieptiepthi.vn/hai-phong-huong-toi-muc-tieu-kinh-te-so-chiem-35-grdp-trong-nam-2025-16125050612522674.htm"),
  },
  {
    symbol: "145/KH-UBND", kind: "ke-hoach", issuer: "UBND thành phố Hải Phòng", signedDate: "2026-04-22",
    title: "Hoàn thiện cơ sở dữ liệu dùng chung và chuyên ngành năm 2026", horizon: { from: 2026, to: 2026 }, status: [], province: "hai-phong", confidence: "secondary",
    source: research("https://haiphongnews.gov.vn/news/hai-phong-determined-to-complete-its-data-ecosystem-by-2026-ct12841.html"),
  },
  {
    symbol: "359/KH-UBND", kind: "ke-hoach", issuer: "UBND thành phố Hải Phòng", signedDate: "2025-12-31",
    title: "Chuyển đổi số thành phố Hải Phòng năm 2026", horizon: { from: 2026, to: 2026 }, status: [], province: "hai-phong", confidence: "unconfirmed",
    source: citedBy(TAN_KY),
  },
  {
    symbol: "227/KH-UBND", kind: "ke-hoach", issuer: "UBND thành phố Hải Phòng", signedDate: "2020-09-21",
    title: "Kế hoạch chuyển đổi số thành phố Hải Phòng đến năm 2025", horizon: { from: 2020, to: 2025 }, status: [], province: "hai-phong", confidence: "secondary",
    source: research("https://mic.gov.vn/nghi-quyet-ve-chuyen-doi-so-thanh-pho-hai-phong-den-nam-2025-dinh-huong-den-nam-2030-197149702.htm"),
  },
  {
    symbol: "685/QĐ-UBND", kind: "quyet-dinh", issuer: "UBND tỉnh Hải Dương", signedDate: "2022-03-21",
    title: "Ngày chuyển đổi số tỉnh Hải Dương (26/3) — tài liệu của tỉnh Hải Dương trước hợp nhất", status: [MERGED], province: "hai-phong", confidence: "secondary",
    source: research("https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-1914-KH-UBND-2023-chuyen-doi-so-Hai-Duong-570120.aspx?tab=7"),
  },
  {
    symbol: "1914/KH-UBND", kind: "ke-hoach", issuer: "UBND tỉnh Hải Dương", signedDate: "2023",
    title: "Chuyển đổi số tỉnh Hải Dương — tài liệu của tỉnh Hải Dương trước hợp nhất", status: [MERGED], province: "hai-phong", confidence: "secondary",
    source: research("https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-1914-KH-UBND-2023-chuyen-doi-so-Hai-Duong-570120.aspx?tab=7"),
  },
];
