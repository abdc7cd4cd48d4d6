/**
 * How a line of running text is read, the same way in every format: a bullet or a letter/number
 * with a parenthesis ("-", "+", "•", "a)", "1)") makes a list item; anything else is a paragraph.
 * Numbered section titles ("1.", "I.", "1.2.") stay paragraphs: the extractor reads them as outline.
 */
export function listMarker(text: string): string | null {
  const m = /^([-+•*–·▪◦]|[a-zđ]\)|\d{1,3}\))\s+\S/u.exec(text);
  return m ? m[1]! : null;
}

/** A numbered outline label at the start of a line ("1.", "1.2.", "I.", "a)", "PHẦN I"). */
const OUTLINE = /^(?:\d{1,3}(?:\.\d{1,3}){0,4}[.)]?\s|[IVXLC]{1,6}[.)]\s|[a-zđ]\)|phần\s|phụ\s+lục|chương\s|mục\s)/iu;

/** Sentence-ending punctuation: a line that ends with it (blanks after it aside) closes its paragraph. */
const CLOSING = /[.:;!?…。"”)\]]/;
const BLANK = /\s/;

/** Whether `line` ends with CLOSING punctuation, read from its end (a pattern anchored at the end is tried from every position). */
function closed(line: string): boolean {
  let e = line.length;
  while (e > 0 && BLANK.test(line[e - 1]!)) e--;
  return e > 0 && CLOSING.test(line[e - 1]!);
}

/**
 * Whether `line` continues the paragraph that `previous` ends, in text where Word's wrapping or a
 * page break cut a sentence ("… của UBND tỉnh" / "việc triển khai …"): the previous line is left
 * open and this one starts in lower case, or is a dash joining two words ("kinh tế" / "- xã hội").
 */
export function continuesParagraph(previous: string, line: string, adjacent: boolean): boolean {
  if (closed(previous)) return false;
  if (/^\p{Ll}/u.test(line)) return true;
  if (/^[-–]\s+\p{Ll}/u.test(line) && /\p{L}$/u.test(previous)) return true;
  const shouting = previous === previous.toUpperCase();
  if (shouting || OUTLINE.test(line) || listMarker(line)) return false;
  if (/^[\d(]/.test(line)) return true;
  // A capitalised word ("Nhân dân", "UBND") continues a long wrapped line with no blank line between.
  return adjacent && previous.length >= 50 && /[\p{Ll},]$/u.test(previous) && /^\p{Lu}/u.test(line);
}
