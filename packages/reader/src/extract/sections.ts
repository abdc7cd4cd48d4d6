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

export function findSections(units: readonly Unit[], textLength: number): Sections {
  // a unit's text is clean, so only one that starts with "p" or "P" (after marks the fold drops) can fold to "phu luc …"
  const appendix = units.find((u) => u.kind !== "table" && /^\p{M}*[pP]/u.test(u.text) && /^phu luc\b/u.test(fold(u.text.slice(0, 40))));
  const appendixStart = appendix ? appendix.start : textLength;
  let targetsStart = -1;
  for (const u of units) {
    if (!u.headingLike || u.start >= appendixStart) continue;
    const f = fold(u.text);
    if (/\b(?:muc tieu|chi tieu)\b/u.test(f) && !REPORT_WORDS.test(f)) {
      targetsStart = u.start;
      break;
    }
  }
  if (targetsStart < 0) {
    // No target heading: start after the last report heading, if there is one.
    const lastReport = [...units].reverse().find((u) => u.headingLike && u.start < appendixStart && REPORT_WORDS.test(fold(u.text.slice(0, 200))));
    const next = lastReport ? units.find((u) => u.headingLike && u.start > lastReport.start && !REPORT_WORDS.test(fold(u.text))) : undefined;
    targetsStart = next ? next.start : 0;
  }
  return { targetsStart, appendixStart };
}
