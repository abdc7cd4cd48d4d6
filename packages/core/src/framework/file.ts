import { z } from "zod";
import { Framework } from "./model.ts";

const cell = z.union([z.string(), z.number()]);

/**
 * One row of a framework file's table form: the columns of the spreadsheet template under English
 * keys (the Vietnamese headers are accepted too by @cdsvn/reader's `parseFrameworkFile`).
 */
export const FrameworkFileRow = z
  .object({
    code: z.string().optional().meta({ description: "Mã: indicator code; a national code brings that indicator's known wordings" }),
    name: z.string().meta({ description: "Chỉ tiêu: the indicator as the document words it" }),
    comparator: z.string().optional().meta({ description: "So sánh: ≥ (tối thiểu), > (trên), ≤ (không quá), < (dưới); blank, = or đạt: ≥" }),
    value: cell.meta({ description: "Giá trị: a number, or a range \"90 - 95\"" }),
    unit: z.string().optional().meta({ description: "Đơn vị: % (default) or a counted unit" }),
    years: cell.meta({ description: "Năm: 2026 or 2025-2027" }),
    level: z.union([z.string(), z.array(z.string())]).optional().meta({ description: "Cấp: xã (default), tỉnh, quốc gia" }),
    document: z.string().meta({ description: "Căn cứ: văn bản: number and symbol of the document" }),
    date: z.string().optional().meta({ description: "Ngày: dd/mm/yyyy; a plan issued before it is not held to the target" }),
    article: z.string().optional().meta({ description: "Điều/khoản: article, section or appendix item" }),
    confidence: z.string().optional().meta({ description: "Độ tin cậy: đã xác minh (default), thứ cấp, chưa xác minh" }),
    province: z.string().optional().meta({ description: "Tỉnh: the row's province (else the file's)" }),
    aliases: z.union([z.string(), z.array(z.string())]).optional().meta({ description: "Cách viết khác: other wordings plans use" }),
  })
  .meta({ id: "FrameworkFileRow" });

/** The table form: what `cds frameworks template --to json` writes. */
export const FrameworkTable = z
  .object({
    $schema: z.string().optional(),
    id: z.string().optional(),
    title: z.string().optional(),
    /** The province of every row that names none; absent: a national framework. */
    province: z.string().optional(),
    targets: z.array(FrameworkFileRow),
  })
  .meta({ id: "FrameworkTable" });

/**
 * A framework file in JSON: the table form, or the full model (one Framework, an array of them, or
 * `{ "frameworks": [...] }`) as `cds frameworks show ID --format json` prints it.
 */
export const FrameworkFile = z
  .union([FrameworkTable, Framework, z.array(Framework), z.object({ frameworks: z.array(Framework) })])
  .meta({ id: "FrameworkFile", title: "Framework file", description: "A framework of indicator targets given by its user (cds compare --framework FILE)." });
