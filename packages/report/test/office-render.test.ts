import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportDocx, exportSummaryXlsx, exportXlsx, summarizeBatch } from "../src/index.ts";
import { convert, hasOffice, pageCount, pdfText, pngs } from "./office.ts";
import { richReport } from "./rich-sample.ts";
import { SAMPLE_FILE, SAMPLE_TEXT } from "./sample.ts";

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every formula cell of a workbook: "sheet!A1" → its cached result. */
function formulaResults(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
      if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
        const r = v.result;
        out.set(`${ws.name}!${cell.address}`, typeof r === "number" ? Math.round(r * 1e9) / 1e9 : r === undefined || r === "" ? null : r);
      }
    }));
  }
  return out;
}

/**
 * The review report and the workbooks rendered by LibreOffice, as a reviewer opens and prints them:
 * PDF and PNG pages kept in test-results/ to be looked at; the workbooks' formulas recalculated by
 * LibreOffice and compared with the values we wrote.
 */
describe.skipIf(!hasOffice)("office files in LibreOffice", async () => {
  const work = mkdtempSync(join(tmpdir(), "cds-office-"));
  const report = richReport();
  const second = { ...richReport(), file: "plans/xa-b-2026.txt" };
  const uncompared = { ...richReport(), file: "plans/xa-c.txt", comparison: null };
  uncompared.plan = { ...uncompared.plan!, meta: { ...uncompared.plan!.meta, province: null } };
  const docx = join(work, "bao-cao-ra-soat.docx");
  const xlsx = join(work, "ke-hoach.xlsx");
  const summary = join(work, "tong-hop.xlsx");
  writeFileSync(docx, await exportDocx([report], {
    locale: "vi",
    sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]),
    header: { parentBody: "UBND tỉnh Hà Tĩnh", issuingBody: "Sở Khoa học và Công nghệ", number: "125/BC-SKHCN", place: "Hà Tĩnh", date: "2026-07-15", recipients: ["Giám đốc Sở (để b/c)"], archive: "P.QLKH", signerTitle: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signerName: "Nguyễn Văn A" },
  }));
  writeFileSync(xlsx, await exportXlsx([report], "vi"));
  writeFileSync(summary, await exportSummaryXlsx(summarizeBatch([report, second, uncompared], [{ file: "plans/hong.docx", reason: "tệp hỏng" }], "demo"), "vi"));
  // A workbook whose cached result is wrong on purpose: recalculation must correct it, or the check is not real.
  const wrong = new ExcelJS.Workbook();
  wrong.addWorksheet("S").getCell("A1").value = { formula: "2+2", result: 5 };
  const wrongPath = join(work, "wrong-cache.xlsx");
  await wrong.xlsx.writeFile(wrongPath);
  convert([docx, xlsx, summary], "pdf", join(work, "pdf"));
  convert([xlsx, summary, wrongPath], "xlsx", join(work, "recalc"));

  it("the review report: one page group per plan, header on one line, numbers as the plan writes them", () => {
    const pdf = join(work, "pdf", "bao-cao-ra-soat.pdf");
    const pages = pngs(pdf, "review-docx");
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    const text = pdfText(pdf);
    expect(text).toMatch(/UBND TỈNH HÀ TĨNH\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(text).toMatch(/SỞ KHOA HỌC VÀ CÔNG NGHỆ\s+Độc lập - Tự do - Hạnh phúc/);
    expect(text).toMatch(/Số: 125\/BC-SKHCN\s+Hà Tĩnh, ngày 15 tháng 7 năm 2026/);
    expect(text).toContain("Đề xuất sửa: 90.000.000");
    expect(text).not.toMatch(/\b90000000\b|\b2026-0\d\b/);
    expect(text).toContain("ngày 15 tháng 01 năm 2026");
    expect(text).toContain("PHÓ GIÁM ĐỐC");
    expect(text).toContain("Nguyễn Văn A");
    // In-scope rows only: "không áp dụng" is not a row; extras are one compact paragraph.
    expect(text).not.toContain("Tỷ trọng kinh tế số trong GRDP");
    expect(text).toMatch(/Chỉ tiêu của kế hoạch ngoài khung \(2\)/);
    expect(text).toMatch(/\(đã đối/); // the confidence, in words, after the source
  });

  it("the workbook and the summary print landscape, one page wide", () => {
    for (const [name, stem] of [["ke-hoach", "review-xlsx"], ["tong-hop", "summary-xlsx"]] as const) {
      const pdf = join(work, "pdf", `${name}.pdf`);
      const pages = pngs(pdf, stem, 60);
      expect(pages.length).toBeGreaterThan(0);
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout);
      expect(Number(size![1])).toBeGreaterThan(Number(size![2])); // landscape
    }
    // 3 plans, one year: status, figures, indicators and unreadable sheets, a page each.
    expect(pageCount(join(work, "pdf", "tong-hop.pdf"))).toBeLessThanOrEqual(4);
    const text = pdfText(join(work, "pdf", "tong-hop.pdf"));
    expect(text).toContain("không xác định được");
  });

  it("LibreOffice recalculates every formula to the value we wrote", async () => {
    const wrongBack = formulaResults(await open(join(work, "recalc", "wrong-cache.xlsx")));
    expect(wrongBack.get("S!A1")).toBe(4);
    for (const name of ["ke-hoach.xlsx", "tong-hop.xlsx"]) {
      const ours = formulaResults(await open(join(work, name)));
      const theirs = formulaResults(await open(join(work, "recalc", name)));
      expect(ours.size).toBeGreaterThan(3);
      for (const [address, value] of ours) expect(theirs.get(address), `${name} ${address}`).toEqual(value);
    }
  });
});
