import { collapseSpaces, comparatorPrefix, parseVnNumber, type Comparator, type FigureStatement, type Span } from "@cdsvn/core";
import type { OutlineLine } from "./outline.ts";

/*
 * Percentages stated in running text or table cells, each with the clause it qualifies. Plans state
 * the same indicator several times (objectives, tasks, appendix, last year's results); rules compare
 * these statements where the plan has no entity for them.
 */

const STOP = new Set(
  ("ty le dat tren duoi hon tu tro len it nhat toi thieu khong qua phan dau nam muc co cac cua va voi duoc trong cho la " +
    "nhung mot so da se dang nay do theo ve den tong so the hien dam bao 100 % so sanh tang giam tiep tuc duy tri toan xa dan phan cap")
    .split(" "),
);

/**
 * A percentage on the ASCII fold: the figure starts a number (lookbehind), so a scan never restarts
 * inside one; the comparator words before it are read by core's grammar, not here.
 */
const PERCENT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*%(\s*tro len)?/g;

/** A word of the fold: a run of letters and digits (everything else separates words). */
const WORD = /[a-z0-9]+/g;
const ALL_DIGITS = /^\d+$/;

/**
 * How far around a figure its clause is looked for. A clause is a phrase of a sentence; bounding it
 * keeps the scan linear however long the line ("đạt 1% " ten thousand times on one line).
 */
const CLAUSE_WINDOW = 240;


/**
 * How many figures a document's facts hold at most. A plan states a few dozen percentages (the seeds
 * 23 to 66), a province's plan with a table per commune a few thousand; each statement carries its
 * clause, up to 480 characters, so a hostile line of "đạt 1% " 58,000 times (400 KB) made 23 MB of
 * facts, copied again into the report and its JSON: 546 MB for one file, over the 500 MB bar.
 */
export const FIGURE_LIMIT = 10_000;

/**
 * Every percentage of the annotated lines, in order, at most FIGURE_LIMIT; `onLimit` is told where
 * the first figure left out stands.
 */
export function figureStatements(lines: readonly OutlineLine[], onLimit?: (dropped: Span) => void): FigureStatement[] {
  const out: FigureStatement[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.ascii.includes("%")) continue;
    const inTable = line.text.includes("\t") || /^\s*\|/.test(line.text);
    // the clause may continue on wrapped lines: up to two following plain lines join it;
    // HTML inside table cells (<li>…</li>) separates clauses like a tab does
    const masked = maskTags(line.ascii);
    let ext = masked;
    let extText = line.text;
    if (!inTable) {
      for (let k = 1; k <= 2; k++) {
        const next = lines[i + k];
        if (!next || next.ascii.trim() === "" || next.heading || /^\s*(?:[-+•*–]|[a-z]\)|\d+[.)])\s/.test(next.ascii) || next.text.includes("\t")) break;
        ext += " " + maskTags(next.ascii);
        extText += " " + next.text;
      }
    }
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(masked); m; m = PERCENT.exec(masked)) {
      const parsed = parseVnNumber(m[1]!);
      if (!parsed.ok) continue;
      const figureAt = m.index;
      const endAt = figureAt + m[0].length;
      const { comparator, prefixLength } = comparatorAt(masked, figureAt, m[0]);
      const at = figureAt - prefixLength;
      // the clause: from the previous separator to the next one, within the window
      const sepBefore = clauseStart(ext, at, Math.max(0, at - CLAUSE_WINDOW));
      const stop = clauseEnd(ext, endAt, Math.min(ext.length, endAt + CLAUSE_WINDOW));
      const clauseAscii = collapseSpaces(ext.slice(sepBefore + 1, at) + " " + ext.slice(endAt, stop)).trim();
      const clause = collapseSpaces(extText.slice(sepBefore + 1, stop)).trim();
      const words = (canonicalPhrases(clauseAscii).match(WORD) ?? []).filter((w) => !STOP.has(w) && (w.charCodeAt(0) > 57 || !ALL_DIGITS.test(w)));
      if (out.length === FIGURE_LIMIT) {
        onLimit?.({ start: line.start + at, end: line.start + endAt });
        return out;
      }
      out.push({
        value: parsed.value,
        comparator,
        raw: line.text.slice(at, endAt).trim(),
        span: { start: line.start + at, end: line.start + endAt },
        line: line.index,
        words,
        clause,
        review: line.review,
        appendix: line.appendix,
        inTable,
      });
    }
  }
  return out;
}

/**
 * The comparator of the figure at `figureAt`, by core's target grammar (the one `parseTarget` uses),
 * and how many characters of comparator words before the figure belong to its `raw`.
 */
function comparatorAt(ascii: string, figureAt: number, figure: string): { comparator: Comparator; prefixLength: number } {
  // "từ 70% trở lên", "98% trở lên": at least, whatever precedes
  if (/tro len$/.test(figure)) return { comparator: ">=", prefixLength: 0 };
  // core reads only as far back as its grammar needs, so it is given all the text before the figure
  const phrase = comparatorPrefix(ascii.slice(0, figureAt));
  if (!phrase) return { comparator: "=", prefixLength: 0 };
  return { comparator: phrase.comparator, prefixLength: figureAt - phrase.start };
}

/**
 * One wording for phrases plans write two ways, so the same indicator compares equal:
 * "không phụ thuộc (vào) địa giới hành chính" is "phi địa giới hành chính".
 */
function canonicalPhrases(ascii: string): string {
  return ascii.replace(/\bkhong phu thuoc (?:vao )?dia gioi\b/g, "phi dia gioi");
}

/** Tags become separators; a tag ends at the next "<" too, so no character is scanned by two attempts. */
function maskTags(s: string): string {
  return s.includes("<") ? s.replace(/<[^<>]{0,80}>/g, (t) => "|".repeat(t.length)) : s;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The separator before the clause at `at` (";", ":", tab, "|", or a full stop that ends a sentence,
 * not a decimal point), looking back no further than `from`: its index, or `from - 1`. One pass over
 * the window, so a line of ten thousand figures costs ten thousand windows, not their square.
 */
function clauseStart(s: string, at: number, from: number): number {
  for (let j = at - 1; j >= from; j--) {
    const c = s.charCodeAt(j);
    if (c === 59 || c === 58 || c === 9 || c === 124) return j; // ; : tab |
    if (c === 46 && j > 0 && s.charCodeAt(j + 1) === 32 && !isDigit(s.charCodeAt(j - 1))) return j; // ". "
  }
  return from - 1;
}

/** Where the clause after `endAt` stops (";", tab, "|", ". ", the next "%"), looking no further than `to`. */
function clauseEnd(s: string, endAt: number, to: number): number {
  for (let j = endAt; j < to; j++) {
    const c = s.charCodeAt(j);
    if (c === 59 || c === 9 || c === 124 || c === 37) return j; // ; tab | %
    if (c === 46 && s.charCodeAt(j + 1) === 32) return j; // ". "
  }
  return to;
}
