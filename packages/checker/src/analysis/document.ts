import { foldedLines, foldedText, type Outline, type Plan } from "@cdsvn/core";

/**
 * The lines of the plan's text for the rules that still read raw words (place names, unit kinds,
 * blank fields, event years): each with an ASCII fold of the same length (offsets found in the fold
 * point into the text) and its place in the outline the reader computed (`plan.facts.outline`), so
 * "is this a heading, the report part, the appendix" has one answer, the reader's.
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
  /** A heading of the outline. */
  readonly heading: boolean;
}

export interface DocAnalysis {
  readonly text: string;
  readonly lines: readonly DocLine[];
  /**
   * The lines' folds joined by "\n": offsets into it are offsets into the text. Null when a line's
   * fold does not keep its length (text that is not NFC Vietnamese); scan the lines one by one then.
   */
  readonly ascii: string | null;
}

const NO_OUTLINE: Outline = { headings: [], report: [], appendixStart: null };

// One plan is checked by many rules in a row: the lines are built once per (text, plan).
let cache: { text: string; plan: Plan; analysis: DocAnalysis } | null = null;

/** The text's lines, placed by the plan's outline (none when the plan carries no facts). */
export function analyze(text: string, plan: Plan): DocAnalysis {
  if (cache && cache.text === text && cache.plan === plan) return cache.analysis;
  const outline = plan.facts?.outline ?? NO_OUTLINE;
  const headingLines = new Set(outline.headings.map((h) => h.line));
  const lines: DocLine[] = [];
  let report = 0;
  for (const { text: raw, ascii, start, end, index } of foldedLines(text)) {
    while (report < outline.report.length && outline.report[report]!.end < start) report++;
    const inReport = report < outline.report.length && outline.report[report]!.start <= start;
    const appendix = outline.appendixStart !== null && start >= outline.appendixStart;
    lines.push({ text: raw, ascii, start, end, index, review: inReport, appendix, heading: headingLines.has(index) });
  }
  const aligned = lines.every((l) => l.ascii.length === l.end - l.start);
  // core has the lines' folds joined already when every line folds by table (nearly every plan)
  const analysis = { text, lines, ascii: aligned ? (foldedText(text) ?? lines.map((l) => l.ascii).join("\n")) : null };
  cache = { text, plan, analysis };
  return analysis;
}

/**
 * What to scan for a pattern that cannot cross a line (no "\n" in what it matches or looks at): the
 * whole fold at once when it keeps the text's offsets, else each line; `start` is where each begins
 * in the text.
 */
export function foldsToScan(doc: DocAnalysis): readonly { readonly ascii: string; readonly start: number }[] {
  return doc.ascii !== null ? [{ ascii: doc.ascii, start: 0 }] : doc.lines;
}

/**
 * The lines whose fold holds one of `words` (lower case, without a line break; a rule searching for
 * a word on the lines need not look at the others), in order.
 */
export function linesHolding(doc: DocAnalysis, words: readonly string[]): readonly DocLine[] {
  const { ascii } = doc;
  if (ascii === null) return doc.lines.filter((line) => words.some((w) => line.ascii.includes(w)));
  // One search of the whole fold per word, from each line found to the next line: the cost is the
  // text's length and the lines that hold the word, not a call per line (no word spans a line).
  // The lines found are marked, then read in order: no set, no sort.
  const found = new Uint8Array(doc.lines.length);
  let count = 0;
  for (const w of words) {
    if (w === "") return doc.lines;
    for (let at = ascii.indexOf(w); at >= 0; ) {
      const line = lineAt(doc, at)!;
      if (found[line.index] === 0) { found[line.index] = 1; count++; }
      at = ascii.indexOf(w, line.end + 1);
    }
  }
  const out: DocLine[] = [];
  for (let i = 0; out.length < count; i++) if (found[i] === 1) out.push(doc.lines[i]!);
  return out;
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

/**
 * Every match of `re` (global, run on the ASCII fold of each line) in the text, as spans into the
 * text. `anyOf`: words of which every match holds one; a line (or a text) without any is not searched.
 */
export function findInText(doc: DocAnalysis, re: RegExp, anyOf?: readonly string[]): { line: DocLine; start: number; end: number; match: RegExpExecArray }[] {
  const out: { line: DocLine; start: number; end: number; match: RegExpExecArray }[] = [];
  for (const line of anyOf === undefined ? doc.lines : linesHolding(doc, anyOf)) {
    re.lastIndex = 0;
    for (let m = re.exec(line.ascii); m; m = re.exec(line.ascii)) {
      out.push({ line, start: line.start + m.index, end: line.start + m.index + m[0].length, match: m });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}
