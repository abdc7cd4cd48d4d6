import { collapseSpaces, declaredMoneyUnit, findPeriod, parseTarget, type Diagnostic, type Indicator, type Period, type Section, type Span } from "@cdsvn/core";
import type { ClassifiedTable } from "./tables.ts";
import { cellText, spanningGroup } from "./tables.ts";
import { findTargets } from "./targets.ts";
import { parseDiagnostic } from "./diagnostics.ts";
import { cellItems, clean, fold, stripMarkers } from "./text.ts";

// Words around a figure that are not part of what is measured.
const TRAILING_FILLER = /(?:(?<!\s)\s+|^)(?:đạt(?: tỷ lệ| mức| được)?|là|chiếm|phấn đấu|phần đầu|đến|lên|xuống|từ|ở mức|với)\s*$/iu;
const LEADING_FILLER = /^(?:phấn đấu|phần đầu|đạt|duy trì|bảo đảm|đảm bảo|có|trong đó)\s+(?=\S)/iu;

const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const SPACE = /\s/;

/**
 * Whether `s` has at least `n` words with a letter (words: runs between white space). One pass that
 * stops at the n-th, without splitting: it runs for every figure of the plan.
 */
function hasWords(s: string, n: number): boolean {
  let found = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && SPACE.test(s[i]!))) {
      counted = false;
      continue;
    }
    if (counted) continue;
    const letter = ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0x80 && LETTER.test(String.fromCodePoint(s.codePointAt(i)!)));
    if (letter) {
      counted = true;
      if (++found >= n) return true;
    }
  }
  return false;
}

/** `s` without the run of punctuation and spaces at its end (",", ";", ":", ".", white space). */
function trimTrailingPunctuation(s: string): string {
  let end = s.length;
  for (; end > 0; end--) {
    const c = s.charCodeAt(end - 1);
    if (c !== 44 && c !== 59 && c !== 58 && c !== 46 && !SPACE.test(s[end - 1]!)) break;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** The wording of one target inside its clause: what is around the figure, without comparator words. */
function wordingAround(clause: string, from: number, start: number, end: number, to: number): string {
  let before = clause.slice(from, start);
  const after = clause.slice(end, to);
  // A long run-up: keep its last part (from the last comma) when that part still says something.
  const lastComma = Math.max(before.lastIndexOf(","), before.lastIndexOf(":"));
  if (lastComma >= 0 && hasWords(before.slice(lastComma + 1), 3)) before = before.slice(lastComma + 1);
  // A heading glued to the item under it ("Các chỉ tiêu chủ yếu a) Công tác lãnh đạo …"): the item starts at its label.
  const label = /^.*\s[a-zđ]\)\s/su.exec(before);
  if (label) before = before.slice(label[0].length);
  let b = clean(before).replace(/^[,;:.\s]+/, "");
  for (let i = 0; i < 3; i++) b = b.replace(TRAILING_FILLER, "").trim();
  b = stripMarkers(b).replace(LEADING_FILLER, "");
  let a = clean(after);
  if (/^[,;:.)]/.test(a) || a === "") a = "";
  else a = trimTrailingPunctuation(a.replace(/^(?:trở lên|trở lên,)\s*/u, ""));
  const text = collapseSpaces(hasWords(b, 1) && a ? `${b} ${a}` : b || a).trim();
  return trimTrailingPunctuation(text.replace(LEADING_FILLER, ""));
}

/** Where a clause ends: ";" always; "." when a new sentence starts. */
const CLAUSE_END = /;|\.(?=\s+[\p{Lu}\d-])/gu;

/** Clauses of a sentence: ";" always ends one; "." ends one when a new sentence starts. */
function clauses(s: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  // an exec loop, not matchAll (which copies the pattern on every call): this runs for every unit of the plan
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(s); m; m = CLAUSE_END.exec(s)) {
    out.push({ from, to: m.index });
    from = m.index + 1;
  }
  out.push({ from, to: s.length });
  return out;
}

export interface ProseOptions {
  readonly section: Section;
  readonly planPeriod: Period | null;
  readonly group: string | null;
  /** Whether "ít nhất 02 cuộc …" counts are targets here (in a targets section, not in task prose). */
  readonly counts?: boolean;
}

/** Every target in a piece of prose (a list item, a sentence, a cell item); `base` maps offsets. */
export function indicatorsFromProse(masked: string, base: number | null, opts: ProseOptions): Indicator[] {
  const out: Indicator[] = [];
  // every target has a figure: prose without a digit (most of a plan) has none to split and search
  if (!DIGIT.test(masked)) return out;
  const parts = clauses(masked);
  parts.forEach((cl, ci) => {
    const clause = masked.slice(cl.from, cl.to);
    const found = findTargets(clause).filter((f) => opts.counts !== false || f.target.unit !== "count");
    found.forEach((f, i) => {
      const from = i > 0 ? found[i - 1]!.end : 0;
      const to = i + 1 < found.length ? found[i + 1]!.start : clause.length;
      let text = wordingAround(clause, from, f.start, f.end, to);
      // "X; phấn đấu trên 100%": a bare figure after ";" is the target of the clause before it.
      if (!hasWords(text, 2) && i === 0 && ci > 0) {
        const prev = parts[ci - 1]!;
        text = `${clean(masked.slice(prev.from, prev.to))} ${text}`.trim();
        text = stripMarkers(text);
      }
      if (!hasWords(text, 2)) return;
      const span: Span | null = base === null ? null : { start: base + cl.from + f.start, end: base + cl.from + f.end };
      out.push({
        text, target: f.target, baseline: null, period: f.target.period ?? opts.planPeriod,
        section: opts.section, group: opts.group, span,
      });
    });
  });
  return out;
}

/**
 * An indicator table: one row per indicator, a target column (and a baseline column when the table
 * pairs last year's result with this year's target); or a list table whose content cells carry
 * the targets in their items (converters write `<ul><li>` inside cells).
 */
export function indicatorsFromTable(t: ClassifiedTable, opts: ProseOptions): { indicators: Indicator[]; diagnostics: Diagnostic[] } {
  const c = t.columns;
  const indicators: Indicator[] = [];
  const diagnostics: Diagnostic[] = [];
  let group: string | null = opts.group;
  for (const row of t.body) {
    const spanning = spanningGroup(row);
    if (spanning) { group = spanning.title; continue; }
    const code = cellText(row, c.code);
    const content = stripMarkers(cellText(row, c.content));
    if (c.target !== null) {
      const targetCell = cellText(row, c.target);
      const baseCell = cellText(row, c.baseline);
      if (targetCell === "" && baseCell === "") {
        if (content) group = content;
        continue;
      }
      if (targetCell === "") continue;
      const target = parseTarget(targetCell.replace(/\\geq?/g, "≥"));
      if (!target.ok || content === "") {
        diagnostics.push(parseDiagnostic("indicator-target", "unreadableTarget", row.span, { cell: targetCell, row: content }));
        continue;
      }
      const base = baseCell ? parseTarget(baseCell) : null;
      const period = findPeriod(targetCell) ?? opts.planPeriod;
      const unit = unitOf(cellText(row, c.unit));
      indicators.push({
        text: content, target: { ...target.value, ...unit, raw: targetCell }, baseline: base && base.ok ? { ...base.value, ...unit, raw: baseCell } : null,
        period, section: opts.section, group, span: row.span,
      });
      continue;
    }
    // List table: every item of the content cell that carries a figure.
    const cell = c.content === null ? undefined : row.cells[c.content];
    if (!cell) continue;
    if (/^[IVX]+$/.test(code) && content && findTargets(content).length === 0) { group = content; continue; }
    for (const item of cellItems(cell.text)) {
      for (const i of indicatorsFromProse(item, null, { ...opts, group })) indicators.push({ ...i, span: cell.span });
    }
  }
  return { indicators, diagnostics };
}

/**
 * The "Đơn vị tính" cell of an indicator row: "%" makes the figures percentages, a noun ("mô hình",
 * "xã", "Hồ sơ") counts of it, a money unit ("triệu đồng") the unit as written. Nothing when the table has no such column.
 */
function unitOf(cell: string): { unit: string; unitLabel?: string | null } | Record<string, never> {
  const t = cell.trim().replace(/[.;]$/, "");
  if (t === "") return {};
  if (/^%|^(?:tỷ lệ|phần trăm)$/iu.test(t)) return { unit: "%", unitLabel: null };
  if (declaredMoneyUnit(`ĐVT: ${t}`) !== null) return { unit: t, unitLabel: null };
  return { unit: "count", unitLabel: t.toLowerCase() };
}

/** In a task table, a task stated as a target ("… đạt 98% trở lên") is also an indicator. */
export function indicatorsFromTaskTable(t: ClassifiedTable, opts: ProseOptions): Indicator[] {
  const out: Indicator[] = [];
  for (const row of t.body) {
    const name = cellText(row, t.columns.content);
    let found = indicatorsFromProse(name, null, opts);
    if (found.length === 0) found = indicatorsFromProse(cellText(row, t.columns.output), null, opts);
    for (const i of found) out.push({ ...i, span: row.span });
  }
  return out;
}

export const isGroupTitle = (text: string) => fold(text).length > 0;
