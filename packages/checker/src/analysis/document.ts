import { toAscii } from "@cdsvn/core";

/**
 * What rules that read the raw text share: its lines, each with an ASCII fold of the same length
 * (so offsets found in the fold point into the text) and the part of the plan it sits in.
 * Computed once per text and cached, because most text rules need it.
 */
export interface DocLine {
  readonly text: string;
  /** Lower-case ASCII fold, same length as `text` when the text is NFC Vietnamese. */
  readonly ascii: string;
  readonly start: number;
  readonly end: number;
  readonly index: number;
  /** In a part that reports last period's results ("Kết quả thực hiện năm 2025"), not the plan ahead. */
  readonly review: boolean;
  /** In an appendix (after a "Phụ lục" caption). */
  readonly appendix: boolean;
  /** Looks like a heading: "PHẦN I", "II. MỤC TIÊU", "3. Nhiệm vụ …", "# …". */
  readonly heading: boolean;
}

export interface DocAnalysis {
  readonly text: string;
  readonly lines: readonly DocLine[];
}

const ROMAN_HEADING = /^\s*(?:#+\s*)?(?:\*\*)?(?:phan\s+(?:thu\s+)?[ivx\d]+\b|[ivx]+\s*[.)/]\s)/;
const PART_HEADING = /^\s*(?:#+\s*)?(?:\*\*)?phan\s+(?:thu\s+)?[ivx\d]+\b/;
const APPENDIX = /^\s*(?:#+\s*)?(?:\*\*)?phu luc\b/;
const REVIEW_WORDS = /\b(?:ket qua|tinh hinh|danh gia|thuc trang|so ket|tong ket|ton tai|han che)\b/;
const FORWARD_WORDS = /\b(?:muc tieu|nhiem vu|giai phap|ke hoach nam|to chuc thuc hien|kinh phi)\b/;

let cache: { text: string; analysis: DocAnalysis } | null = null;

export function analyze(text: string): DocAnalysis {
  if (cache && cache.text === text) return cache.analysis;
  const lines: DocLine[] = [];
  let partReview = false;
  let headingReview = false;
  let appendix = false;
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const folded = toAscii(raw);
    const ascii = folded.length === raw.length ? folded : raw.toLowerCase();
    const trimmed = ascii.trim();
    let heading = false;
    if (APPENDIX.test(ascii) && trimmed.length < 160) {
      appendix = true;
      partReview = false;
      headingReview = false;
      heading = true;
    } else if (PART_HEADING.test(ascii) && trimmed.length < 200) {
      partReview = REVIEW_WORDS.test(ascii);
      headingReview = false;
      heading = true;
    } else if (ROMAN_HEADING.test(ascii) && trimmed.length < 200) {
      headingReview = REVIEW_WORDS.test(ascii);
      // a forward heading inside a review part ends the review part ("II. MỤC TIÊU" after "I. KẾT QUẢ")
      if (!headingReview && FORWARD_WORDS.test(ascii)) partReview = false;
      heading = true;
    } else if (/^\s*\d+(?:\.\d+)*\s*[.)]\s+\S/.test(ascii) && trimmed.length < 120 && !/[.;:]\s*$/.test(trimmed)) {
      heading = true;
    }
    lines.push({ text: raw, ascii, start, end, index, review: partReview || headingReview, appendix, heading });
    index++;
    if (nl < 0) break;
    start = nl + 1;
  }
  const analysis = { text, lines };
  cache = { text, analysis };
  return analysis;
}

/** The line that holds `offset`. */
export function lineAt(doc: DocAnalysis, offset: number): DocLine | undefined {
  let lo = 0, hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return doc.lines[lo];
}

/** Every match of `re` (global, run on the ASCII fold) in the text, as spans into the text. */
export function findInText(doc: DocAnalysis, re: RegExp): { line: DocLine; start: number; end: number; match: RegExpExecArray }[] {
  const out: { line: DocLine; start: number; end: number; match: RegExpExecArray }[] = [];
  for (const line of doc.lines) {
    re.lastIndex = 0;
    for (let m = re.exec(line.ascii); m; m = re.exec(line.ascii)) {
      out.push({ line, start: line.start + m.index, end: line.start + m.index + m[0].length, match: m });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
