/**
 * Abbreviations commune plans use, with their expansions, so that "Tỷ lệ hồ sơ TTHC xử lý trực
 * tuyến" and "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến" match. Keys are matched as whole words.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  TTHC: "thủ tục hành chính",
  DVCTT: "dịch vụ công trực tuyến",
  DVC: "dịch vụ công",
  CBCCVC: "cán bộ, công chức, viên chức",
  CBCC: "cán bộ, công chức",
  CCVC: "công chức, viên chức",
  CSDL: "cơ sở dữ liệu",
  ATTT: "an toàn thông tin",
  CĐS: "chuyển đổi số",
  KHCN: "khoa học và công nghệ",
  "KH&CN": "khoa học và công nghệ",
  ĐMST: "đổi mới sáng tạo",
  HSSKĐT: "hồ sơ sức khỏe điện tử",
  TMĐT: "thương mại điện tử",
  CNTT: "công nghệ thông tin",
  "TT&TT": "thông tin và truyền thông",
  TTTT: "thông tin và truyền thông",
  UBND: "ủy ban nhân dân",
  HĐND: "hội đồng nhân dân",
  MTTQ: "mặt trận tổ quốc",
  VNeID: "định danh điện tử VNeID",
  DN: "doanh nghiệp",
  DNNVV: "doanh nghiệp nhỏ và vừa",
  KTS: "kinh tế số",
  XHS: "xã hội số",
  CQS: "chính quyền số",
  NTM: "nông thôn mới",
  OCOP: "mỗi xã một sản phẩm OCOP",
  BHYT: "bảo hiểm y tế",
  BHXH: "bảo hiểm xã hội",
  "TTPVHCC": "trung tâm phục vụ hành chính công",
  CQNN: "cơ quan nhà nước",
  CCHC: "cải cách hành chính",
  HSCV: "hồ sơ công việc",
  CKS: "chữ ký số",
  KTXH: "kinh tế - xã hội",
};

const KEYS = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);
/** A key as a pattern: escaped, and "Đ" also matching its look-alike "Ð" (U+00D0) from old fonts. */
const keyPattern = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/Đ/g, "[ĐÐ]");
/*
 * Linear: an alternation of literal words (longest first, so "CBCCVC" wins over "CBCC"), tried once
 * per position, with one-character lookarounds for whole words.
 */
const ABBR_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${KEYS.map(keyPattern).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "gu");

/**
 * Replaces every known abbreviation in `text` (NFC) with its expansion, whole words only and case as
 * written ("TTHC" expands, "tthc" and "TTHCx" do not). The result is NFC.
 */
export function expandAbbreviations(text: string): string {
  return text.normalize("NFC").replace(ABBR_RE, (m) => ABBREVIATIONS[m.replace(/Ð/g, "Đ")] ?? m);
}
