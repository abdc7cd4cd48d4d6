import type { Framework, SourceRef } from "@cdsvn/core";
import { frameworkIndicator as indicator, frameworkTarget as target } from "@cdsvn/national";

/**
 * The 2030 figures were announced at a conference on 04/3/2025 that disseminated the Provincial Party
 * Executive Committee's action programme on NQ 57, issued on 20/02/2025 (its number is not known).
 * They cannot come from 328-KH/TU, signed on 24/4/2025, a month later (frameworks-2026.md C5).
 */
const NQ57_PROGRAMME: SourceRef = {
  document: "Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh Nghệ An thực hiện NQ 57-NQ/TW (số chưa xác minh)",
  date: "2025-02-20",
  article: "Mục tiêu đến năm 2030 (theo báo Nghệ An, 04/3/2025)",
  url: "https://baonghean.vn/en/nghe-an-phan-dau-nam-2030-kinh-te-so-chiem-20-grdp-10292357.html",
  note: "press report; the programme's number is not known",
};
const Y2030 = [2030, 2030] as const;

/**
 * Nghệ An's frameworks. The targets of NQ 09-NQ/TU, QĐ 3050/QĐ-UBND and KH 1174/KH-UBND were not
 * visible; only two 2030 province-level figures of the NQ 57 programme are public. Commune plans are
 * therefore held to the national commune-level targets (inherited through @cdsvn/national).
 */
export const frameworks: Framework[] = [
  {
    id: "nghe-an-nq57-2030",
    version: "2025.2",
    title: "Mục tiêu đến năm 2030 của chương trình thực hiện NQ 57-NQ/TW tỉnh Nghệ An",
    level: "province",
    province: "nghe-an",
    documents: [NQ57_PROGRAMME],
    years: { from: 2030, to: 2030 },
    confidence: "secondary",
    effective: "2025-02-20",
    indicators: [
      indicator("NA30-KINH-TE-SO-GRDP", "Tỷ trọng kinh tế số trong GRDP", "kinh-te-so", ["kinh te so", "grdp"], ["province"],
        [target(Y2030, "=", 20, "20% GRDP", NQ57_PROGRAMME, "secondary", "province")]),
      indicator("NA30-DTI", "Nhóm 25 tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất", "chung", ["chi so chuyen doi so|dti"], ["province"],
        [target(Y2030, "<=", 25, "top 25", NQ57_PROGRAMME, "unconfirmed", "province")], { unit: "rank" }),
    ],
  },
];
