import { foldedLines, type Outline, type OutlineHeading, type Span } from "@cdsvn/core";

/**
 * The one answer to "is this line a heading, is it in the report part, is it in the appendix": the
 * lines of the NFC text, each with an ASCII fold of the same length (offsets found in the fold point
 * into the text) and the part of the plan it sits in. The facts and the outline are built from it.
 */
export interface OutlineLine {
  readonly text: string;
  /** Lower-case ASCII fold, same length as `text` when the text is NFC Vietnamese. */
  readonly ascii: string;
  readonly start: number;
  readonly end: number;
  readonly index: number;
  /** In a part that reports last period's results ("Kết quả thực hiện năm 2025"), not the plan ahead. */
  readonly review: boolean;
  /** In an appendix (from a "Phụ lục" caption on). */
  readonly appendix: boolean;
  readonly heading: OutlineHeading["level"] | null;
}

// Each pattern starts at the line start and has no two adjacent unbounded runs: linear to test.
const ROMAN_HEADING = /^\s*(?:#+\s*)?(?:\*\*)?(?:phan\s+(?:thu\s+)?[ivx\d]+\b|[ivx]+\s*[.)/]\s)/;
const PART_HEADING = /^\s*(?:#+\s*)?(?:\*\*)?phan\s+(?:thu\s+)?[ivx\d]+\b/;
const APPENDIX = /^\s*(?:#+\s*)?(?:\*\*)?phu luc\b/;
const ITEM_HEADING = /^\s*\d+(?:\.\d+)*\s*[.)]\s+\S/;
const REVIEW_WORDS = /\b(?:ket qua|tinh hinh|danh gia|thuc trang|so ket|tong ket|ton tai|han che)\b/;
const FORWARD_WORDS = /\b(?:muc tieu|nhiem vu|giai phap|ke hoach nam|to chuc thuc hien|kinh phi)\b/;

/**
 * Whether a line can be one of the headings below: each starts, after blanks, "#" and "*", with "p"
 * (phần, phụ lục), a Roman numeral's letter or a digit. Most lines start otherwise and skip the patterns.
 */
function mayBeHeading(ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) {
    const c = ascii.charCodeAt(i);
    if (c === 35 || c === 42 || SPACE.test(ascii[i]!)) continue; // "#", "*", blanks
    return c === 112 || c === 105 || c === 118 || c === 120 || (c >= 48 && c <= 57); // p i v x 0-9
  }
  return false;
}
const SPACE = /\s/;

/** The text's lines with their place in the outline. */
export function outlineLines(text: string): OutlineLine[] {
  const lines: OutlineLine[] = [];
  let partReview = false;
  let headingReview = false;
  let appendix = false;
  for (const { text: raw, ascii, start, end, index } of foldedLines(text)) {
    const trimmed = ascii.trim();
    let heading: OutlineLine["heading"] = null;
    if (!mayBeHeading(ascii)) {
      // most lines: the four patterns below cannot match
    } else if (APPENDIX.test(ascii) && trimmed.length < 160) {
      appendix = true;
      partReview = false;
      headingReview = false;
      heading = "appendix";
    } else if (PART_HEADING.test(ascii) && trimmed.length < 200) {
      partReview = REVIEW_WORDS.test(ascii);
      headingReview = false;
      heading = "part";
    } else if (ROMAN_HEADING.test(ascii) && trimmed.length < 200) {
      headingReview = REVIEW_WORDS.test(ascii);
      // a forward heading inside a review part ends the review part ("II. MỤC TIÊU" after "I. KẾT QUẢ")
      if (!headingReview && FORWARD_WORDS.test(ascii)) partReview = false;
      heading = "section";
    } else if (ITEM_HEADING.test(ascii) && trimmed.length < 120 && !/[.;:]\s*$/.test(trimmed)) {
      heading = "item";
    }
    lines.push({ text: raw, ascii, start, end, index, review: partReview || headingReview, appendix, heading });
  }
  return lines;
}

/** The serialisable outline of annotated lines: headings, report parts (merged runs), appendix start. */
export function outlineOf(lines: readonly OutlineLine[]): Outline {
  const headings: OutlineHeading[] = [];
  const report: Span[] = [];
  let appendixStart: number | null = null;
  for (const l of lines) {
    if (l.heading) {
      const lead = l.text.length - l.text.trimStart().length;
      headings.push({ line: l.index, span: { start: l.start + lead, end: l.end }, level: l.heading, text: l.text.trim() });
    }
    if (l.review) {
      const last = report[report.length - 1];
      if (last && last.end + 1 >= l.start) report[report.length - 1] = { start: last.start, end: l.end };
      else report.push({ start: l.start, end: l.end });
    }
    if (l.appendix && appendixStart === null) appendixStart = l.start;
  }
  return { headings, report, appendixStart };
}
