import type { Framework, SourceRef } from "@cdsvn/core";
import { frameworkIndicator as indicator, frameworkTarget as target } from "@cdsvn/national";

const NQ57_PROGRAMME: SourceRef = {
  document: "328-KH/TU",
  date: "2025-04-24",
  article: "Mục tiêu đến năm 2030 (as reported in the press)",
  url: "https://baonghean.vn/en/nghe-an-phan-dau-nam-2030-kinh-te-so-chiem-20-grdp-10292357.html",
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
    version: "2025.4",
    title: "Mục tiêu đến năm 2030 của chương trình thực hiện NQ 57-NQ/TW tỉnh Nghệ An",
    level: "province",
    province: "nghe-an",
    documents: [NQ57_PROGRAMME],
    years: { from: 2030, to: 2030 },
    confidence: "secondary",
    indicators: [
      indicator("NA30-KINH-TE-SO-GRDP", "Tỷ trọng kinh tế số trong GRDP", "kinh-te-so", ["kinh te so", "grdp"], ["province"],
        [target(Y2030, "=", 20, "20% GRDP", NQ57_PROGRAMME, "secondary", "province")]),
      indicator("NA30-DTI", "Nhóm 25 tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất", "chung", ["chi so chuyen doi so|dti"], ["province"],
        [target(Y2030, "<=", 25, "top 25", NQ57_PROGRAMME, "unconfirmed", "province")], { unit: "rank" }),
    ],
  },
];
