import type { SourceRef } from "@cdsvn/core";

/**
 * The places the national data comes from, named once so every figure points at the same record.
 * All of them are cited in ../shared/research/legal-frameworks.md (section in `note`), except where
 * a note names another public page. Third-party copies and press are marked in the note.
 */
export const URL = {
  nq57: "https://nghean.gov.vn/chinh-tri/nghi-quyet-57-nq-tw-ve-dot-pha-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-q-710625",
  nq57Text: "https://github.com/thetrungdtt/VNMasterplan/blob/928e4c9ffd287ff80548a76f3d2ee5497f892ac8/NQ07/bangoc.md",
  nq03Annex: "https://github.com/thetrungdtt/VNMasterplan/blob/b8de4fd1016e89e2582337101f0fda0af18c1e71/NQCP03/NQ03%20PL1.md",
  nq71: "https://thuvienphapluat.vn/van-ban/cong-nghe-thong-tin/nghi-quyet-71-nq-cp-2025-sua-doi-chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-57-nq-tw-650741.aspx",
  nq71Targets: "https://baomoi.net.vn/den-nam-2030-it-nhat-80-nguoi-dan-doanh-nghiep-su-dung-dich-vu-cong-truc-tuyen-c52117420.epi",
  qd282: "https://nhansu.vn/van-ban-phap-luat/quyet-dinh-282-qd-ttg-2026-cai-cach-hanh-chinh-nha-nuoc-trong-tam-2026-2030-694928.html",
  bcd2026a: "https://vietnamnet.vn/xem-xet-tich-hop-dich-vu-mang-xa-hoi-voi-vneid-phuc-vu-xac-thuc-nguoi-dung-2491787.html",
  bcd2026b: "https://thanhnien.vn/thuc-hien-nghiem-nguyen-tac-chi-cung-cap-thong-tin-mot-lan-185260221193604304.htm",
  qd749: "https://vovworld.vn./vi-VN/kinh-te/phe-duyet-chuong-trinh-chuyen-doi-so-quoc-gia-den-nam-2025-dinh-huong-den-nam-2030-867595.vov",
  qd749b: "https://thukyluat.vn/news/thong-bao-van-ban-moi/muc-tieu-den-2025-vn-thuoc-nhom-50-nuoc-dan-dau-ve-cong-nghe-thong-tin-75497.html",
  qd749Levels: "https://m.thanhnien.vn/thoi-su/viet-nam-phan-dau-vao-nhom-50-nuoc-dan-dau-ve-chinh-phu-dien-tu-1233738.html",
  qd749Payment: "https://cand.com.vn/Khoa-hoc-Quan-su/ty-trong-kinh-te-so-se-dat-20-gdp-vao-nam-2025-i658544",
  qd2629: "https://vtcnews.vn/100-ho-so-cong-viec-tai-cap-bo-tinh-cap-xa-duoc-xu-ly-tren-moi-truong-dien-tu-ar990503.html",
  qd2629Text: "https://thuviennhadat.vn/van-ban-phap-luat-viet-nam/quyet-dinh-2629-qd-ttg-2025-phe-duyet-chuong-trinh-phat-trien-chinh-phu-so-682760.html?trang=2",
  /** Full text with Phụ lục I–II: a copy of thuvienphapluat's text in a public GitHub dataset. */
  qd2629Full: "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/2edf5927c71bc4c1.md",
  /** Full text of TB 624/TB-VPCP with its annex: same dataset. */
  tb624Full: "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034af72cc7e5020694d06eceb126a103d48b/src/etl/dataset/74e2ddc7b11340da.md",
  qd11a: "https://vneconomy.vn/khoa-hoc-cong-nghe-huong-muc-tieu-chiem-ty-trong-175-gdp.htm",
  qd11b: "https://thoibaotaichinhvietnam.vn/khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-dong-gop-thiet-thuc-cho-tang-truong-192829.html",
  qd942: "https://ictvietnam.vn/print/25975.html",
  qd411: "http://khcnbinhduong.gov.vn/New/chien-luoc-quoc-gia-ve-kinh-te-so-va-xa-hoi-so-den-nam-2025-dinh-huong-den-nam-2030-6756",
  qd411b: "https://m.thanhnien.vn/phat-trien-kinh-te-so-dat-20-gdp-vao-nam-2025-post1445066.html",
  nd45: "https://dauthaumuasam.vn/nghi-dinh-so-45-2026-nd-cp-ngay-26-01-2026-cua-chinh-phu-quy-dinh-quan-ly-dau-tu-ung-dung-cong-nghe-thong-tin-su-dung-nguon-von-ngan-sach-nha-nuoc",
  nd45b: "https://www.vietnamplus.vn/quy-dinh-quan-ly-du-an-dau-tu-ung-dung-cong-nghe-thong-tin-su-dung-von-ngan-sach-post1090986.vnp",
  nd179: "https://www.vietnamplus.vn/nguoi-lam-cong-tac-chuyen-trach-ve-chuyen-doi-so-duoc-ho-tro-5-trieu-dongthang-post1055825.vnp",
  qd06: "https://tailieu.vn/doc/quyet-dinh-so-06-2022-qd-ttg-2510184.html",
  qd505: "https://soxaydung.backan.gov.vn/Pages/chuyen-doi-so-405/lay-ngay-10-thang-10-hang-nam-la-ngay-chu-1165f933f8f57fcd.aspx",
  law148: "https://thuviennhadat.vn/vbpl/luat-chuyen-doi-so-2025-so-148-2025-qh15-675262.html",
  law148b: "https://pbgdpl.gov.vn/Pages/gioi-thieu-van-ban.aspx?ItemID=4818&l=Gioithieuvanbanmoi",
  qd405: "https://thuvienphapluat.vn/bulletin/document.aspx?bid=80c046b9-9fe8-4f3f-8c21-09a875e66f3c&key=CbEyTxFir7vKATT7XIRXAw%3D%3D",
  qd922: "https://thuviennhadat.vn/vbpl/quyet-dinh-922-qd-btttt-2022-xac-dinh-bo-chi-so-danh-gia-chuyen-doi-so-cua-cac-bo-514140.html",
  cv5511: "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-333-KH-UBND-2025-Chuyen-doi-so-Lang-Son-nam-2026-689661.html",
  cv687: "https://lawnet.vn/cv/Cong-van-687-BKHCN-CDSQG-2025-huong-dan-thuc-hien-Quyet-dinh-571-QD-TTg-A03E4.html",
  qd3090: "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4520-QD-UBND-2025-phe-duyet-Khung-kien-truc-so-Nghe-An-689137.html",
  kh02: "https://luatvietnam.vn/co-cau-to-chuc/ke-hoach-02-kh-bcdtw-2025-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-403845-d6.html",
  nq193: "https://vjs.vietnam.vn/nghi-quyet-57-dot-pha-chien-luoc-cho-tuong-lai-so-viet-nam",
  nq214: "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-186-KH-UBND-2025-phat-trien-chinh-quyen-so-Bac-Ninh-giai-doan-2026-2030-687111.html",
  qd146: "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-0155-KH-UBND-2025-chuyen-doi-so-Dak-Lak-nam-2026-686309.html",
  qd923: "https://huengaynay.vn/kinh-te/khoa-hoc-cong-nghe/hue-xep-thu-2-toan-quoc-ve-muc-do-chuyen-doi-so-159011.html",
  qd766: "https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/thu-tuong-chinh-phu-phe-duyet-bo-chi-so-chi-dao-dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan-doanh-nghiep-trong-2373",
  qd2392: "https://123docz.net/document/10564699-qd-ubnd-xep-hang-muc-do-cqdt-2021-2.htm",
  twoLevel: "https://daihoidang.baoquangninh.vn/mo-hinh-to-chuc-chinh-quyen-dia-phuong-2-cap-van-hanh-tu-1-7-2025-3364666.html",
  law72: "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-62-NQ-HDND-2025-ke-hoach-phat-trien-kinh-te-xa-hoi-Nghe-An-2026-687786.html",
  provinces34: "https://www.vietnamplus.vn/thong-tin-chi-tiet-ve-34-tinh-thanh-pho-tren-ca-nuoc-tu-ngay-17-post1047526.amp",
  nq60: "https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm",
  unchanged: "https://tintucvietnam.vn/ten-goi-va-trung-tam-hanh-chinh-du-kien-cua-34-tinh-thanh-sau-sap-nhap-d290342.html",
  nd42: "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Nghi-dinh-42-2022-ND-CP-cung-cap-thong-tin-dich-vu-cong-truc-tuyen-tren-moi-truong-mang-518831.aspx?tab=4",
  nd42en: "https://trademarkvn.com.vn/legal-updated/149-administrative/2205-state-agencies-information-channels-in-cyber-environment.html",
  nd118: "https://giaobinh.ninhbinh.gov.vn/bai-viet/nghi-dinh-1182025nd-cp-quy-dinh-ve-to-chuc-trung-tam-phuc-vu-hanh-chinh-cong-cap-tinh-cap-xa-tu-17",
  tb408: "https://cafef.vn/kiem-tra-chan-chinh-cham-dut-tinh-trang-co-giay-to-hoan-thanh-cung-cap-dich-vu-cong-truc-tuyen-cap-xa-truoc-15-8-2025-188250811105953239.chn",
  tb17: "https://m.mattran.org.vn/chuong-trinh-phoi-hop/ket-luan-cua-tong-bi-thu-tai-hoi-nghi-tong-ket-cua-bcd-tw-ve-phat-trien-khoa-hoc-cong-nghe-68664.html",
  qc02: "http://www.hethongphapluat.com/quy-che-02-qc-bcdtw-nam-2025-quan-ly-van-hanh-va-khai-thac-he-thong-thong-tin-giam-sat-danh-gia-viec-thuc-hien-nghi-quyet-57-nq-tw-do-ban-chi-dao-trung-uong-ve-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so-ban-hanh.html",
  cv2390: "https://thuviennhadat.vn/vbpl/cong-van-2390-btttt-thh-2020-trien-khai-chuong-trinh-chuyen-doi-so-quoc-gia-den-2025-462252.html",
  qd1726: "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Decision-1726-QD-BTTTT-2020-scheme-for-creation-of-digital-transformation-indexes-applicable-to-ministries-457069.aspx",
  qd11bcdcp: "https://ngaynay.vn/tao-chuyen-bien-thuc-chat-trong-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-post169682.html",
} as const;

/** The research notes every figure was compiled in; cited when no public page could be read. */
export const RESEARCH = "shared/research/legal-frameworks.md";
/** The follow-up notes with the full texts of QĐ 2629/QĐ-TTg and TB 624/TB-VPCP (2026 targets). */
export const RESEARCH_2026 = "shared/research/frameworks-2026.md";

export function src(document: string, article: string | null, url: string | null, note?: string, date?: string): SourceRef {
  return { document, article, url, ...(note ? { note } : {}), ...(date ? { date } : {}) };
}
