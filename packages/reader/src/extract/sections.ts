import type { Unit } from "./units.ts";
import { fold } from "./text.ts";

/**
 * Where the parts of a plan begin. Plans first report the previous year ("Đánh giá kết quả thực
 * hiện năm 2025", "Tình hình thực hiện …") and only then set targets ("Mục tiêu, chỉ tiêu …"); the
 * figures of the report are results, not targets. Appendices ("PHỤ LỤC …") come after the signature.
 */
export interface Sections {
  /** Offset where the plan's own targets begin (the first "mục tiêu" heading outside a report part). */
  readonly targetsStart: number;
  /** Offset where the appendices begin, or the text length. */
  readonly appendixStart: number;
}

const REPORT_WORDS = /\b(?:danh gia|tinh hinh|ket qua (?:thuc hien|dat duoc)|ton tai|han che|kho khan|nguyen nhan|bai hoc)\b/u;

/** A part label on a line of its own, above the part's title: "Phần I", "PHẦN II", "Phần thứ nhất". */
const PART_LABEL = /^phan\s+(?:[ivx]+|\d+|thu\s+\S+)\s*[.:]?$/u;

/**
 * How deep a heading sits: 0 a part ("PHẦN I …", or a title under a "Phần I" label line), 1 a Roman
 * section ("II. …") or an unnumbered title, 2 "1.", 3 "1.1.", 4 "a)".
 */
function headingLevel(folded: string, labelAbove: boolean): number {
  if (/^phan\s+(?:[ivx]+|\d+|thu\s)/u.test(folded) || labelAbove) return 0;
  if (/^[ivx]+\s*[.)]/u.test(folded)) return 1;
  const numbered = /^(\d+(?:\.\d+)*)\s*[.)]?\s/u.exec(folded);
  if (numbered) return 1 + numbered[1]!.split(".").length;
  if (/^[a-z]\s*[.)]/u.test(folded)) return 4;
  return 1;
}

export function findSections(units: readonly Unit[], textLength: number): Sections {
  // a unit's text is clean, so only one that starts with "p" or "P" (after marks the fold drops) can fold to "phu luc …"
  const appendix = units.find((u) => u.kind !== "table" && /^\p{M}*[pP]/u.test(u.text) && /^phu luc\b/u.test(fold(u.text.slice(0, 40))));
  const appendixStart = appendix ? appendix.start : textLength;
  const headings: { start: number; level: number; report: boolean; target: boolean }[] = [];
  units.forEach((u, i) => {
    if (!u.headingLike || u.start >= appendixStart) return;
    const f = fold(u.text);
    const above = i > 0 && units[i - 1]!.kind !== "table" ? fold(units[i - 1]!.text) : "";
    headings.push({
      start: u.start, level: headingLevel(f, PART_LABEL.test(above)),
      report: REPORT_WORDS.test(f.slice(0, 200)), target: /\b(?:muc tieu|chi tieu)\b/u.test(f),
    });
  });
  // A report part runs from its heading to the next heading of the same or a higher level that does
  // not report too: "1. Về hạ tầng số" under "Phần I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025" is still the report.
  const reportParts: { from: number; to: number }[] = [];
  headings.forEach((h, i) => {
    if (!h.report) return;
    let to = appendixStart;
    for (let k = i + 1; k < headings.length; k++) {
      const n = headings[k]!;
      if (n.level <= h.level && !n.report) { to = n.start; break; }
    }
    reportParts.push({ from: h.start, to });
  });
  const inReport = (at: number) => reportParts.some((p) => at >= p.from && at < p.to);
  const targets = headings.find((h) => h.target && !h.report && !inReport(h.start));
  if (targets) return { targetsStart: targets.start, appendixStart };
  // No target heading: the targets (if any) follow the report; without a report, the whole text.
  const afterReport = reportParts.reduce((end, p) => Math.max(end, p.to), 0);
  return { targetsStart: afterReport, appendixStart };
}
