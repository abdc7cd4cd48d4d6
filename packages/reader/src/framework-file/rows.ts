import {
  Framework as FrameworkSchema,
  matchKey,
  nfc,
  parseTarget,
  type Comparator,
  type Confidence,
  type Framework,
  type FrameworkIndicator,
  type FrameworkTarget,
  type Level,
} from "@cdsvn/core";
import { FRAMEWORK_COLUMNS, type RowKey } from "./columns.ts";
import type { FrameworkFileProblem, ProblemLocation } from "./problems.ts";

/** One row of a framework table (a spreadsheet row or an object of the JSON table form). */
export interface TableRow {
  readonly where: ProblemLocation;
  readonly cells: Partial<Record<RowKey, string | number | null | undefined>>;
}

/** Where a cell of a row is: its column by header for a sheet, its property for JSON. */
function cellWhere(row: TableRow, key: RowKey): ProblemLocation {
  const header = FRAMEWORK_COLUMNS.find((c) => c.key === key)!.header;
  return row.where.path !== undefined ? { ...row.where, path: `${row.where.path}/${key}` } : { ...row.where, column: header };
}

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? "" : nfc(String(v)).trim());

interface ReadRow {
  readonly province: { readonly id: string; readonly name: string } | null;
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly aliases: readonly string[];
  readonly targets: readonly FrameworkTarget[];
}

/**
 * Rows → one framework per province named in them (no province: a national framework), one
 * indicator per code (or per name when the code is blank), one target per level of a row. A row
 * with an error is left out and said so; a doubtful one is read and said so. Never throws.
 */
export function frameworksFromRows(rows: readonly TableRow[], fileName: string, problems: FrameworkFileProblem[]): Framework[] {
  const read: ReadRow[] = [];
  for (const row of rows) {
    if (FRAMEWORK_COLUMNS.every((c) => text(row.cells[c.key]) === "")) continue; // a blank row
    const r = readRow(row, problems);
    if (r) read.push(r);
  }
  const byProvince = new Map<string, ReadRow[]>();
  for (const r of read) byProvince.set(r.province?.id ?? "", [...(byProvince.get(r.province?.id ?? "") ?? []), r]);
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const out: Framework[] = [];
  for (const [provinceId, group] of byProvince) {
    const province = group[0]!.province;
    const indicators = new Map<string, FrameworkIndicator>();
    for (const r of group) {
      const seen = indicators.get(r.code);
      if (seen) {
        seen.targets.push(...r.targets);
        for (const level of r.targets.map((t) => t.level)) if (!seen.levels.includes(level)) seen.levels.push(level);
        continue;
      }
      indicators.set(r.code, {
        code: r.code, name: r.name, aliases: [...r.aliases], keywords: [], pillar: "chung", unit: r.unit,
        levels: [...new Set(r.targets.map((t) => t.level))], targets: [...r.targets],
      });
    }
    const targets = [...indicators.values()].flatMap((i) => i.targets);
    const dates = targets.map((t) => t.source.date).filter((d): d is string => !!d).sort();
    const documents = new Map(targets.map((t) => [`${t.source.document}|${t.source.date ?? ""}`, { document: t.source.document, date: t.source.date ?? null }]));
    const framework: Framework = {
      id: `${slug(stem) || "khung"}${byProvince.size > 1 && provinceId ? `-${provinceId}` : ""}`,
      version: dates.at(-1) ?? "file",
      title: `Khung chỉ tiêu từ tệp ${fileName.replace(/^.*[\\/]/, "")}${province ? ` (${province.name})` : ""}`,
      level: province ? "province" : "national",
      province: province?.id ?? null,
      documents: [...documents.values()],
      years: { from: Math.min(...targets.map((t) => t.from)), to: Math.max(...targets.map((t) => t.to)) },
      // The file's rows carry their own confidence; the file as a whole is what its user vouches for.
      confidence: "confirmed",
      ...(dates.length > 0 ? { effective: dates[0]! } : {}),
      origin: "user",
      notes: [`Đọc từ tệp ${fileName.replace(/^.*[\\/]/, "")} (${group.length} dòng chỉ tiêu).`],
      indicators: [...indicators.values()],
    };
    const valid = FrameworkSchema.safeParse(framework);
    if (valid.success) out.push(valid.data);
    else problems.push({ severity: "error", where: {}, message: { vi: `khung chỉ tiêu không hợp lệ: ${valid.error.issues[0]?.message}`, en: `invalid framework: ${valid.error.issues[0]?.message}` } });
  }
  return out;
}

function readRow(row: TableRow, problems: FrameworkFileProblem[]): ReadRow | null {
  const errors: FrameworkFileProblem[] = [];
  const error = (key: RowKey, vi: string, en: string) => errors.push({ severity: "error", where: cellWhere(row, key), message: { vi, en } });
  const warn = (key: RowKey, vi: string, en: string) => problems.push({ severity: "warning", where: cellWhere(row, key), message: { vi, en } });

  const name = text(row.cells.name);
  if (!name) error("name", "thiếu tên chỉ tiêu", "the indicator's name is missing");
  const unitCell = text(row.cells.unit);
  const valueCell = text(row.cells.value);
  const unit = unitCell === "" || /^(%|phan tram|percent)$/.test(matchKey(unitCell)) || (unitCell === "" && valueCell.includes("%")) ? "%" : unitCell;
  const figure = readFigure(text(row.cells.comparator), valueCell, unit);
  if (figure.comparator === null) error("comparator", `không hiểu cách so sánh "${text(row.cells.comparator)}" (ghi ≥, >, ≤, < hoặc tối thiểu, trên, không quá, dưới)`,
    `comparator "${text(row.cells.comparator)}" not understood (write ≥, >, ≤, <)`);
  if (figure.value === null) error("value", valueCell ? `không đọc được giá trị "${valueCell}"` : "thiếu giá trị", valueCell ? `value "${valueCell}" is not a number` : "the value is missing");
  const years = readYears(row.cells.years);
  if (!years) error("years", text(row.cells.years) ? `không đọc được năm "${text(row.cells.years)}" (ghi 2026 hoặc 2025-2027)` : "thiếu năm áp dụng",
    text(row.cells.years) ? `years "${text(row.cells.years)}" not understood (write 2026 or 2025-2027)` : "the years are missing");
  const levels = readLevels(text(row.cells.level));
  if (!levels) error("level", `không hiểu cấp "${text(row.cells.level)}" (ghi xã, tỉnh hoặc quốc gia)`, `level "${text(row.cells.level)}" not understood (write xã, tỉnh or quốc gia)`);
  const document = text(row.cells.document);
  if (!document) error("document", "thiếu văn bản căn cứ của chỉ tiêu", "the document the target comes from is missing");
  const date = readDate(row.cells.date);
  if (date === undefined) error("date", `không đọc được ngày "${text(row.cells.date)}" (ghi dd/mm/yyyy)`, `date "${text(row.cells.date)}" not understood (write dd/mm/yyyy)`);
  const confidence = readConfidence(text(row.cells.confidence));
  if (!confidence) error("confidence", `không hiểu độ tin cậy "${text(row.cells.confidence)}" (ghi đã xác minh, thứ cấp hoặc chưa xác minh)`,
    `confidence "${text(row.cells.confidence)}" not understood (write đã xác minh, thứ cấp or chưa xác minh)`);
  if (errors.length > 0) {
    problems.push(...errors);
    return null;
  }
  if (date === null) warn("date", "không có ngày văn bản: chỉ tiêu được coi là ban hành trước mọi kế hoạch", "no document date: the target is taken as issued before any plan");
  const provinceName = text(row.cells.province);
  const province = provinceName ? { id: slug(provinceName.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, "")), name: provinceName } : null;
  const { comparator, value, max } = figure as { comparator: Comparator; value: number; max?: number };
  const article = text(row.cells.article);
  const source = { document, date: date ?? null, article: article || null };
  const code = text(row.cells.code) || slug(name).toUpperCase().slice(0, 60).replace(/-+$/, "");
  const raw = `${comparator === "range" ? `${value}–${max}` : `${SYMBOL[comparator]}${value}`}${unit === "%" ? "%" : ` ${unit}`}`;
  return {
    province, code, name, unit,
    aliases: text(row.cells.aliases).split(";").map((a) => a.trim()).filter(Boolean),
    targets: levels!.map((level) => ({
      from: years!.from, to: years!.to, level, comparator, value, ...(max !== undefined ? { max } : {}), raw, source, confidence: confidence!,
    })),
  };
}

const SYMBOL: Record<Comparator, string> = { ">=": "≥ ", ">": "> ", "=": "", "<=": "≤ ", "<": "< ", range: "" };

/**
 * The comparator and value cells through core's one target grammar ("tối thiểu 95", "trên 80",
 * "90 - 95"), each judged on its own so both can be reported. A bare figure, "=" or "đạt" in a
 * framework means "at least": it is read as ≥. A null part is one that could not be read.
 */
function readFigure(comparatorCell: string, valueCell: string, unit: string): { comparator: Comparator | null; value: number | null; max?: number } {
  const cmpKey = matchKey(comparatorCell);
  const plain = cmpKey === "" || cmpKey === "dat" || cmpKey === "bang" || comparatorCell.trim() === "=";
  const stated = plain ? ">=" : (() => {
    const t = parseTarget(`${comparatorCell} 1%`);
    return t.ok && t.value.comparator !== "=" && t.value.comparator !== "range" ? t.value.comparator : null;
  })();
  // The value cell alone must be the figure: "100 (2025)" or "khoảng 100" are not a value.
  if (!/^\s*\d+(?:[.,]\d+)*\s*(?:%\s*)?(?:[-–]\s*\d+(?:[.,]\d+)*\s*(?:%\s*)?)?$/u.test(valueCell)) return { comparator: stated, value: null };
  const parsed = parseTarget(`${valueCell.replace(/%\s*$/, "")}${unit === "%" ? "%" : ""}`);
  if (!parsed.ok) return { comparator: stated, value: null };
  const t = parsed.value;
  if (t.comparator === "range") return { comparator: "range", value: t.value, max: t.max ?? t.value };
  return { comparator: stated, value: t.value };
}

function readYears(cell: string | number | null | undefined): { from: number; to: number } | null {
  const s = text(cell);
  const m = /^(\d{4})(?:\s*(?:-|–|—|đến)\s*(\d{4}))?$/u.exec(s);
  if (!m) return null;
  const from = Number(m[1]), to = Number(m[2] ?? m[1]);
  return from >= 1990 && to <= 2100 && from <= to ? { from, to } : null;
}

const LEVELS: Record<string, Level> = {
  xa: "commune", phuong: "commune", "dac khu": "commune", "cap xa": "commune", commune: "commune",
  tinh: "province", "thanh pho": "province", "cap tinh": "province", province: "province",
  "quoc gia": "national", "trung uong": "national", "toan quoc": "national", national: "national",
};

function readLevels(cell: string): Level[] | null {
  if (!cell) return ["commune"];
  const out: Level[] = [];
  for (const part of cell.split(/[,;/]| và /u).map((p) => matchKey(p)).filter(Boolean)) {
    const level = LEVELS[part];
    if (!level) return null;
    if (!out.includes(level)) out.push(level);
  }
  return out.length > 0 ? out : null;
}

/** "01/12/2025", "1/12/2025", "2025-12-01", "12/2025", "2025", or a spreadsheet date serial → ISO; null when blank, undefined when unreadable. */
function readDate(cell: string | number | null | undefined): string | null | undefined {
  if (typeof cell === "number" && cell > 20000 && cell < 80000) {
    // Spreadsheet serial: days since 1899-12-30.
    return new Date(Date.UTC(1899, 11, 30) + Math.round(cell) * 86400000).toISOString().slice(0, 10);
  }
  const s = text(cell);
  if (!s) return null;
  const pad = (n: string) => n.padStart(2, "0");
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validDate(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return validDate(s);
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${pad(m[1]!)}`;
  if (/^\d{4}$/.test(s)) return s;
  return undefined;
}

function validDate(iso: string): string | undefined {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

const CONFIDENCE: Record<string, Confidence> = {
  "da xac minh": "confirmed", "xac minh": "confirmed", "chinh thuc": "confirmed", confirmed: "confirmed",
  "thu cap": "secondary", "nguon thu cap": "secondary", "bao chi": "secondary", secondary: "secondary",
  "chua xac minh": "unconfirmed", unconfirmed: "unconfirmed",
  "suy ra": "derived", derived: "derived",
};

function readConfidence(cell: string): Confidence | null {
  if (!cell) return "confirmed";
  return CONFIDENCE[matchKey(cell)] ?? null;
}

/** "Quảng Ngãi" → "quang-ngai": the province id form plugins use. */
export function slug(s: string): string {
  return matchKey(s).replace(/\s+/g, "-");
}
