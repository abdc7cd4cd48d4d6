import { type InstitutionalFact, nfc, toAscii } from "@cdsvn/core";
import { RESEARCH, src, URL } from "../sources.ts";

/**
 * Dated changes of institutions and concepts that make a plan's wording outdated. `patterns` are
 * matched against folded text (`matchKey`: ASCII, lower case, punctuation as spaces); a single space
 * in a pattern stands for any run of spaces. A rule decides whether a hit is history ("trước đây
 * là Sở TT&TT") or a current actor; these facts only say what changed, when, and where that is written.
 */
export const INSTITUTIONAL_FACTS: readonly InstitutionalFact[] = [
  {
    id: "bo-tttt-merged-into-bo-khcn",
    kind: "merger",
    old: ["Bộ Thông tin và Truyền thông", "Bộ TT&TT", "BTTTT"],
    replacement: "Bộ Khoa học và Công nghệ",
    effectiveDate: "2025-03-01",
    description:
      "Bộ Thông tin và Truyền thông hợp nhất vào Bộ Khoa học và Công nghệ; quản lý nhà nước về chuyển đổi số thuộc Bộ KH&CN (Cục Chuyển đổi số quốc gia).",
    patterns: [String.raw`\bbo thong tin (va )?truyen thong\b`, String.raw`\bbo tt (va )?tt\b`, String.raw`\bbtttt\b`],
    source: src("176/2025/QH15", null, URL.qd405, `${RESEARCH} C; functions of Bộ KH&CN: NĐ 55/2025/NĐ-CP (02/3/2025), as cited in QĐ 405/QĐ-BKHCN`),
    confidence: "secondary",
    note: "Ngày của NQ 176/2025/QH15 chưa xác minh; cơ cấu mới vận hành từ 01/3/2025.",
  },
  {
    id: "so-tttt-merged-into-so-khcn",
    kind: "merger",
    old: ["Sở Thông tin và Truyền thông", "Sở TT&TT", "STTTT"],
    replacement: "Sở Khoa học và Công nghệ",
    effectiveDate: "2025-03-01",
    description:
      "Chức năng của Sở Thông tin và Truyền thông chuyển về Sở Khoa học và Công nghệ; ký hiệu văn bản nay là SKHCN-CĐS.",
    patterns: [String.raw`\bso thong tin (va )?truyen thong\b`, String.raw`\bso tt (va )?tt\b`, String.raw`\bsttttt?\b`],
    source: src("176/2025/QH15", null, URL.qd405, `${RESEARCH} C: follows from the ministry merger (e.g. CV 3063/SKHCN-CĐS)`),
    confidence: "secondary",
    note: "Nghiên cứu chỉ ghi năm 2025; ngày lấy theo ngày hợp nhất cấp Bộ (01/3/2025), mỗi tỉnh có thể khác vài ngày.",
  },
  {
    id: "district-level-abolished",
    kind: "abolition",
    old: ["UBND huyện", "cấp huyện", "Phòng Văn hóa - Thông tin huyện", "UBND thị xã", "cấp thị xã"],
    replacement: "Chính quyền địa phương hai cấp (tỉnh, xã)",
    effectiveDate: "2025-07-01",
    description:
      "Bỏ cấp huyện, chính quyền địa phương hai cấp (tỉnh, xã) từ 01/7/2025: kế hoạch của xã không giao nhiệm vụ cho UBND huyện, cấp huyện, Phòng Văn hóa - Thông tin huyện như chủ thể hiện hành.",
    patterns: [
      String.raw`\b(ubnd|uy ban nhan dan) (huyen|thi xa)\b`,
      String.raw`\bcap (huyen|thi xa)\b`,
      String.raw`\bphong van hoa (va )?thong tin (huyen|thi xa)\b`,
    ],
    source: src("72/2025/QH15", null, URL.twoLevel, `${RESEARCH} C; also NQ 60-NQ/TW (12/4/2025); law number: ${URL.law72}`),
    confidence: "secondary",
  },
  {
    id: "provinces-34",
    kind: "province-merger",
    old: [],
    replacement: "34 đơn vị hành chính cấp tỉnh (6 thành phố, 28 tỉnh); 3.321 đơn vị hành chính cấp xã",
    effectiveDate: "2025-07-01",
    description:
      "Sắp xếp còn 34 tỉnh, thành phố (giảm 29) và 3.321 xã, phường, đặc khu; 11 đơn vị giữ nguyên: Hà Nội, Huế, Lai Châu, Điện Biên, Sơn La, Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An, Hà Tĩnh, Cao Bằng (xã của các tỉnh này vẫn được sắp xếp).",
    source: src("202/2025/QH15", null, URL.provinces34, `${RESEARCH} C; unchanged units: ${URL.unchanged}`),
    confidence: "secondary",
  },
  {
    id: "hai-duong-merged-into-hai-phong",
    kind: "province-merger",
    old: ["tỉnh Hải Dương", "UBND tỉnh Hải Dương"],
    replacement: "thành phố Hải Phòng",
    effectiveDate: "2025-07-01",
    description:
      "Tỉnh Hải Dương hợp nhất với thành phố Hải Phòng thành thành phố Hải Phòng; văn bản của Hải Dương chỉ còn là lịch sử.",
    patterns: [String.raw`\b(ubnd |uy ban nhan dan )?tinh hai duong\b`],
    source: src("202/2025/QH15", null, URL.nq60, `${RESEARCH} C; NQ 60-NQ/TW list`),
    confidence: "secondary",
  },
  {
    id: "dvctt-levels-replaced",
    kind: "concept-replaced",
    // the short wordings too: plans write "mức độ 3, 4" alone after "dịch vụ công trực tuyến" earlier in the sentence
    old: [
      "dịch vụ công trực tuyến mức độ 3", "dịch vụ công trực tuyến mức độ 4", "DVCTT mức độ 3, 4",
      "mức độ 3, mức độ 4", "mức độ 3, 4", "mức độ 3,4", "mức độ 3 và 4", "mức độ 3 và mức độ 4",
    ],
    replacement: "dịch vụ công trực tuyến toàn trình / một phần",
    effectiveDate: "2022-08-15",
    description:
      "Nghị định 42/2022/NĐ-CP chia dịch vụ công trực tuyến thành hai mức: toàn trình và một phần, thay cho mức độ 3, 4.",
    patterns: [
      String.raw`\b(dich vu cong|dvc|dvctt)( truc tuyen)? (muc do|muc) [1-4]\b`,
      String.raw`\bmuc do [34]( va| hoac)? (muc do )?[34]\b`,
      String.raw`\btruc tuyen muc do [34]\b`,
    ],
    source: src("42/2022/NĐ-CP", null, URL.nd42en, `signed 24/6/2022, effective 15/8/2022: ${URL.nd42}`),
    confidence: "confirmed",
  },
  {
    id: "mot-cua-replaced-by-ttpvhcc",
    kind: "rename",
    old: ["Bộ phận Một cửa", "Bộ phận tiếp nhận và trả kết quả"],
    replacement: "Trung tâm Phục vụ hành chính công (cấp xã)",
    effectiveDate: "2025-07-01",
    description:
      "Từ 01/7/2025 mỗi xã có Trung tâm Phục vụ hành chính công thay cho Bộ phận Một cửa (Bộ phận Một cửa còn ở cấp bộ).",
    patterns: [String.raw`\bbo phan (mot cua|tiep nhan va tra ket qua)\b`],
    source: src("118/2025/NĐ-CP", null, URL.nd118, "signed 09/6/2025"),
    confidence: "confirmed",
  },
];

/** One place a text uses something a fact made outdated. */
export interface OutdatedUse {
  readonly fact: InstitutionalFact;
  readonly pattern: string;
  /** Offsets into the NFC text given. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Every use, in `text`, of a name or phrase a fact made outdated by `asOf` (ISO date; all facts when
 * omitted). Offsets are into `nfc(text)`: the fold keeps one character per character.
 */
export function findOutdatedUses(
  text: string,
  facts: readonly InstitutionalFact[] = INSTITUTIONAL_FACTS,
  asOf?: string,
): OutdatedUse[] {
  const source = nfc(text);
  const ascii = toAscii(source);
  if (ascii.length !== source.length) return [];
  const folded = ascii.replace(/[^a-z0-9%]/g, " ");
  const out: OutdatedUse[] = [];
  for (const fact of facts) {
    if (asOf && fact.effectiveDate > asOf) continue;
    for (const pattern of fact.patterns ?? []) {
      const re = new RegExp(pattern.replace(/ /g, " +"), "g");
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        out.push({ fact, pattern, start: m.index, end: m.index + m[0].length, text: source.slice(m.index, m.index + m[0].length) });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Two patterns of one fact may find the same words ("mức độ 3, 4"): keep the first, longest.
  return out.filter((u, i) => !out.slice(0, i).some((v) => v.fact === u.fact && v.start < u.end && u.start < v.end));
}
