import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { exportCsv, exportDocx, exportJson, exportXlsx } from "../src/index.ts";
import { csvField } from "../src/export/csv.ts";
import { buildTables } from "../src/export/tables.ts";
import { SAMPLE_FILE, SAMPLE_TEXT, sampleReport } from "./sample.ts";

async function openXlsx(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("csv", () => {
  const files = exportCsv([sampleReport()], "vi");

  it("writes one file per table, UTF-8 with BOM and CRLF", () => {
    expect(files.map((f) => f.name)).toEqual(["indicators.csv", "tasks.csv", "budget-lines.csv", "legal-bases.csv", "findings.csv"]);
    for (const f of files) {
      expect(f.content.charCodeAt(0)).toBe(0xfeff);
      expect(f.content).toContain("\r\n");
    }
  });

  it("keeps Vietnamese text and machine-readable numbers", () => {
    const budget = files.find((f) => f.name === "budget-lines.csv")!.content.slice(1).split("\r\n");
    expect(budget[0]).toBe("Tệp,Mã,Thuộc,Nội dung,Đơn vị,Số lượng,Đơn giá (đồng),Thành tiền (đồng),Dòng nhóm");
    expect(budget[2]).toBe(`${SAMPLE_FILE},5,A › 5,Trang bị thiết bị điểm hỗ trợ số cộng đồng tại 6 thôn,Thôn,6,15000000,900000000,0`);
  });

  it("quotes separators and defuses formula-like cells", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-5")).toBe("-5");
    expect(csvField(83.77)).toBe("83.77");
    expect(csvField(null)).toBe("");
  });
});

describe("json export", () => {
  it("carries plan, diagnostics and comparison", () => {
    const [r] = JSON.parse(exportJson([sampleReport()]));
    expect(r.plan.budget.lines).toHaveLength(2);
    expect(r.diagnostics).toHaveLength(5);
    expect(r.comparison.items[1].status).toBe("missing");
  });
});

describe("xlsx", async () => {
  const wb = await openXlsx(await exportXlsx([sampleReport()], "vi"));

  it("has a sheet per table plus the comparison, with frozen header rows", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Chỉ tiêu", "Nhiệm vụ", "Dự toán", "Căn cứ pháp lý", "Phát hiện", "Đối chiếu khung"]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
    }
  });

  it("writes numbers as numbers with number formats", () => {
    const ind = wb.getWorksheet("Chỉ tiêu")!;
    const value = ind.getRow(2).getCell(7);
    expect(value.value).toBe(120);
    expect(value.numFmt).toBe('0"%"');
    const budget = wb.getWorksheet("Dự toán")!;
    expect(budget.getRow(3).getCell(8).value).toBe(900_000_000);
    expect(budget.getRow(3).getCell(8).numFmt).toBe("#,##0");
    expect(typeof budget.getRow(3).getCell(6).value).toBe("number");
  });

  it("recomputes the budget with formulas: line, group and total", () => {
    const budget = wb.getWorksheet("Dự toán")!;
    const line = budget.getRow(3).getCell(10).value as { formula: string; result: number };
    expect(line.formula).toBe("F3*G3");
    expect(line.result).toBe(90_000_000);
    const diff = budget.getRow(3).getCell(11).value as { formula: string; result: number };
    expect(diff.formula).toContain("H3-J3");
    expect(diff.result).toBe(810_000_000);
    const group = budget.getRow(2).getCell(10).value as { formula: string };
    expect(group.formula).toBe("SUM(H3)");
    const total = budget.getRow(4);
    expect(total.getCell(4).value).toBe("Tổng cộng (văn bản nêu)");
    expect(total.getCell(8).value).toBe(1_000_000_000);
    expect((total.getCell(10).value as { formula: string; result: number })).toMatchObject({ formula: "SUM(H2)", result: 900_000_000 });
  });

  it("links findings to the rows they are about", () => {
    const findings = wb.getWorksheet("Phát hiện")!;
    expect(findings.rowCount).toBe(6);
    const budgetFinding = findings.getRow(2);
    expect(budgetFinding.getCell(7).value).toContain("Thành tiền 900.000.000");
    const link = budgetFinding.getCell(14).value as { text: string; hyperlink: string };
    expect(link.hyperlink).toBe("#'Dự toán'!A3");
    const indicatorLink = findings.getRow(3).getCell(14).value as { hyperlink: string };
    expect(indicatorLink.hyperlink).toBe("#'Chỉ tiêu'!A2");
  });
});

describe("docx", async () => {
  const bytes = await exportDocx([sampleReport()], { locale: "vi", sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]) });
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });

  it("is a review report in the administrative style", () => {
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Kính gửi: Ủy ban nhân dân xã Tân Kỳ.");
    expect(text).toContain("NGƯỜI RÀ SOÁT");
  });

  it("numbers the findings with their citations, and has the comparison table", () => {
    expect(text).toMatch(/3\. \[lỗi\] Thành tiền 900\.000\.000 ≠ 6 × 15\.000\.000 = 90\.000\.000 \(dòng 6; quy tắc budget\/line-arithmetic\)/);
    expect(text).toContain("căn cứ: 2629/QĐ-TTg, Phụ lục I, mục 3");
    expect(text).toContain("“5 | Trang bị thiết bị điểm hỗ trợ số cộng đồng tại 6 thôn");
    expect(text).toContain("III. ĐỐI CHIẾU VỚI KHUNG CHỈ TIÊU");
    expect(text).toContain("Tỷ lệ người dân có danh tính số");
    expect(text).toContain("chưa có");
  });
});

describe("tables", () => {
  it("lead with the file so several plans share one table", () => {
    const two = buildTables([sampleReport(), { ...sampleReport(), file: "b.txt" }], "en");
    const findings = two.find((t) => t.id === "findings")!;
    expect(findings.rows).toHaveLength(10);
    expect(findings.columns[0]!.header).toBe("File");
    expect(findings.rows[9]!.cells.file).toBe("b.txt");
  });
});

describe("docx options", async () => {
  const { richReport } = await import("./rich-sample.ts");
  const text = async (options: Parameters<typeof exportDocx>[1]) => (await mammoth.extractRawText({ buffer: Buffer.from(await exportDocx([richReport()], options)) })).value;

  it("leaves what the header does not set as dotted blanks to fill by hand", async () => {
    const out = await text({ locale: "vi" });
    expect(out).toContain("Số: ……/BC-……");
    expect(out).toContain("……………, ngày …… tháng …… năm ……");
    expect(out).toContain("NGƯỜI RÀ SOÁT");
    expect(out).toContain("(Ký, ghi rõ họ tên)");
  });

  it("lists the extras compactly by default, or only counts them", async () => {
    expect(await text({ locale: "vi" })).toContain("Chỉ tiêu của kế hoạch ngoài khung (2): Tỷ lệ hộ gia đình có đường truyền Internet cáp quang (95%); Số buổi tập huấn kỹ năng số cho người dân (12%)");
    const omitted = await text({ locale: "vi", extras: "omit" });
    expect(omitted).toContain("Kế hoạch còn 2 chỉ tiêu ngoài khung (không liệt kê).");
    expect(omitted).not.toContain("Số buổi tập huấn");
  });

  it("cites sources once, with confidence in words, and only rows that apply", async () => {
    const out = await text({ locale: "vi" });
    expect(out).toContain("Căn cứ: [1] 2629/QĐ-TTg ngày 03 tháng 10 năm 2022, Phụ lục I, mục 3");
    expect(out).toContain("[1] (nguồn thứ cấp: báo chí)");
    expect(out).toContain("1 đạt trên 4 chỉ tiêu áp dụng cho xã");
    expect(out).not.toContain("Tỷ trọng kinh tế số trong GRDP");
  });

  it("speaks English when asked, with no Vietnamese label left", async () => {
    const out = await text({ locale: "en" });
    expect(out).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(out).toContain("III. COMPARISON WITH THE FRAMEWORK");
    expect(out).toContain("Suggested correction: 90,000,000");
    for (const word of ["Kính gửi", "Căn cứ", "chưa có", "Đề xuất", "dòng ", "quy tắc"]) expect(out).not.toContain(word);
  });
});
