import { parseVnNumber, type Comparator } from "@cdsvn/core";
import { analyze, type DocAnalysis } from "./document.ts";

/**
 * A percentage stated in running text or a table cell, with the clause it qualifies. Plans state the
 * same indicator several times (objectives, tasks, appendix, last year's results); rules compare
 * these statements where the extracted plan has no entity for them (results of the previous year
 * are not part of the plan contract).
 */
export interface FigureStatement {
  readonly value: number;
  readonly comparator: Comparator;
  /** The figure with its comparator words, as written ("Trên 70%"). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** The clause the figure qualifies, with the figure removed, folded to ASCII words. */
  readonly words: readonly string[];
  /** The clause as written. */
  readonly clause: string;
  readonly review: boolean;
  readonly appendix: boolean;
  /** Inside a table row (tab- or pipe-separated). */
  readonly inTable: boolean;
}

const STOP = new Set(
  ("ty le dat tren duoi hon tu tro len it nhat toi thieu khong qua phan dau nam muc co cac cua va voi duoc trong cho la " +
    "nhung mot so da se dang nay do theo ve den tong so the hien dam bao 100 % so sanh tang giam tiep tuc duy tri toan xa dan phan cap")
    .split(" "),
);

const FIGURE = /((?:(?:phan dau\s+)?(?:dat\s+)?(?:tren|hon|vuot|toi thieu|it nhat|khong duoi|khong thap hon|duoi|khong qua|tu)\s+)|(?:[≥≤><]=?\s*))?(\d{1,3}(?:[.,]\d{1,2})?)\s*%(\s*tro len)?/g;

let cache: { text: string; figures: FigureStatement[] } | null = null;

/** Every percentage in the text, in order. */
export function figureStatements(text: string): FigureStatement[] {
  if (cache && cache.text === text) return cache.figures;
  const doc = analyze(text);
  const figures = collect(doc);
  cache = { text, figures };
  return figures;
}

function comparatorOf(prefix: string | undefined, suffix: string | undefined): Comparator {
  const p = (prefix ?? "").trim();
  if (suffix) return ">=";
  if (/^(?:≥|>=)/.test(p) || /(?:toi thieu|it nhat|khong duoi|khong thap hon)$/.test(p)) return ">=";
  if (/^(?:≤|<=)/.test(p) || /khong qua$/.test(p)) return "<=";
  if (/^>/.test(p) || /(?:tren|hon|vuot)$/.test(p)) return ">";
  if (/^</.test(p) || /duoi$/.test(p)) return "<";
  return "=";
}

function collect(doc: DocAnalysis): FigureStatement[] {
  const out: FigureStatement[] = [];
  const { lines } = doc;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.ascii.includes("%")) continue;
    const inTable = line.text.includes("\t") || /^\s*\|/.test(line.text);
    // the clause may continue on wrapped lines; join up to two following plain lines
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
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(masked); m; m = FIGURE.exec(masked)) {
      const parsed = parseVnNumber(m[2]!);
      if (!parsed.ok) continue;
      const at = m.index;
      const endAt = at + m[0].length;
      // the clause: from the previous separator to the next one
      const sepBefore = Math.max(
        ext.lastIndexOf(";", at), ext.lastIndexOf(":", at), ext.lastIndexOf("\t", at), ext.lastIndexOf("|", at),
        lastSentenceStop(ext, at),
      );
      let stop = ext.length;
      for (const sep of [";", "\t", "|", ". ", "%"]) {
        const j = ext.indexOf(sep, endAt);
        if (j >= 0 && j < stop) stop = j;
      }
      const clauseAscii = (ext.slice(sepBefore + 1, at) + " " + ext.slice(endAt, stop)).replace(/\s+/g, " ").trim();
      const clause = (extText.slice(sepBefore + 1, stop)).replace(/\s+/g, " ").trim();
      const words = canonicalPhrases(clauseAscii).replace(/[^a-z0-9 ]+/g, " ").split(" ").filter((w) => w.length > 0 && !STOP.has(w) && !/^\d+$/.test(w));
      out.push({
        value: parsed.value,
        comparator: comparatorOf(m[1], m[3]),
        raw: line.text.slice(at, endAt).trim(),
        start: line.start + at,
        end: line.start + endAt,
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
 * One wording for phrases plans write two ways, so the same indicator compares equal:
 * "không phụ thuộc (vào) địa giới hành chính" is "phi địa giới hành chính".
 */
function canonicalPhrases(ascii: string): string {
  return ascii.replace(/\bkhong phu thuoc (?:vao )?dia gioi\b/g, "phi dia gioi");
}

function maskTags(s: string): string {
  return s.replace(/<[^>]{0,80}>/g, (t) => "|".repeat(t.length));
}

function lastSentenceStop(s: string, before: number): number {
  for (let j = before - 1; j > 0; j--) {
    if (s[j] === "." && s[j + 1] === " " && !/\d/.test(s[j - 1] ?? "")) return j;
  }
  return -1;
}

/** Word-bigram overlap of two clauses (0..1): the same indicator worded twice scores high. */
export function clauseSimilarity(a: readonly string[], b: readonly string[]): number {
  return bigramSimilarity(wordBigrams(a), wordBigrams(b));
}

/** A clause's word bigrams, to compute once when a clause is compared with many others. */
export function wordBigrams(w: readonly string[]): ReadonlySet<string> {
  const s = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) s.add(`${w[i]} ${w[i + 1]}`);
  return s;
}

/** clauseSimilarity over precomputed bigrams. */
export function bigramSimilarity(A: ReadonlySet<string>, B: ReadonlySet<string>): number {
  if (A.size === 0 || B.size === 0) return 0;
  let inter = 0;
  for (const g of A) if (B.has(g)) inter++;
  return inter / Math.min(A.size, B.size) * Math.min(1, Math.min(A.size, B.size) / 3) * (2 * inter / (A.size + B.size) + 1) / 2;
}
