import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { FileReport } from "@cdsvn/core";
import { exportSummaryCsv, exportSummaryXlsx, summarizeBatch } from "../src/index.ts";
import { sampleReport } from "./sample.ts";

/** A second plan meeting both indicators, a third of another year, one not compared. */
function batch(): FileReport[] {
  const second = { ...sampleReport(), file: "plans/b.txt" };
  second.comparison = { ...second.comparison!, items: second.comparison!.items.map((i) => ({ ...i, status: "met" as const, planned: i.planned ?? { comparator: ">=" as const, value: 95, unit: "%", raw: "≥ 95%" } })) };
  const third = { ...sampleReport(), file: "plans/c-2027.txt" };
  third.comparison = { ...third.comparison!, year: 2027, frameworkId: "demo-2027", items: [...third.comparison!.items, { code: "9", name: "Tỷ trọng kinh tế số trong GRDP", status: "not-applicable" as const, required: null, planned: null, planIndicators: [], source: null }] };
  const uncompared = { ...sampleReport(), file: "plans/d.txt", comparison: null };
  uncompared.plan = { ...uncompared.plan!, meta: { ...uncompared.plan!.meta, province: null } };
  return [sampleReport(), second, third, uncompared];
}

describe("batch summary", async () => {
  const summary = summarizeBatch(batch(), [{ file: "plans/hong.docx", reason: "cannot read (corrupt zip)" }, { file: "=HYPERLINK(\"http://evil.example\",\"Xem\")", reason: "the file is empty" }], "demo");

  it("puts one framework year in each group, with its indicators and plans", () => {
    expect(summary.groups.map((g) => g.year)).toEqual([2026, 2027]);
    const [y2026, y2027] = summary.groups;
    expect(y2026!.indicators.map((i) => i.code)).toEqual(["1", "3"]);
    expect(y2026!.rows.map((r) => r.file)).toEqual(["plans/xa-tan-ky-2026.txt", "plans/b.txt", "plans/d.txt"]);
    expect(y2027!.indicators.map((i) => i.code)).toEqual(["1", "3"]); // "không áp dụng" makes no column
    expect(y2026!.rows[0]!.cells["3"]).toEqual({ status: "missing", figure: null, value: null, percent: false });
    expect(y2026!.rows[1]!.cells["3"]).toEqual({ status: "met", figure: "≥ 95%", value: 95, percent: true });
  });

  it("counts only indicators that apply in the denominator, and says why a plan was not compared", () => {
    const third = summary.rows[2]!;
    expect([third.met, third.inScope]).toEqual([1, 2]);
    expect(summary.rows[3]!.notCompared).toBe("không xác định được tỉnh");
    expect(summary.rows[3]!.inScope).toBe(0);
    expect(summary.rows[0]!.notCompared).toBeNull();
  });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await exportSummaryXlsx(summary, "vi")) as unknown as ArrayBuffer);

  it("writes a sheet set per year, statuses as words, counts and totals as numbers and formulas", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp 2026", "Số liệu 2026", "Chỉ tiêu khung 2026", "Tổng hợp 2027", "Số liệu 2027", "Chỉ tiêu khung 2027", "Không đọc được"]);
    const ws = wb.getWorksheet("Tổng hợp 2026")!;
    expect(ws.getRow(4).getCell(2).value).toBe("xã Tân Kỳ");
    expect(ws.getRow(4).getCell(5).value).toBe(2); // errors
    expect(ws.getRow(4).getCell(8).value).toMatchObject({ formula: 'COUNTIF(L4:M4,"đạt")', result: 1 });
    expect(ws.getRow(4).getCell(9).value).toMatchObject({ result: 2 });
    expect(ws.getRow(4).getCell(13).value).toBe("chưa có");
    expect(ws.getRow(6).getCell(11).value).toBe("không xác định được tỉnh");
    expect(ws.getRow(6).getCell(12).value).toBeNull();
    const total = ws.getRow(7);
    expect(total.getCell(5).value).toMatchObject({ formula: "SUM(E4:E6)", result: 6 });
    expect(total.getCell(12).value).toMatchObject({ formula: 'COUNTIF(L4:L6,"đạt")', result: 2 });
    expect(ws.getRow(8).getCell(12).value).toMatchObject({ result: 2 }); // plans it applies to: not the uncompared one
    const figures = wb.getWorksheet("Số liệu 2026")!;
    expect(figures.getRow(5).getCell(5).value).toBe(95);
    expect(figures.getRow(5).getCell(5).numFmt).toBe('0"%"');
  });

  it("prints landscape, one page wide, with the header rows repeated", () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.orientation).toBe("landscape");
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
    }
    expect(wb.getWorksheet("Tổng hợp 2026")!.pageSetup.printTitlesRow).toBe("1:3");
  });

  it("lists the files that could not be used, their names defused", () => {
    const unreadable = wb.getWorksheet("Không đọc được")!;
    expect(unreadable.getRow(2).values).toEqual([undefined, "plans/hong.docx", "cannot read (corrupt zip)"]);
    expect(unreadable.getRow(3).getCell(1).value).toBe("'=HYPERLINK(\"http://evil.example\",\"Xem\")");
  });

  it("writes the CSV with the status column and no live formula", () => {
    const csv = exportSummaryCsv(summary, "vi");
    expect(csv).toContain("plans/d.txt,xã Tân Kỳ,2026,2,2,1,0,0,không xác định được tỉnh");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Xem"")"`);
    for (const line of csv.slice(1).split("\r\n")) expect(line).not.toMatch(/^[=+\-@]/);
  });
});
