import type { Comparator, FileReport, Locale, Target } from "@cdsvn/core";
import { findingNotes, sectionOf, sectionTitle } from "../findings.ts";
import { severityLabel, t } from "../messages.ts";
import { dateLabel, targetLabel } from "../plan-labels.ts";

/** How a column's values are written: text, a plain number, money in đồng, a percentage value (84 = 84%). */
export type ColumnKind = "text" | "number" | "money" | "percent" | "integer";

export interface Column {
  readonly key: string;
  readonly header: string;
  readonly kind: ColumnKind;
  readonly width?: number;
}

export type Cell = string | number | boolean | null;

export interface Row {
  readonly cells: Readonly<Record<string, Cell>>;
  /** Which report (file) and entity the row is, so findings can link to it. */
  readonly fileIndex: number;
  readonly index: number;
  /** Budget rows: group rows and where they sit. */
  readonly isGroup?: boolean;
  readonly path?: readonly string[];
}

export type TableId = "indicators" | "tasks" | "budget" | "legalBases" | "findings";

export interface Table {
  readonly id: TableId;
  /** Sheet name / CSV file stem, in the chosen locale (Excel: ≤ 31 characters, no []:*?/\). */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

/** File stems for CSV: ASCII, stable across locales, so scripts can rely on them. */
export const CSV_NAMES: Record<TableId, string> = { indicators: "indicators", tasks: "tasks", budget: "budget-lines", legalBases: "legal-bases", findings: "findings" };

type ColumnKey =
  | "file" | "no" | "group" | "text" | "comparator" | "target" | "value" | "max" | "unit" | "baseline" | "baselineValue" | "period" | "section"
  | "name" | "lead" | "partners" | "deadline" | "output" | "code" | "path" | "content" | "quantity" | "unitPrice" | "amount" | "isGroup"
  | "symbol" | "kind" | "date" | "issuer" | "title" | "severity" | "category" | "ruleId" | "message" | "line" | "pointer" | "expected" | "actual" | "source" | "suggestion";

function col(locale: Locale, key: ColumnKey, kind: ColumnKind, width?: number): Column {
  return { key, header: t(locale, `col.${key}`), kind, ...(width ? { width } : {}) };
}

/** "≥", "≤", "=", "khoảng": a comparator as a reviewer reads it. */
function comparatorLabel(locale: Locale, c: Comparator): string {
  return c === ">=" ? "≥" : c === "<=" ? "≤" : c === "range" ? t(locale, "comparator.range") : c;
}

const numberOrNull = (n: number | null | undefined): number | null => (typeof n === "number" && Number.isFinite(n) ? n : null);
const valueKind = (t: Target | null | undefined): ColumnKind => (t?.unit === "%" ? "percent" : t?.unit === "đồng" ? "money" : "number");
const periodLabel = (p: { from: number; to: number } | null | undefined) => (p ? (p.from === p.to ? String(p.from) : `${p.from}–${p.to}`) : null);
const scalar = (v: unknown): Cell => (v === undefined || v === null ? null : typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : JSON.stringify(v));

/**
 * The five tables every exporter writes (CSV files, XLSX sheets), from one or more reports. A "file"
 * column leads each table so several plans can share one workbook.
 */
export function buildTables(reports: readonly FileReport[], locale: Locale): Table[] {
  const ind: Row[] = [], tasks: Row[] = [], budget: Row[] = [], legal: Row[] = [], findings: Row[] = [];
  reports.forEach((report, fileIndex) => {
    const plan = report.plan;
    const file = report.file;
    if (plan) {
      plan.indicators.forEach((it, index) => {
        ind.push({ fileIndex, index, cells: {
          file, no: index + 1, group: it.group ?? null, text: it.text, target: targetLabel(it.target, locale), comparator: comparatorLabel(locale, it.target.comparator),
          value: numberOrNull(it.target.value), max: numberOrNull(it.target.max), unit: it.target.unit === "count" ? (it.target.unitLabel ?? "") : it.target.unit,
          baseline: it.baseline ? targetLabel(it.baseline, locale) : null, baselineValue: numberOrNull(it.baseline?.value), period: periodLabel(it.period), section: t(locale, `docSection.${it.section}`),
          _valueKind: valueKind(it.target),
        } });
      });
      plan.tasks.forEach((t, index) => {
        tasks.push({ fileIndex, index, cells: { file, no: index + 1, name: t.name, lead: t.lead, partners: t.partners.join("; "), deadline: t.deadline?.raw ?? null, output: t.output } });
      });
      plan.budget.lines.forEach((l, index) => {
        budget.push({ fileIndex, index, isGroup: l.isGroup === true, path: l.path, cells: {
          file, code: l.code, path: l.path.join(" › "), content: l.content, unit: l.unit, quantity: numberOrNull(l.quantity), unitPrice: numberOrNull(l.unitPrice), amount: numberOrNull(l.amount), isGroup: l.isGroup === true,
        } });
      });
      plan.legalBases.forEach((b, index) => {
        legal.push({ fileIndex, index, cells: { file, no: index + 1, symbol: b.symbol, kind: t(locale, `legalKind.${b.kind}`), date: dateLabel(locale, b.date), issuer: b.issuer, title: b.title ?? null } });
      });
    }
    report.diagnostics.forEach((d, index) => {
      const notes = findingNotes(locale, d);
      findings.push({ fileIndex, index, cells: {
        file, no: index + 1, severity: severityLabel(locale, d.severity), section: sectionTitle(locale, sectionOf(d)), category: t(locale, `category.${d.category}`), ruleId: d.ruleId,
        message: d.message, line: d.line, pointer: d.path, expected: scalar(d.expected), actual: scalar(d.actual),
        source: notes.source, suggestion: notes.suggestion,
      } });
    });
  });
  const L = locale;
  return [
    { id: "indicators", title: t(L, "sheet.indicators"), rows: ind, columns: [col(L, "file", "text", 24), col(L, "no", "integer", 6), col(L, "group", "text", 24), col(L, "text", "text", 60), col(L, "target", "text", 16), col(L, "comparator", "text", 8), col(L, "value", "number", 12), col(L, "max", "number", 10), col(L, "unit", "text", 10), col(L, "baseline", "text", 14), col(L, "baselineValue", "number", 12), col(L, "period", "text", 11), col(L, "section", "text", 10)] },
    { id: "tasks", title: t(L, "sheet.tasks"), rows: tasks, columns: [col(L, "file", "text", 24), col(L, "no", "integer", 6), col(L, "name", "text", 60), col(L, "lead", "text", 28), col(L, "partners", "text", 32), col(L, "deadline", "text", 16), col(L, "output", "text", 24)] },
    { id: "budget", title: t(L, "sheet.budget"), rows: budget, columns: [col(L, "file", "text", 24), col(L, "code", "text", 7), col(L, "path", "text", 12), col(L, "content", "text", 56), col(L, "unit", "text", 10), col(L, "quantity", "number", 10), col(L, "unitPrice", "money", 16), col(L, "amount", "money", 18), col(L, "isGroup", "text", 8)] },
    { id: "legalBases", title: t(L, "sheet.legalBases"), rows: legal, columns: [col(L, "file", "text", 24), col(L, "no", "integer", 6), col(L, "symbol", "text", 18), col(L, "kind", "text", 12), col(L, "date", "text", 12), col(L, "issuer", "text", 28), col(L, "title", "text", 60)] },
    { id: "findings", title: t(L, "sheet.findings"), rows: findings, columns: [col(L, "file", "text", 24), col(L, "no", "integer", 6), col(L, "severity", "text", 10), col(L, "section", "text", 18), col(L, "category", "text", 18), col(L, "ruleId", "text", 26), col(L, "message", "text", 70), col(L, "line", "integer", 7), col(L, "pointer", "text", 20), col(L, "expected", "text", 16), col(L, "actual", "text", 16), col(L, "source", "text", 24), col(L, "suggestion", "text", 30)] },
  ];
}

/** The table and row index a finding's JSON Pointer leads to ("/budget/lines/17" → budget row 17), if any. */
export function pointerTarget(pointer: string | null | undefined): { table: TableId; index: number } | null {
  if (!pointer) return null;
  const m = /^\/(indicators|tasks|legalBases|budget\/lines)\/(\d+)/.exec(pointer);
  if (!m) return null;
  const table: TableId = m[1] === "budget/lines" ? "budget" : (m[1] as TableId);
  return { table, index: Number(m[2]) };
}
