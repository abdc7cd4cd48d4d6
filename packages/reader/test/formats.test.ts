import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from "docx";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { DocTree, TableNode } from "@cdsvn/core";
import { readDocument, readPlan } from "../src/read.ts";
import { UnreadableInput, UnsupportedFormat } from "../src/input/errors.ts";
import { textToTree } from "../src/formats/text.ts";
import { htmlToTree } from "../src/formats/html.ts";
import { tinyPdf } from "./support/tiny-pdf.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const tables = (t: DocTree) => t.children.filter((b): b is TableNode => b.type === "table");

describe("text and Markdown", () => {
  it("joins a cell cut by a page break into the row above", () => {
    const t = textToTree("TT\tNội dung\tGhi chú\n1\tMáy tính\tthiết bị hỗ\n\n\t\ttrợ kết nối\n2\tMáy in\t", "txt");
    const [table] = tables(t);
    expect(table!.rows).toHaveLength(3);
    expect(table!.rows[1]!.cells[2]!.text).toBe("thiết bị hỗ trợ kết nối");
    expect(table!.rows[1]!.cells[2]!.origin).toEqual({ table: 0, row: 1, col: 2 });
  });
  it("keeps a total row whose first cell is empty as its own row", () => {
    const t = textToTree("STT\tNội dung\tKinh phí\n1\tA\t40\n\tTổng\t40", "txt");
    expect(tables(t)[0]!.rows.map((r) => r.cells[1]!.text)).toEqual(["Nội dung", "A", "Tổng"]);
  });
  it("reads HTML lists and <br> inside Markdown cells, one line per item", () => {
    const md = 'TT\tChỉ tiêu\n1\t<ul style="list-style-type: none"> <li>- 90% hồ sơ</li> <li>- 100% &amp; nhiệm vụ</li> </ul>\n2\tmột<br>hai';
    const rows = tables(textToTree(md, "md"))[0]!.rows;
    expect(rows[1]!.cells[1]!.text).toBe("- 90% hồ sơ\n- 100% & nhiệm vụ");
    expect(rows[2]!.cells[1]!.text).toBe("một\nhai");
  });
  it("reads pipe tables, skipping the separator and honouring escaped pipes", () => {
    const rows = tables(textToTree("| TT | Nội dung |\n|---|:---:|\n| 1 | a \\| b |", "md"))[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([["TT", "Nội dung"], ["1", "a | b"]]);
  });
  it("strips Markdown emphasis from headings and points the span at the words", () => {
    const text = "## ***2.2. Mục tiêu cụ thể***";
    const [h] = textToTree(text, "md").children;
    expect(h).toMatchObject({ type: "heading", level: 2, text: "2.2. Mục tiêu cụ thể" });
    expect(text.slice(h!.span.start, h!.span.end)).toBe("***2.2. Mục tiêu cụ thể***");
  });
  it("joins a sentence Word wrapped over lines, but not the next heading or bullet", () => {
    const t = textToTree("Thực hiện Công văn của UBND tỉnh\n\nviệc triển khai kế hoạch năm\n\n2026 với nội dung sau:\n1. Mục tiêu\n- Đạt 90%", "txt");
    expect(t.children.map((b) => b.type === "table" ? "" : b.text)).toEqual([
      "Thực hiện Công văn của UBND tỉnh việc triển khai kế hoạch năm 2026 với nội dung sau:", "1. Mục tiêu", "Đạt 90%",
    ]);
  });
});

describe("input decoding gives the same plan", () => {
  const plain = "KẾ HOẠCH\nChuyển đổi số xã Tân Kỳ năm 2026\n\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\nTT\tNội dung\tKinh phí\n1\tMáy tính\t10.000.000";
  const variants: [string, Uint8Array][] = [
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...enc(plain)])],
    ["CRLF", enc(plain.replace(/\n/g, "\r\n"))],
    ["NFD", enc(plain.normalize("NFD"))],
    ["UTF-16LE with BOM", new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(plain, (c) => c.charCodeAt(0)).buffer)])],
  ];
  it.each(variants)("%s", async (_, bytes) => {
    const base = await readPlan(enc(plain), { fileName: "a.txt" });
    const other = await readPlan(bytes, { fileName: "a.txt" });
    expect(other.tree.text).toBe(base.tree.text);
    expect(other.plan).toEqual(base.plan);
  });
  it("reports text typed in TCVN3 (.VnTime) as a parse diagnostic naming the encoding", async () => {
    const tcvn3 = "KÕ ho¹ch chuyÓn ®æi sè x· T©n Kú n¨m 2026. Môc tiªu: 100% hå s¬ ®­îc xö lý trùc tuyÕn.\n".repeat(3);
    const bytes = Uint8Array.from(tcvn3, (c) => c.charCodeAt(0));
    const { diagnostics } = await readPlan(bytes, { fileName: "tcvn3.txt" });
    expect(diagnostics.find((d) => d.ruleId === "parse/legacy-encoding")).toMatchObject({ category: "parse", data: { encoding: "TCVN3" } });
  });
  it("reports VNI-Times text", async () => {
    const vni = "Keá hoaïch chuyeån ñoåi soá xaõ Taân Kyø naêm 2026. Muïc tieâu ñaït 100%.\n".repeat(3);
    const { diagnostics } = await readPlan(Uint8Array.from(vni, (c) => c.charCodeAt(0)), { fileName: "vni.txt" });
    const note = diagnostics.find((d) => d.ruleId === "parse/legacy-encoding");
    expect(note?.data).toEqual({ encoding: "VNI", font: "VNI (fonts VNI-Times)" });
    expect(note?.message).toBe("Văn bản được gõ bằng bảng mã cũ VNI (fonts VNI-Times); đã chuyển sang Unicode. Hãy kiểm tra tên và số liệu, và lưu lại bằng Unicode.");
  });
  it("does not take Unicode Vietnamese for a legacy encoding", async () => {
    const { diagnostics } = await readPlan(enc(plain), { fileName: "a.txt" });
    expect(diagnostics.filter((d) => d.ruleId === "parse/legacy-encoding")).toEqual([]);
  });
});

describe("html", () => {
  it("reads headings, ordered lists and a table with rowspan and colspan on the grid", () => {
    const t = htmlToTree(`<h2>I. MỤC TIÊU</h2><p>Căn cứ&nbsp;Kế hoạch</p><ol type="a"><li>Một</li><li>Hai</li></ol>
      <table><tr><th rowspan="2">TT</th><th colspan="2">Kinh phí</th></tr><tr><td>2025</td><td>2026</td></tr><tr><td>1</td><td>5</td><td>6</td></tr></table>`);
    expect(t.children.slice(0, 4).map((b) => b.type === "list-item" ? `${b.marker} ${b.text}` : b.type === "table" ? "" : b.text)).toEqual(["I. MỤC TIÊU", "Căn cứ Kế hoạch", "a. Một", "b. Hai"]);
    const rows = tables(t)[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.covered ?? c.text))).toEqual([["TT", "Kinh phí", "left"], ["up", "2025", "2026"], ["1", "5", "6"]]);
    expect(rows[0]!.cells[0]!.rowSpan).toBe(2);
  });
});

async function wordDocument(): Promise<Uint8Array> {
  const cell = (text: string, extra: Record<string, unknown> = {}) => new TableCell({ children: [new Paragraph(text)], ...extra });
  const doc = new Document({
    numbering: {
      config: [
        { reference: "num", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }, { level: 1, format: LevelFormat.LOWER_LETTER, text: "%2)", alignment: AlignmentType.LEFT }] },
        { reference: "dash", levels: [{ level: 0, format: LevelFormat.BULLET, text: "-", alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{
      children: [
        new Paragraph({ numbering: { reference: "num", level: 0 }, children: [new TextRun("Mục tiêu")] }),
        new Paragraph({ numbering: { reference: "num", level: 1 }, children: [new TextRun("Chính quyền số")] }),
        new Paragraph({ numbering: { reference: "num", level: 1 }, children: [new TextRun("Kinh tế số")] }),
        new Paragraph({ numbering: { reference: "num", level: 0 }, children: [new TextRun("Nhiệm vụ")] }),
        new Paragraph({ numbering: { reference: "dash", level: 0 }, children: [new TextRun("Đạt 90%")] }),
        new Table({
          rows: [
            new TableRow({ children: [cell("TT"), cell("Nội dung"), cell("Kinh phí")] }),
            new TableRow({ children: [cell("A", { verticalMerge: VerticalMergeType.RESTART }), cell("Chính quyền số", { columnSpan: 2 })] }),
            new TableRow({ children: [cell("", { verticalMerge: VerticalMergeType.CONTINUE }), cell("Máy tính"), cell("10.000.000")] }),
          ],
        }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("docx", () => {
  it("renders Word numbering as markers and lays merged cells on the grid with their origin", async () => {
    const { tree } = await readDocument(await wordDocument(), { fileName: "k.docx" });
    const items = tree.children.filter((b) => b.type === "list-item").map((b) => b.type === "list-item" ? `${b.marker} ${b.text}` : "");
    expect(items).toEqual(["1. Mục tiêu", "a) Chính quyền số", "b) Kinh tế số", "2. Nhiệm vụ", "- Đạt 90%"]);
    const rows = tables(tree)[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.covered ?? c.text))).toEqual([
      ["TT", "Nội dung", "Kinh phí"], ["A", "Chính quyền số", "left"], ["up", "Máy tính", "10.000.000"],
    ]);
    expect(rows[1]!.cells[0]).toMatchObject({ rowSpan: 2, origin: { table: 0, row: 1, col: 0 } });
    expect(rows[2]!.cells[2]!.origin).toEqual({ table: 0, row: 2, col: 2 });
    expect(tree.text.slice(rows[2]!.cells[2]!.span.start, rows[2]!.cells[2]!.span.end)).toBe("10.000.000");
  });
  it("refuses a corrupt .docx with a clear reason", async () => {
    const bytes = (await wordDocument()).slice(0, 2000);
    await expect(readPlan(bytes, { fileName: "broken.docx" })).rejects.toBeInstanceOf(UnreadableInput);
  });
  it("refuses a password-protected .docx (an OLE file with an EncryptedPackage stream)", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Uint8Array.from("EncryptedPackage".split("").flatMap((c) => [c.charCodeAt(0), 0])), 1024);
    await expect(readPlan(ole, { fileName: "secret.docx" })).rejects.toThrow(/password-protected/);
  });
  it("refuses a zip bomb by its declared size before inflating it", async () => {
    const zeros = new Uint8Array(80 * 1024 * 1024);
    const bomb = zipSync({ "word/document.xml": [zeros, { level: 9 }], "[Content_Types].xml": strToU8("<Types/>") });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readPlan(bomb, { fileName: "bomb.docx" })).rejects.toThrow(/zip bomb/);
  });
  it("refuses a zip of too many entries", async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5100; i++) files[`x/${i}`] = new Uint8Array(0);
    await expect(readPlan(zipSync(files), { fileName: "many.docx" })).rejects.toThrow(/entries/);
  });
});

describe("pdf", () => {
  it("reads the text layer: lines, and columns as a table", async () => {
    const { tree } = await readDocument(tinyPdf([
      { x: 72, y: 760, text: "KE HOACH" }, { x: 72, y: 740, text: "Chuyen doi so nam 2026" },
      { x: 72, y: 700, text: "TT" }, { x: 200, y: 700, text: "Noi dung" }, { x: 72, y: 680, text: "1" }, { x: 200, y: 680, text: "May tinh" },
    ]), { fileName: "a.pdf" });
    expect(tree.format).toBe("pdf");
    expect(tree.children.map((b) => b.type)).toEqual(["paragraph", "paragraph", "table"]);
    expect(tables(tree)[0]!.rows[1]!.cells.map((c) => c.text)).toEqual(["1", "May tinh"]);
  });
  it("says a PDF without a text layer is probably a scan", async () => {
    await expect(readPlan(tinyPdf([]), { fileName: "scan.pdf" })).rejects.toThrow(/no text layer \(scanned\?\)/);
  });
  it("refuses a PDF it cannot parse with a reason, not a stack trace", async () => {
    await expect(readPlan(enc("%PDF-1.4\n%garbage\n"), { fileName: "x.pdf" })).rejects.toBeInstanceOf(UnreadableInput);
  });
});

describe("format detection", () => {
  it("refuses images and legacy .doc as unsupported", async () => {
    await expect(readPlan(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]), { fileName: "a.png" })).rejects.toBeInstanceOf(UnsupportedFormat);
    await expect(readPlan(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), { fileName: "a.doc" })).rejects.toThrow(/\.docx/);
  });
});
