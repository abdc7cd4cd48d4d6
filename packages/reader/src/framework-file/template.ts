import { FRAMEWORK_COLUMNS } from "./columns.ts";
import { writeCsv } from "./csv.ts";

const strToU8 = (s: string) => new TextEncoder().encode(s);

/**
 * The formats a framework template is written in: "xlsx" (with a help sheet), "csv" or "json" (the
 * table form).
 */
export type TemplateFormat = "xlsx" | "csv" | "json";

const SCHEMA = "https://cdsvn.github.io/cds/schemas/framework.schema.json";
export const TARGETS_SHEET = "Chỉ tiêu";
export const HELP_SHEET = "Hướng dẫn";

/**
 * An empty framework file to fill in, with one worked row (QĐ 2629/QĐ-TTg Phụ lục I, mục I.1.1):
 * .xlsx has a second sheet explaining every column; .csv is the same table; .json is the table form.
 * The same bytes on every run. Async: the zip writer is loaded only for .xlsx.
 */
export async function frameworkTemplate(format: TemplateFormat): Promise<Uint8Array> {
  const header = FRAMEWORK_COLUMNS.map((c) => c.header);
  const example = FRAMEWORK_COLUMNS.map((c) => c.example);
  if (format === "csv") return strToU8(writeCsv([header, example]));
  if (format === "json") {
    const row = Object.fromEntries(FRAMEWORK_COLUMNS.filter((c) => c.key !== "province").map((c) => [c.key, c.key === "value" ? Number(c.example) : c.key === "aliases" ? [c.example] : c.example]));
    const province = FRAMEWORK_COLUMNS.find((c) => c.key === "province")!.example;
    return strToU8(`${JSON.stringify({ $schema: SCHEMA, title: `Khung chỉ tiêu chuyển đổi số cấp xã (${province})`, province, targets: [row] }, null, 2)}\n`);
  }
  const help = [
    ["Cột", "Bắt buộc", "Cách ghi", "Ví dụ", "Column (English)"],
    ...FRAMEWORK_COLUMNS.map((c) => [c.header, c.required ? "có" : "không", c.help.vi, c.example, `${c.key}: ${c.help.en}`]),
    [],
    ["Mỗi dòng một chỉ tiêu cho một năm hoặc giai đoạn; nhiều giai đoạn thì nhiều dòng cùng mã. Kiểm tra tệp: cds frameworks check <tệp>. So sánh: cds compare <kế hoạch> --framework <tệp>."],
    ["Khung của người dùng cho một tỉnh thay cho khung của plugin tỉnh đó trong những năm nó có; khung quốc gia vẫn áp dụng (chỉ tiêu cùng mã thì khung của người dùng thay)."],
  ];
  const { writeXlsx } = await import("./xlsx.ts");
  return writeXlsx([
    { name: TARGETS_SHEET, rows: [header, example], widths: FRAMEWORK_COLUMNS.map((c) => (c.key === "name" ? 60 : c.key === "article" || c.key === "aliases" ? 24 : 14)) },
    { name: HELP_SHEET, rows: help, widths: [18, 10, 70, 30, 70] },
  ]);
}
