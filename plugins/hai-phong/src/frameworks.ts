import type { Framework, FrameworkIndicator, SourceRef } from "@cdsvn/core";
import { frameworkIndicator as indicator, frameworkTarget as target } from "@cdsvn/national";

const NQ03: SourceRef = {
  document: "03-NQ/TU",
  date: "2021-10-26",
  article: "Mục tiêu đến năm 2025",
  url: "https://mic.gov.vn/nghi-quyet-ve-chuyen-doi-so-thanh-pho-hai-phong-den-nam-2025-dinh-huong-den-nam-2030-197149702.htm",
};
const KH106: SourceRef = {
  document: "106/KH-UBND",
  date: "2025",
  url: "https://doanhnghieptiepthi.vn/hai-phong-huong-toi-muc-tieu-kinh-te-so-chiem-35-grdp-trong-nam-2025-16125050612522674.htm",
  note: "press report of the plan",
};
/**
 * The city's 2026 list is not public (KH 359/KH-UBND was not found). A commune plan states that its
 * table is "tổng hợp từ" QĐ 2629/QĐ-TTg, CV 8177/BKHCN-CĐSQG and KH 238/KH-UBND of the city: that
 * table is encoded here as a derived framework, with the commune plan as its source.
 */
const TAN_KY: SourceRef = {
  document: "Kế hoạch Chuyển đổi số xã Tân Kỳ năm 2026 (UBND xã Tân Kỳ, thành phố Hải Phòng)",
  date: "2026-01",
  article: "Mục I.2, bảng chỉ tiêu (cột Năm 2026)",
  note: "the plan says its figures are compiled from QĐ 2629/QĐ-TTg, CV 8177/BKHCN-CĐSQG and KH 238/KH-UBND (12-KH/TU)",
};
const Y2025 = [2025, 2025] as const;
const Y2026 = [2026, 2026] as const;
const P2025_2027 = [2026, 2026] as const; // "(2025-2027)" figures, held for the framework's one year

const derived = (code: string, name: string, pillar: FrameworkIndicator["pillar"], keywords: string[], cmp: ">=" | "=", value: number, raw: string, years: readonly [number, number] = Y2026) =>
  indicator(code, name, pillar, keywords, ["commune"], [target(years, cmp, value, raw, TAN_KY, "derived")]);

/** The 18 items of section II of the city's commune table (item I.1, 5G coverage, is listed apart). */
export const CITY_TABLE_2026: FrameworkIndicator[] = [
  derived("HP26-CUNG-CAP-MOT-LAN", "Tỷ lệ thông tin, giấy tờ trong TTHC liên quan đến sản xuất, kinh doanh chỉ cung cấp một lần", "chinh-quyen-so", ["mot lan"], "=", 100, "100% (2025-2027)", P2025_2027),
  derived("HP26-HO-SO-CONG-VIEC", "Tỷ lệ hồ sơ công việc tại xã được xử lý trên môi trường điện tử và sử dụng chữ ký số", "chinh-quyen-so", ["ho so cong viec", "moi truong dien tu|moi truong mang"], "=", 100, "100%"),
  derived("HP26-BAO-CAO", "Tỷ lệ chế độ báo cáo được thực hiện trên Hệ thống thông tin báo cáo", "chinh-quyen-so", ["bao cao", "he thong thong tin bao cao"], "=", 100, "100%"),
  derived("HP26-NHIEM-VU-GIAO", "Tỷ lệ nhiệm vụ UBND thành phố giao được theo dõi, giám sát, đánh giá trên môi trường điện tử", "chinh-quyen-so", ["nhiem vu", "giam sat", "moi truong dien tu|du lieu so"], "=", 100, "100%"),
  derived("HP26-KY-NANG-SO-CBCCVC", "Tỷ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản", "nhan-luc", ["can bo|cong chuc", "ky nang so"], "=", 100, "100%"),
  derived("HP26-QUAN-TRI-DU-LIEU", "Tỷ lệ cán bộ chuyên trách CNTT, CĐS của xã đạt chứng chỉ quản trị dữ liệu cơ bản", "nhan-luc", ["quan tri du lieu"], "=", 50, "50% (2025-2027)", P2025_2027),
  derived("HP26-TTHC-NOI-BO", "Tỷ lệ thủ tục hành chính nội bộ được thực hiện quản trị nội bộ trên môi trường điện tử", "chinh-quyen-so", ["thu tuc hanh chinh noi bo"], "=", 100, "100% (2025-2027)", P2025_2027),
  derived("HP26-PHI-DIA-GIOI", "Tỷ lệ thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính", "chinh-quyen-so", ["phi dia gioi|khong phu thuoc dia gioi"], ">=", 95, "≥ 95%"),
  derived("HP26-TTHC-SXKD-TRUC-TUYEN", "Tỷ lệ TTHC liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh được thực hiện trực tuyến", "chinh-quyen-so", ["dao tao", "san xuat|kinh doanh", "truc tuyen"], "=", 100, "100%"),
  derived("HP26-PHI-TIEP-XUC", "Tỷ lệ giao dịch hành chính thuộc diện phi tiếp xúc", "chinh-quyen-so", ["phi tiep xuc"], ">=", 89, "≥ 89%"),
  derived("HP26-SO-HOA-HO-SO", "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", "chinh-quyen-so", ["so hoa", "giai quyet thu tuc hanh chinh"], "=", 100, "≥ 100%"),
  derived("HP26-DVCTT-TOAN-TRINH", "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện", "chinh-quyen-so", ["toan trinh", "du dieu kien|thu tuc hanh chinh toan trinh"], ">=", 98, "≥ 98%"),
  { ...derived("HP26-HO-SO-TRUC-TUYEN", "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", "chinh-quyen-so", ["ho so", "thu tuc hanh chinh", "truc tuyen"], ">=", 84, "≥ 84%"), excludes: ["toan trinh", "dao tao"] },
  derived("HP26-HAI-LONG", "Tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến", "chinh-quyen-so", ["hai long"], "=", 100, "100%"),
  derived("HP26-CHU-KY-SO", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "xa-hoi-so", ["chu ky so|chu ky dien tu", "dan so|nguoi dan"], "=", 50, "50% (2025-2027)", P2025_2027),
  derived("HP26-DNVVN-CONG-NGHE-SO", "Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng công nghệ số", "kinh-te-so", ["doanh nghiep", "cong nghe so|nen tang so"], "=", 100, "100%"),
  derived("HP26-VNEID", "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)", "xa-hoi-so", ["tai khoan dinh danh dien tu"], ">=", 82, "≥ 82%"),
  derived("HP26-PHAN-MEM-DIEU-HANH", "Tỷ lệ đảng ủy, chính quyền cấp xã sử dụng phần mềm quản trị điều hành thống nhất", "chinh-quyen-so", ["phan mem quan tri"], "=", 100, "100%"),
];

/**
 * Hải Phòng's frameworks: NQ 03-NQ/TU for 2025. The 2026 commune table above is not a framework of
 * the city: it is read from one commune's plan (Tân Kỳ), so that plan would "meet" it against itself,
 * and two of its items are below the national targets (98% DVCTT toàn trình < 100% of QĐ 2629;
 * 95% phi địa giới < 100% of TB 624). It stays for the rule hai-phong/city-indicator-table (is the
 * city's list there at all?) and ships as an example user framework (examples/frameworks/); the
 * Department's own list, given with --framework, is what a 2026 plan is held to.
 */
export const frameworks: Framework[] = [
  {
    id: "hai-phong-nq03-2025",
    version: "2021.10",
    title: "Chỉ tiêu chuyển đổi số thành phố Hải Phòng đến năm 2025 (NQ 03-NQ/TU, KH 106/KH-UBND)",
    level: "province",
    province: "hai-phong",
    documents: [NQ03, KH106],
    years: { from: 2025, to: 2025 },
    confidence: "confirmed",
    indicators: [
      indicator("HP25-HO-SO-CONG-VIEC", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", "chinh-quyen-so",
        ["ho so cong viec", "moi truong mang|moi truong dien tu"], ["province", "commune"],
        [target(Y2025, "=", 60, "60%", NQ03, "confirmed"), target(Y2025, "=", 90, "90%", NQ03, "confirmed", "province")]),
      indicator("HP25-TTHC-DVCTT", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 4 (nay: toàn trình)", "chinh-quyen-so",
        ["du dieu kien", "dich vu cong truc tuyen", "muc do 4|toan trinh"], ["province", "commune"],
        [target(Y2025, "=", 100, "100%", NQ03, "confirmed")]),
      indicator("HP25-DINH-DANH-DVCTT", "Tỷ lệ người dân và doanh nghiệp sử dụng DVCTT được định danh và xác thực thông suốt", "chinh-quyen-so",
        ["dinh danh", "xac thuc"], ["province", "commune"],
        [target(Y2025, "=", 100, "100%", NQ03, "confirmed")]),
      indicator("HP25-KINH-TE-SO-GRDP", "Tỷ trọng kinh tế số trong GRDP", "kinh-te-so", ["kinh te so", "grdp"], ["province"],
        [target(Y2025, "=", 35, "35% GRDP", KH106, "secondary", "province")]),
      indicator("HP25-VNEID", "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử VNeID", "xa-hoi-so", ["dinh danh dien tu"], ["province"],
        [target(Y2025, "=", 80, "80%", KH106, "secondary", "province")]),
    ],
  },
];
