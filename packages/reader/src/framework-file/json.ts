import { Framework as FrameworkSchema, type Framework } from "@cdsvn/core";
import { columnOf, type RowKey } from "./columns.ts";
import type { FrameworkFileProblem } from "./problems.ts";
import { frameworksFromRows, type TableRow } from "./rows.ts";

/**
 * A framework file in JSON, in any of the forms docs/schemas/framework.schema.json accepts:
 * - the table form: `{ "province"?, "targets": [ { "name", "value", "years", "document", "date", … } ] }`,
 *   the same columns as the spreadsheet (English keys or the Vietnamese headers);
 * - a Framework object as `cds frameworks show ID --format json` prints it (the full model), an array
 *   of them, or `{ "frameworks": [...] }`.
 * Problems carry the JSON path (or the line of a syntax error). Never throws.
 */
export function frameworksFromJson(text: string, fileName: string, problems: FrameworkFileProblem[]): Framework[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : undefined;
    problems.push({ severity: "error", where: line !== undefined ? { line } : {}, message: { vi: `JSON không hợp lệ: ${message}`, en: `invalid JSON: ${message}` } });
    return [];
  }
  if (isObject(data) && Array.isArray(data.targets ?? data.rows)) return fromTable(data, fileName, problems);
  const list: unknown[] | null = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.frameworks) ? data.frameworks : isObject(data) ? [data] : null;
  if (!list) {
    problems.push({ severity: "error", where: { path: "" }, message: { vi: "tệp JSON phải là một khung chỉ tiêu (có \"targets\" hoặc \"indicators\")", en: "the JSON must be a framework (with \"targets\" or \"indicators\")" } });
    return [];
  }
  const base = Array.isArray(data) ? "" : isObject(data) && Array.isArray(data.frameworks) ? "/frameworks" : null;
  const out: Framework[] = [];
  list.forEach((item, i) => {
    const prefix = base === null ? "" : `${base}/${i}`;
    const parsed = FrameworkSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 20)) {
        const path = `${prefix}/${issue.path.join("/")}`.replace(/\/$/, "") || "/";
        problems.push({ severity: "error", where: { path }, message: { vi: `không hợp lệ: ${issue.message}`, en: `invalid: ${issue.message}` } });
      }
      return;
    }
    out.push({ ...parsed.data, origin: "user" });
  });
  return out;
}

function fromTable(data: Record<string, unknown>, fileName: string, problems: FrameworkFileProblem[]): Framework[] {
  const key = Array.isArray(data.targets) ? "targets" : "rows";
  const items = data[key] as unknown[];
  const rows: TableRow[] = items.map((item, i) => {
    const path = `/${key}/${i}`;
    if (!isObject(item)) {
      problems.push({ severity: "error", where: { path }, message: { vi: "mỗi chỉ tiêu phải là một đối tượng JSON", en: "each target must be a JSON object" } });
      return { where: { path }, cells: {} };
    }
    const cells: Partial<Record<RowKey, string | number | null>> = {};
    for (const [k, v] of Object.entries(item)) {
      const column = columnOf(k);
      if (!column) {
        problems.push({ severity: "warning", where: { path: `${path}/${k}` }, message: { vi: `thuộc tính "${k}" không dùng đến`, en: `property "${k}" is not used` } });
        continue;
      }
      cells[column] = Array.isArray(v) ? v.join(column === "level" ? ", " : "; ") : typeof v === "number" || typeof v === "string" || v === null ? v : JSON.stringify(v);
    }
    // The file-level province applies to rows that name none.
    if (cells.province === undefined && typeof data.province === "string") cells.province = data.province;
    return { where: { path }, cells };
  });
  return frameworksFromRows(rows, fileName, problems).map((f) => ({
    ...f,
    ...(typeof data.id === "string" ? { id: data.id } : {}),
    ...(typeof data.title === "string" ? { title: data.title } : {}),
  }));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
