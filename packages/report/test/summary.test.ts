import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportSummaryXlsx, summarizeBatch } from "../src/index.ts";
import { sampleReport } from "./sample.ts";

describe("batch summary", async () => {
  const second = { ...sampleReport(), file: "plans/b.txt" };
  second.comparison = { ...second.comparison!, items: second.comparison!.items.map((i) => ({ ...i, status: "met" as const, planned: i.planned ?? { comparator: ">=" as const, value: 95, unit: "%", raw: "≥ 95%" } })) };
  const summary = summarizeBatch([sampleReport(), second], [{ file: "plans/hong.docx", reason: "cannot read (corrupt zip)" }, { file: "plans/empty.txt", reason: "the file is empty" }], "demo");

  it("has one column per framework indicator and one row per plan", () => {
    expect(summary.indicators.map((i) => i.code)).toEqual(["1", "3"]);
    expect(summary.rows[0]!.cells["3"]).toEqual({ status: "missing", figure: null, value: null });
    expect(summary.rows[1]!.cells["3"]).toEqual({ status: "met", figure: "≥ 95%", value: 95 });
  });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await exportSummaryXlsx(summary, "vi")) as unknown as ArrayBuffer);

  it("writes the workbook: rows, statuses and figures as numbers, totals as formulas, unreadable files listed", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Chỉ tiêu khung", "Không đọc được"]);
    const ws = wb.getWorksheet("Tổng hợp")!;
    expect(ws.getRow(3).getCell(2).value).toBe("xã Tân Kỳ");
    expect(ws.getRow(3).getCell(5).value).toBe(2); // errors
    expect(ws.getRow(3).getCell(12).value).toBe("chưa có"); // indicator 3 status
    expect(ws.getRow(4).getCell(13).value).toBe(95);
    expect(ws.getRow(4).getCell(13).numFmt).toBe('0"%"');
    const total = ws.getRow(5);
    expect(total.getCell(5).value).toMatchObject({ formula: "SUM(E3:E4)", result: 4 });
    expect(total.getCell(12).value).toMatchObject({ formula: 'COUNTIF(L3:L4,"đạt")', result: 1 });
    const unreadable = wb.getWorksheet("Không đọc được")!;
    expect(unreadable.getRow(2).values).toEqual([undefined, "plans/hong.docx", "cannot read (corrupt zip)"]);
    expect(unreadable.rowCount).toBe(3);
  });
});
