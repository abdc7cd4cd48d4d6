import { parseMoney, parseVnNumber, type Budget, type BudgetLine, type Diagnostic } from "@cdsvn/core";
import type { ClassifiedTable } from "./tables.ts";
import { cellText, spanningGroup } from "./tables.ts";
import { parseDiagnostic } from "./diagnostics.ts";
import { clean, fold } from "./text.ts";

/** Roman numerals from I to XXXIX, in order: the group sequences plans use. */
const ROMANS = (() => {
  const ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  return Array.from({ length: 39 }, (_, k) => "X".repeat(Math.floor((k + 1) / 10)) + ones[(k + 1) % 10]);
})();
const LETTERS = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * Rank of row labels in the outline: A, B (parts) < I, II (groups) < 1, 2 < 1.1 < 1.1.1 < a, b.
 * "C", "D", "I", "V", "X", "L" are letters or Roman numerals: the sequence decides. A label that
 * continues the letters (C after B) is a letter; one that continues the numerals (V after IV) or
 * starts them (I) is a numeral.
 */
export class OutlineRanks {
  private lastLetter: string | null = null;
  private lastRoman: string | null = null;

  rankOf(code: string): number | null {
    const roman = ROMANS.indexOf(code);
    const letter = code.length === 1 ? LETTERS.indexOf(code) : -1;
    const continuesLetters = letter >= 0 && this.lastLetter !== null && letter === LETTERS.indexOf(this.lastLetter) + 1;
    const continuesRomans = roman >= 0 && (this.lastRoman === null ? roman === 0 : roman === ROMANS.indexOf(this.lastRoman) + 1);
    const isLetter = letter >= 0 && (roman < 0 || continuesLetters || !continuesRomans);
    if (isLetter) {
      this.lastLetter = code;
      this.lastRoman = null; // numerals start again under a new part
      return 0;
    }
    if (roman >= 0) {
      this.lastRoman = code;
      return 1;
    }
    if (/^\d+(?:\.\d+)*$/.test(code)) return 2 + (code.split(".").length - 1);
    if (/^[a-zđ]$/.test(code)) return 9;
    return null;
  }
}

const TOTAL_RE = /^(?:tong(?: cong| so| kinh phi| du toan)?\b|cong\b)/u;

export interface BudgetTableResult {
  readonly lines: BudgetLine[];
  readonly total: number | null;
  readonly totalSpan: { start: number; end: number } | null;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses an amount cell in the table's declared unit; null when blank, NaN when unreadable. In an
 * amount column a dash is how accounts write nothing ("-" for zero): the row is a line of 0 đồng.
 */
function money(cell: string, multiplier: number, dashIsZero = false): number | null {
  const s = cell.replace(/(?<!\s)\s*(?:đồng|đ|VNĐ|VND)\.?$/iu, "").trim();
  if (s === "") return null;
  if (/^[-–—]+$/.test(s)) return dashIsZero ? 0 : null;
  const n = parseVnNumber(s);
  if (n.ok) return Math.round(n.value * multiplier);
  const m = parseMoney(s);
  return m.ok ? m.value : Number.NaN;
}

/**
 * Every row of one budget table, as stated: group rows with their path of labels, the unit of the
 * table ("ĐVT: triệu đồng") converted to đồng, the total row kept as the declared total.
 */
export function extractBudgetTable(t: ClassifiedTable): BudgetTableResult {
  const c = t.columns;
  const multiplier = t.amountMultiplier ?? 1;
  const priceMultiplier = t.unitPriceMultiplier ?? multiplier;
  const ranks = new OutlineRanks();
  const lines: BudgetLine[] = [];
  const diagnostics: Diagnostic[] = [];
  const stack: { code: string; rank: number }[] = [];
  const unreadable = new Set<BudgetLine>();
  let total: number | null = null;
  let totalSpan: BudgetTableResult["totalSpan"] = null;
  for (const row of t.body) {
    const group = spanningGroup(row);
    const code = group ? (group.code ?? "") : cellText(row, c.code).replace(/[.:]$/, "");
    const content = group ? group.title : cellText(row, c.content);
    const amountCell = group ? "" : cellText(row, c.amount);
    const amount = money(amountCell, multiplier, true);
    if (code === "" && content === "" && amountCell === "") {
      // A continuation row (a cell that broke across lines): its text belongs to the row above.
      const extra = row.cells.map((x) => clean(x.text)).filter(Boolean).join(" ");
      const last = lines[lines.length - 1];
      if (extra && last && last.span) last.span = { start: last.span.start, end: row.span.end };
      continue;
    }
    if (code === "" && amount === null && lines.length > 0 && content !== "") {
      const last = lines[lines.length - 1]!;
      last.content = `${last.content} ${content}`.trim();
      if (last.span) last.span = { start: last.span.start, end: row.span.end };
      continue;
    }
    if (TOTAL_RE.test(fold(content || code))) {
      if (amount !== null && !Number.isNaN(amount)) {
        total = amount;
        totalSpan = row.span;
      }
      continue;
    }
    if (amount !== null && Number.isNaN(amount)) {
      diagnostics.push(parseDiagnostic("budget-amount", "unreadableAmount", row.span, { cell: amountCell, row: content }));
    }
    const rank = code ? ranks.rankOf(code) : null;
    if (rank !== null) {
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
      stack.push({ code, rank });
    }
    const path = rank !== null ? stack.map((s) => s.code) : [...stack.map((s) => s.code)];
    const qty = cellText(row, c.quantity);
    const price = cellText(row, c.unitPrice);
    const q = qty ? parseVnNumber(qty) : null;
    const p = price ? money(price, priceMultiplier) : null;
    const line: BudgetLine = {
      code: code || null, path, content, unit: cellText(row, c.unit) || null,
      quantity: q && q.ok ? q.value : null, unitPrice: p !== null && !Number.isNaN(p) ? p : null,
      amount: amount !== null && !Number.isNaN(amount) ? amount : null, span: row.span,
    };
    lines.push(line);
    if (amount !== null && Number.isNaN(amount)) unreadable.add(line);
  }
  // A row is a group when a later row sits under it.
  // Children follow their group directly in the table.
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (l.code && next && next.path.length > l.path.length && l.path.every((p, k) => next.path[k] === p)) l.isGroup = true;
  });
  const withAmount = lines.filter((l) => l.amount !== null);
  for (const l of lines) {
    if (l.amount === null && !l.isGroup && !unreadable.has(l)) {
      diagnostics.push(parseDiagnostic("budget-row-without-amount", "noAmount", l.span, { code: l.code, row: l.content }, "info"));
    }
  }
  return { lines: withAmount, total, totalSpan, diagnostics };
}

/**
 * "Tổng kinh phí … là 3.711.000.000 đồng": the total stated in prose, in đồng. Found in two steps, the
 * opening words first, then the rest tried from their end only (sticky): as one pattern searched over
 * the whole text, recheck rated it cubic ("Tổng dự toán" repeated retried every bounded run-up). The
 * run-up is bounded and no two blank runs are adjacent (blanks and emphasis stars are one class, the
 * scale word sits between the figure's blanks and "đồng").
 */
const PROSE_TOTAL_OPENING = /[Tt]ổng (?:kinh phí|dự toán|nguồn vốn)/gu;
const PROSE_TOTAL_REST = /[^.\n]{0,120}?(?:là|:)[\s*]{0,40}(\d{1,3}(?:[.,]\d{3})+|\d+(?:,\d+)?)[\s*]{0,40}((?:(?:triệu|tỷ|nghìn) {0,3})?đồng)/uy;

export function findProseTotal(text: string): { value: number; span: { start: number; end: number } } | null {
  PROSE_TOTAL_OPENING.lastIndex = 0;
  for (let opening = PROSE_TOTAL_OPENING.exec(text); opening; opening = PROSE_TOTAL_OPENING.exec(text)) {
    PROSE_TOTAL_REST.lastIndex = opening.index + opening[0].length;
    const rest = PROSE_TOTAL_REST.exec(text);
    if (!rest) continue;
    const span = { start: opening.index, end: PROSE_TOTAL_REST.lastIndex };
    const v = parseMoney(`${rest[1]} ${rest[2]}`);
    if (v.ok) return { value: v.value, span };
    PROSE_TOTAL_OPENING.lastIndex = span.end; // the next statement starts after this one
  }
  return null;
}

export function mergeBudget(results: readonly BudgetTableResult[], prose: ReturnType<typeof findProseTotal>): Budget {
  const lines = results.flatMap((r) => r.lines);
  const tableTotal = results.find((r) => r.total !== null);
  if (tableTotal) return { declaredTotal: tableTotal.total, totalSpan: tableTotal.totalSpan, lines };
  if (prose) return { declaredTotal: prose.value, totalSpan: prose.span, lines };
  return { declaredTotal: null, lines };
}
