/**
 * The LibreOffice-made fixtures (scripts/layout-fixtures): the same plan as .txt, .docx and .pdf.
 * The PDF front-end must rebuild the layout Word has in its file — same tables cell for cell, same
 * paragraphs in the same order — and the three formats must give the same Plan. Where the Plan is
 * still wrong in every format (the tree → Plan step), the assertion against the gold is written
 * and marked `it.fails`, naming what is missing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocTree, Plan, TableNode } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { readDocument, readPlan } from "../src/read.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures/layout");
// Every fixture the script built (one gold per plan), so a new plan is tested as soon as it is committed.
const STEMS = readdirSync(join(dir, "gold")).filter((f) => f.endsWith(".gold.json")).map((f) => f.slice(0, -".gold.json".length)).sort();
/** A fixture file: `dirName` is its format (txt, docx, pdf) or "browser" (PDFs printed by Chromium). */
const bytes = (stem: string, dirName: string) => new Uint8Array(readFileSync(join(dir, dirName, `${stem}.${dirName === "browser" ? "pdf" : dirName}`)));
const tree = async (stem: string, ext: string) => (await readDocument(bytes(stem, ext), { fileName: `${stem}.${ext}` })).tree;
const plan = async (stem: string, ext: string) => (await readPlan(bytes(stem, ext), { fileName: `${stem}.${ext}` })).plan;
/** Text without its spaces: PDF word spacing is geometry, so the layout is compared letter for letter. */
const squash = (s: string | null | undefined) => (s ?? "").normalize("NFC").replace(/\s+/g, "");
const tables = (t: DocTree) => t.children.filter((b): b is TableNode => b.type === "table");
const grid = (t: TableNode) => t.rows.map((r) => r.cells.map((c) => (c.covered ? `<${c.covered}>` : `${squash(c.text)}${c.colSpan ?? 1}x${c.rowSpan ?? 1}`)));

describe("PDF layout = the Word file's layout (LibreOffice-made fixtures)", () => {
  for (const stem of STEMS) {
    it(`${stem}: every table, cell for cell, with its merged cells`, async () => {
      const [docx, pdf] = [await tree(stem, "docx"), await tree(stem, "pdf")];
      expect(tables(docx).length).toBeGreaterThanOrEqual(3);
      expect(tables(pdf).map(grid)).toEqual(tables(docx).map(grid));
    });
    it(`${stem}: every paragraph, in order`, async () => {
      const [docx, pdf] = [await tree(stem, "docx"), await tree(stem, "pdf")];
      const lines = (t: DocTree) => t.text.split("\n").map(squash).filter((l) => l !== "");
      // The PDF may have more lines than the .docx (what a printed page adds to the body); never fewer, never reordered.
      const pdfLines = lines(pdf);
      let at = 0;
      for (const line of lines(docx)) {
        const found = pdfLines.indexOf(line, at);
        expect(found, line).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
    });
    it(`${stem}: every word spaced as in the Word file (letters of the second font pass included)`, async () => {
      const [docx, pdf] = [await tree(stem, "docx"), await tree(stem, "pdf")];
      // Each paragraph and cell of the .docx, with its word spaces, against the PDF's with the same letters.
      const texts = (t: DocTree) => t.text.split(/[\n\t]/).map((l) => l.normalize("NFC").trim().replace(/\s+/g, " ")).filter((l) => l !== "");
      const pdfBySquash = new Map(texts(pdf).map((l) => [squash(l), l]));
      const compared = texts(docx).filter((l) => pdfBySquash.has(squash(l)));
      expect(compared.length).toBeGreaterThan(40);
      expect(compared.map((l) => pdfBySquash.get(squash(l)))).toEqual(compared);
    });
  }

  for (const ext of ["docx", "pdf"]) {
    it(`.${ext}: a two-row budget header stays a header: merged cells keep their spans`, async () => {
      const budget = tables(await tree("quang-ngai_binh-an_2026", ext)).find((t) => t.rows[0]!.cells.some((c) => c.text === "Nguồn vốn"))!;
      const [top, second] = [budget.rows[0]!.cells, budget.rows[1]!.cells];
      expect(top[0]).toMatchObject({ text: "STT", rowSpan: 2 });
      expect(top[4]).toMatchObject({ text: "Kinh phí (triệu đồng)", colSpan: 2 });
      expect(second.map((c) => c.covered ?? c.text)).toEqual(["up", "up", "up", "up", "Đơn giá", "Thành tiền", "up"]);
    });
  }

  it(".docx written by LibreOffice: Word numbering is rendered as printed (1., a), -)", async () => {
    const markers = async (stem: string) => (await tree(stem, "docx")).children.flatMap((b) => (b.type === "list-item" ? [b.marker] : []));
    expect(await markers("thanh-hoa_xuan-phu_2026")).toEqual(["a)", "b)", "c)", "d)"]);
    expect((await markers("ha-tinh_hoa-lam_2027")).slice(0, 3)).toEqual(["1.", "2.", "3."]);
    expect(await markers("nghe-an_dong-loc_2026")).toEqual(["-", "-", "-", "-", "-"]);
  });

  it("a table continued on the next page is one table, its repeated header dropped, a row cut by the break joined", async () => {
    const pdf = await tree("ha-tinh_hoa-lam_2027", "pdf");
    const tasks = tables(pdf).find((t) => t.rows[0]!.cells[1]?.text === "Nhiệm vụ")!;
    expect(tasks.rows.filter((r) => r.cells[1]!.text === "Nhiệm vụ")).toHaveLength(1);
    expect(tasks.rows.map((r) => r.cells[0]!.text)).toEqual(["TT", "I", "1", "2", "3", "II", "4", "5", "6", "III", "7", "8"]);
    // Task 2 is printed half on page 1, half on page 2.
    expect(tasks.rows[3]!.cells[1]!.text).toBe("Số hóa hồ sơ, tài liệu lưu trữ của xã cũ trước sắp xếp và đưa vào khai thác trên hệ thống lưu trữ điện tử");
  });

  it("running footers and page numbers are dropped; the two-column page is read column by column", async () => {
    const pdf = await tree("ha-tinh_hoa-lam_2027", "pdf");
    expect(pdf.text).not.toContain("Kế hoạch KHCN, ĐMST và CĐS xã Hòa Lâm năm 2027");
    expect(pdf.text.split("\n").filter((l) => /^\d{1,3}$/.test(l.trim()))).toEqual([]);
    const order = ["1. Chính quyền số", "Mức độ hài lòng", "2. Kinh tế số", "20 gian hàng của hộ sản xuất", "3. Xã hội số", "4. Khoa học, công nghệ", "04 sáng kiến"].map((s) => pdf.text.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("a footnote follows the paragraph whose text printed its marker, not the signature", async () => {
    const pdf = await tree("ha-tinh_hoa-lam_2027", "pdf");
    const texts = pdf.children.map((b) => ("text" in b ? b.text : ""));
    const note = texts.findIndex((t) => t.startsWith("1 Quyết định phê duyệt Chương trình Chuyển đổi số quốc gia"));
    expect(note).toBeGreaterThan(0);
    expect(texts[note - 1]).toMatch(/^Thực hiện Nghị quyết số 57-NQ\/TW.*Quyết định số 2629\/QĐ-TTg/u);
    // The marker itself is not in the text ("Chính phủ1;").
    expect(texts[note - 1]).toContain("của Thủ tướng Chính phủ; Kế hoạch số 486/KH-UBND");
  });

  it("the letterhead without borders is a table, and every value maps back to its page and box", async () => {
    const pdf = await tree("quang-ngai_binh-an_2026", "pdf");
    const first = pdf.children[0] as TableNode;
    expect(first.type).toBe("table");
    expect(first.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["XÃ BÌNH AN", "Độc lập - Tự do - Hạnh phúc"],
      ["Số: 245/KH-UBND", "Bình An, ngày 12 tháng 01 năm 2026"],
    ]);
    const at = (s: string) => {
      const i = pdf.text.indexOf(s);
      return pdf.sources?.find((r) => r.span.start <= i && i < r.span.end);
    };
    expect(at("Số: 245/KH-UBND")).toMatchObject({ page: 1 });
    // The grand total is the last row of the budget table, which runs from page 6 onto page 7.
    const total = at("TỔNG CỘNG (A+B+C+D)")!;
    expect(total.page).toBe(7);
    expect(total.box[0]).toBeLessThan(total.box[2]);
  });
});

describe("the example plan (examples/xa-an-phu-2026): its PDF reads as its Word file", () => {
  const example = (ext: string) => join(dirname(fileURLToPath(import.meta.url)), `../../../examples/xa-an-phu-2026.${ext}`);
  const blocks = async (ext: string) => {
    const { tree } = await readDocument(new Uint8Array(readFileSync(example(ext))), { fileName: `xa-an-phu-2026.${ext}` });
    return tree.children.map((b) => (b.type === "table" ? grid(b).map((r) => r.join("|")).join("\n") : `${b.type}:${"marker" in b ? b.marker : ""}:${b.text}`));
  };
  it("block for block: list items with a hanging indent stay list items, paragraphs that end in ';' or ':' stay apart", async () => {
    expect(await blocks("pdf")).toEqual(await blocks("docx"));
  });
  it("the same Plan", async () => {
    const read = async (ext: string) => (await readPlan(new Uint8Array(readFileSync(example(ext))), { fileName: `xa-an-phu-2026.${ext}` })).plan;
    expect(projection(await read("pdf"))).toEqual(projection(await read("docx")));
  });
  it("printed by a browser (Chromium, scripts/layout-fixtures/browser.mjs): the PDF reads as the HTML, tables whose cells have separate borders included", async () => {
    const { tree: pdf } = await readDocument(bytes("xa-an-phu-2026", "browser").slice(), { fileName: "xa-an-phu-2026.pdf" });
    const printed = pdf.children.map((b) => (b.type === "table" ? grid(b).map((r) => r.join("|")).join("\n") : `${b.type}:${"marker" in b ? b.marker : ""}:${b.text}`));
    expect(printed).toEqual(await blocks("html"));
  });
});

/** What the Plan must agree on, format to format and with the gold: values, units, names, amounts in đồng. */
function projection(p: Plan | { indicators: Plan["indicators"]; tasks: Plan["tasks"]; budget: Plan["budget"] }) {
  return {
    indicators: p.indicators.map((i) => `${i.section}:${i.target?.comparator}${i.target?.value}${i.target?.unit}`).sort(),
    tasks: p.tasks.map((t) => squash(t.name)).sort(),
    budget: p.budget.lines.map((l) => `${l.path?.join(".")}=${l.amount}`),
    total: p.budget.declaredTotal,
  };
}

describe("the same Plan from .txt, .docx and .pdf", () => {
  for (const stem of STEMS) {
    it(`${stem}: indicators, tasks, budget lines and totals agree across formats`, async () => {
      const txt = projection(await plan(stem, "txt"));
      expect(projection(await plan(stem, "docx"))).toEqual(txt);
      expect(projection(await plan(stem, "pdf"))).toEqual(txt);
    });
  }
});

describe("the Plan against the gold (every format reads the tree the same way; these check the tree → Plan step)", () => {
  const gold = (stem: string) => projection(JSON.parse(readFileSync(join(dir, "gold", `${stem}.gold.json`), "utf8")));
  const part = async (stem: string, key: keyof ReturnType<typeof projection>) => expect(projection(await plan(stem, "pdf"))[key]).toEqual(gold(stem)[key]);

  for (const stem of STEMS) {
    it(`${stem}: tasks and the declared total`, async () => {
      await part(stem, "tasks");
      await part(stem, "total");
    });
  }
  for (const stem of STEMS) it(`${stem}: budget lines with their group paths and amounts in đồng`, () => part(stem, "budget"));
  it("nghe-an_dong-loc_2026: indicators", () => part("nghe-an_dong-loc_2026", "indicators"));
  it("thanh-hoa_xuan-phu_2026: indicators", () => part("thanh-hoa_xuan-phu_2026", "indicators"));
  it("quang-ngai_binh-an_2026: indicators", () => part("quang-ngai_binh-an_2026", "indicators"));
  it("ha-tinh_hoa-lam_2027: indicators", () => part("ha-tinh_hoa-lam_2027", "indicators"));
});
