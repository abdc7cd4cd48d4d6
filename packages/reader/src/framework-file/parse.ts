import type { Framework } from "@cdsvn/core";
import { decodeText } from "../input/decode.ts";
import { LIMITS } from "../input/limits.ts";
import { columnOf, FRAMEWORK_COLUMNS, type RowKey } from "./columns.ts";
import { parseCsv } from "./csv.ts";
import { frameworksFromJson } from "./json.ts";
import type { FrameworkFileProblem } from "./problems.ts";
import { frameworksFromRows, type TableRow } from "./rows.ts";
import type { Sheet } from "./xlsx.ts";

/** What `parseFrameworkFile` gives back: the frameworks read and every problem found, located. */
export interface FrameworkFileResult {
  /** The frameworks read (origin "user"); rows with errors are left out of them. */
  readonly frameworks: Framework[];
  /** Every error and warning, located; the file is valid when none is an error. */
  readonly problems: FrameworkFileProblem[];
}

/**
 * A framework given by its user, from the bytes of a .json, .csv or .xlsx file (told by the name,
 * else by the content). Never rejects on bad input: everything wrong is a located problem. Browser-safe;
 * the .xlsx reader (and its zip library) is loaded only for an .xlsx, so a CLI start-up stays light.
 * The frameworks it gives are ready for the engine's `frameworks` option (or `compareWithFrameworks`).
 *
 * @example
 * ```ts
 * import { createEngine } from "@cdsvn/engine";
 * import { describeLocation, parseFrameworkFile } from "@cdsvn/reader";
 * const { frameworks, problems } = await parseFrameworkFile(bytes, "khung-chi-tieu.xlsx");
 * for (const p of problems) console.log(p.severity, describeLocation(p.where, "vi"), p.message.vi);
 * if (problems.every((p) => p.severity !== "error")) engine = createEngine({ plugins, frameworks });
 * ```
 */
export async function parseFrameworkFile(bytes: Uint8Array, fileName: string): Promise<FrameworkFileResult> {
  const problems: FrameworkFileProblem[] = [];
  const fail = (vi: string, en: string): FrameworkFileResult => ({ frameworks: [], problems: [{ severity: "error", where: {}, message: { vi, en } }] });
  if (bytes.length === 0) return fail("tệp rỗng", "the file is empty");
  if (bytes.length > LIMITS.inputBytes) return fail(`tệp lớn hơn ${LIMITS.inputBytes / 1048576} MB`, `the file is over ${LIMITS.inputBytes / 1048576} MB`);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === "xlsx" || (ext !== "json" && ext !== "csv" && isZip)) {
    let sheets: Sheet[];
    try {
      const { readXlsx } = await import("./xlsx.ts");
      sheets = readXlsx(bytes);
    } catch (e) {
      return fail(`không đọc được tệp .xlsx: ${(e as Error).message}`, `cannot read the .xlsx: ${(e as Error).message}`);
    }
    return { frameworks: fromSheets(sheets, fileName, problems), problems };
  }
  if (ext === "xls" || ext === "ods") return fail(`định dạng .${ext} chưa hỗ trợ: lưu lại thành .xlsx hoặc .csv`, `.${ext} is not supported: save it as .xlsx or .csv`);
  const text = decodeText(bytes);
  if (ext === "json" || (ext !== "csv" && /^\uFEFF?\s*[[{]/.test(text))) return { frameworks: frameworksFromJson(text, fileName, problems), problems };
  const rows = parseCsv(text).map((cells, i) => ({ row: i + 1, cells }));
  return { frameworks: fromSheets([{ name: "", rows }], fileName, problems), problems };
}

/** The sheet of targets: the one whose header row names the required columns ("Hướng dẫn" is skipped). */
function fromSheets(sheets: readonly Sheet[], fileName: string, problems: FrameworkFileProblem[]): Framework[] {
  for (const sheet of sheets) {
    const headerAt = sheet.rows.findIndex((r) => r.cells.some((c) => typeof c === "string" && columnOf(c) === "name"));
    if (headerAt < 0) continue;
    const header = sheet.rows[headerAt]!;
    const keys: (RowKey | null)[] = header.cells.map((c) => (typeof c === "string" ? columnOf(c) : null));
    const where = (row: number) => (sheet.name ? { sheet: sheet.name, row } : { row });
    const missing = FRAMEWORK_COLUMNS.filter((c) => c.required && !keys.includes(c.key));
    if (missing.length > 0) {
      problems.push({ severity: "error", where: where(header.row), message: {
        vi: `thiếu cột ${missing.map((c) => `"${c.header}"`).join(", ")}`, en: `missing column(s) ${missing.map((c) => `"${c.header}"`).join(", ")}` } });
      return [];
    }
    header.cells.forEach((c, i) => {
      if (keys[i] === null && typeof c === "string" && c.trim()) {
        problems.push({ severity: "warning", where: where(header.row), message: { vi: `cột "${c}" không dùng đến`, en: `column "${c}" is not used` } });
      }
    });
    const rows: TableRow[] = sheet.rows.slice(headerAt + 1).map((r) => ({
      where: where(r.row),
      cells: Object.fromEntries(keys.flatMap((k, i) => (k ? [[k, r.cells[i] ?? null]] : []))),
    }));
    return frameworksFromRows(rows, fileName, problems);
  }
  problems.push({ severity: "error", where: {}, message: {
    vi: `không thấy dòng tiêu đề có cột "Chỉ tiêu" (dùng \`cds frameworks template\` để có mẫu)`,
    en: `no header row with a "Chỉ tiêu" column (\`cds frameworks template\` writes one)` } });
  return [];
}
