/**
 * What Microsoft Word writes and the reader must read as printed, each on a minimal snippet: the
 * .docx (hand-written OOXML) and the HTML Word saves or a portal shows. One test per behaviour the
 * held-out Word fixtures (test/fixtures/word) found missing.
 */
import type { DocTree, TableNode } from "@cdsvn/core";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxToTree } from "../src/formats/docx.ts";
import { htmlToTree } from "../src/formats/html.ts";
import { readDocument, readPlan } from "../src/read.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const docx = (body: string) => zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) });
const docxTree = (body: string) => docxToTree(docx(body), "t.docx");
const p = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
const r = (text: string, props = "") => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (inner: string, props = "") => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${inner}</w:tc>`;
const tables = (t: DocTree) => t.children.filter((b): b is TableNode => b.type === "table");
const texts = (t: DocTree) => t.children.filter((b) => b.type !== "table").map((b) => ("text" in b ? b.text : ""));
const grid = (t: TableNode) => t.rows.map((row) => row.cells.map((c) => c.covered ?? c.text));

describe(".docx as Word writes it", () => {
  it("hidden text (w:vanish) is not read; w:vanish w:val=0 is shown", () => {
    const t = docxTree(p(r("Tỷ lệ đạt 90%"), r(" (nháp: 48%)", "<w:vanish/>"), r(" trở lên.", '<w:vanish w:val="0"/>')) + p(r("Ghi chú soạn thảo: 48%", "<w:b/><w:vanish/>")));
    expect(texts(t)).toEqual(["Tỷ lệ đạt 90% trở lên."]);
  });

  it("a Symbol-font character (w:sym) is read as the letter it draws; a Wingdings one is not text", () => {
    const t = docxTree(p(r("đạt "), '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>', r(" 95%")) + p('<w:r><w:sym w:font="Wingdings" w:char="F0A7"/></w:r>', r(" Một")));
    expect(texts(t)).toEqual(["đạt ≥ 95%", "Một"]);
  });

  it("a table row deleted with tracking on is not a row", () => {
    const row = (a: string, b: string, props = "") => `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ""}${tc(p(r(a)))}${tc(p(r(b)))}</w:tr>`;
    const deleted = `<w:tr><w:trPr><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:trPr>${tc(`<w:p><w:del w:id="2" w:author="A"><w:r><w:delText>4</w:delText></w:r></w:del></w:p>`)}${tc(`<w:p><w:del w:id="3" w:author="A"><w:r><w:delText>Bỏ</w:delText></w:r></w:del></w:p>`)}</w:tr>`;
    const t = docxTree(`<w:tbl>${row("TT", "Nhiệm vụ")}${row("1", "Một")}${deleted}${row("2", "Hai", '<w:ins w:id="4" w:author="A"/>')}</w:tbl>`);
    expect(grid(tables(t)[0]!)).toEqual([["TT", "Nhiệm vụ"], ["1", "Một"], ["2", "Hai"]]);
  });

  it("a one-column frame table is not a grid: its paragraphs and the table inside it are the document's blocks", () => {
    const inner = `<w:tbl><w:tr>${tc(p(r("TT")))}${tc(p(r("Nội dung")))}${tc(p(r("Kinh phí")))}</w:tr><w:tr>${tc(p(r("1")))}${tc(p(r("Số hóa")))}${tc(p(r("45.000.000")))}</w:tr></w:tbl>`;
    const t = docxTree(`<w:tbl><w:tr>${tc(`${p(r("Dự toán kinh phí"))}${inner}<w:p/>`)}</w:tr></w:tbl>`);
    expect(t.children.map((b) => b.type)).toEqual(["paragraph", "table"]);
    expect(grid(tables(t)[0]!)).toEqual([["TT", "Nội dung", "Kinh phí"], ["1", "Số hóa", "45.000.000"]]);
  });

  it("a table nested in a cell of a real grid stays the cell's lines; a wide one-cell row is no frame", () => {
    const inner = `<w:tbl><w:tr>${tc(p(r("a")))}${tc(p(r("b")))}</w:tr></w:tbl>`;
    const t = docxTree(`<w:tbl><w:tr>${tc(p(r("1")))}${tc(`${inner}<w:p/>`)}</w:tr></w:tbl><w:tbl><w:tr>${tc(p(r("Nhóm")), '<w:gridSpan w:val="3"/>')}</w:tr></w:tbl>`);
    expect(grid(tables(t)[0]!)).toEqual([["1", "a\nb"]]);
    expect(tables(t)).toHaveLength(2);
  });

  it("list numbers run on across instances of one numbering definition; an instance with a start override restarts them", () => {
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>`;
    const item = (numId: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const body = [item(1, "Một"), item(2, "Hai"), p(r("Đoạn xen giữa.")), item(1, "Ba"), item(3, "Lại một"), item(3, "Lại hai"), item(1, "Lại ba")].join("");
    const bytes = zipSync({
      "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
      "word/numbering.xml": strToU8(numbering),
    });
    const t = docxToTree(bytes, "t.docx");
    expect(t.children.map((b) => (b.type === "list-item" ? `${b.marker} ${b.text}` : "text" in b ? b.text : ""))).toEqual(
      ["1. Một", "2. Hai", "Đoạn xen giữa.", "3. Ba", "1. Lại một", "2. Lại hai", "3. Lại ba"]);
  });

  it("a paragraph moved with tracking on is read once, where it now stands (w:moveTo), not where it was (w:moveFrom)", () => {
    const moved = (tag: string) => `<w:${tag} w:id="7" w:author="A"><w:r><w:t>Tỷ lệ hộ có cáp quang đạt 85%.</w:t></w:r></w:${tag}>`;
    const t = docxTree(p(moved("moveFrom")) + p(r("Chỉ tiêu:")) + p(moved("moveTo")));
    expect(texts(t)).toEqual(["Chỉ tiêu:", "Tỷ lệ hộ có cáp quang đạt 85%."]);
  });

  it("a positional tab (w:ptab) separates words as a tab does", () => {
    expect(texts(docxTree(p(r("Số: 15/KH-UBND"), '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>', r("Suối Thầu, ngày 14 tháng 01 năm 2026"))))).toEqual(["Số: 15/KH-UBND Suối Thầu, ngày 14 tháng 01 năm 2026"]);
  });

  it("a footnote is read after the block that carries its mark, numbered as Word prints it (a mark in a cell: after the table)", () => {
    const notes = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
      <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Quyết định số 2629/QĐ-TTg ngày 01/12/2025.</w:t></w:r></w:p></w:footnote>
      <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Giá năm 2025.</w:t></w:r></w:p></w:footnote></w:footnotes>`;
    const ref = (id: number) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const body = p(r("Căn cứ Quyết định số 749/QĐ-TTg"), ref(1), r(";")) + `<w:tbl><w:tr>${tc(p(r("Kinh phí"), ref(2)))}${tc(p(r("120")))}</w:tr></w:tbl>` + p(r("Tiếp theo."));
    const bytes = zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`), "word/footnotes.xml": strToU8(notes) });
    const t = docxToTree(bytes, "t.docx");
    expect(t.children.map((b) => (b.type === "table" ? "table" : b.text))).toEqual(
      ["Căn cứ Quyết định số 749/QĐ-TTg;", "1 Quyết định số 2629/QĐ-TTg ngày 01/12/2025.", "table", "2 Giá năm 2025.", "Tiếp theo."]);
  });

  it("a text box is read once (DrawingML), not again from its VML fallback", () => {
    const box = (text: string) => `<w:txbxContent>${p(r(text))}</w:txbxContent>`;
    const t = docxTree(p(`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${box("Chỉ tiêu trọng tâm: đạt 90%.")}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box("Chỉ tiêu trọng tâm: đạt 90%.")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`));
    expect(texts(t)).toEqual(["Chỉ tiêu trọng tâm: đạt 90%."]);
  });
});

describe("HTML saved by Word or shown by a portal", () => {
  it("text Word hides (display:none, mso-hide:all) and deleted text (<del>) are not read", () => {
    const t = htmlToTree(`<p>Tỷ lệ đạt 90%<span style='display:none;mso-hide:all'> (nháp: 48%)</span><del> 80%</del> trở lên.</p><p style="DISPLAY: none">Ghi chú 48%</p>`);
    expect(texts(t)).toEqual(["Tỷ lệ đạt 90% trở lên."]);
  });

  it("a Symbol-font span is read as the letters it draws (Word writes ≥ as '³' in Symbol)", () => {
    const t = htmlToTree(`<p>đạt <span style='font-family:Symbol;mso-ascii-font-family:"Times New Roman";mso-char-type:symbol;mso-symbol-font-family:Symbol'><span style='mso-char-type:symbol;mso-symbol-font-family:Symbol'>³</span></span> 95%, giá 5 <span style="font-family: Symbol">´</span> 2</p>`);
    expect(texts(t)).toEqual(["đạt ≥ 95%, giá 5 × 2"]);
  });

  it("a footnote's reference mark is not part of the sentence; the note is still read", () => {
    const t = htmlToTree(`<p>đến năm 2030<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a> và Quyết định</p><div id=ftn1><p><a href="#_ftnref1" name="_ftn1">[1]</a> Được sửa đổi.</p></div>`);
    expect(texts(t)).toEqual(["đến năm 2030 và Quyết định", "Được sửa đổi."]);
  });

  it("a one-cell frame (Word's text box, a portal's box) is read as paragraphs; the table inside a frame is a table", () => {
    const t = htmlToTree(`<table cellpadding=0 cellspacing=0 align=left><tr><td><![endif]><div class=shape><p>Chỉ tiêu trọng tâm: đạt 90%.</p></div></td></tr></table>
      <table><tbody><tr><td><p>Dự toán</p><table border="1"><tr><td>TT</td><td>Nội dung</td></tr><tr><td>1</td><td>Số hóa</td></tr></table></td></tr></tbody></table>`);
    expect(t.children.map((b) => (b.type === "table" ? grid(b) : b.text))).toEqual(["Chỉ tiêu trọng tâm: đạt 90%.", "Dự toán", [["TT", "Nội dung"], ["1", "Số hóa"]]]);
  });

  it("a portal page: the site's chrome and what precedes the letterhead are not the document", () => {
    const t = htmlToTree(`<div class="header"><div class="menu"><a href="/">Trang chủ</a></div></div><nav>Tin tức</nav>
      <div class="breadcrumb">Văn bản</div><h1 class="title">Kế hoạch chuyển đổi số năm 2026</h1><div>Ngày đăng: 21/01/2026</div>
      <div class="content"><table><tr><td>ỦY BAN NHÂN DÂN<br />XÃ EA KMÚT<br />Số: 09/KH-UBND</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc</td></tr></table><p>KẾ HOẠCH</p></div>
      <div class="footer">Bản quyền thuộc UBND xã</div><footer>Điện thoại: 0262 3520 118</footer>`);
    expect(t.children.map((b) => b.type)).toEqual(["table", "paragraph"]);
    expect(t.text).not.toMatch(/Trang chủ|Ngày đăng|Bản quyền|Điện thoại|Kế hoạch chuyển đổi số năm 2026/u);
  });

  it("a page without a letterhead table is read whole", () => {
    const t = htmlToTree(`<h1>Kế hoạch</h1><p>Căn cứ Nghị quyết số 57-NQ/TW</p><table><tr><td>a</td><td>b</td></tr></table><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>`);
    expect(t.children).toHaveLength(4);
  });
});

describe("tables as Word merges them", () => {
  const plan = async (text: string) => (await readPlan(new TextEncoder().encode(text), { fileName: "t.html" })).plan;
  const page = (rows: string) => `<p>KẾ HOẠCH</p><p>Chuyển đổi số xã An Lạc năm 2026</p><p>II. NHIỆM VỤ</p><table border="1">${rows}</table>`;

  it("a lead and a deadline merged down over several task rows belong to each row", async () => {
    const { tasks } = await plan(page(`<tr><td>TT</td><td>Nhiệm vụ</td><td>Đơn vị chủ trì</td><td>Thời gian</td></tr>
      <tr><td>1</td><td>Kiện toàn Ban Chỉ đạo chuyển đổi số xã</td><td rowspan="3">Văn phòng HĐND và UBND xã</td><td rowspan="2">Quý I/2026</td></tr>
      <tr><td>2</td><td>Vận hành hệ thống quản lý văn bản</td></tr>
      <tr><td>3</td><td>Số hóa hồ sơ một cửa</td><td>Quý III/2026</td></tr>`));
    expect(tasks.map((t) => [t.lead, t.deadline?.raw])).toEqual([
      ["Văn phòng HĐND và UBND xã", "Quý I/2026"], ["Văn phòng HĐND và UBND xã", "Quý I/2026"], ["Văn phòng HĐND và UBND xã", "Quý III/2026"],
    ]);
  });

  it("'-' in the amount column is a budget line of 0 đồng, in the table's unit or not", async () => {
    const { budget } = await plan(`${page("")}<p>IV. KINH PHÍ</p><p style="text-align:right">ĐVT: triệu đồng</p><table border="1">
      <tr><td>TT</td><td>Nội dung</td><td>Kinh phí</td><td>Nguồn vốn</td></tr>
      <tr><td>1</td><td>Lớp Bình dân học vụ số</td><td>120</td><td>Ngân sách xã</td></tr>
      <tr><td>2</td><td>Tuyên truyền trên hệ thống truyền thanh</td><td>-</td><td>Lồng ghép</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>120</td><td></td></tr></table>`);
    expect(budget.lines.map((l) => [l.content, l.amount])).toEqual([["Lớp Bình dân học vụ số", 120_000_000], ["Tuyên truyền trên hệ thống truyền thanh", 0]]);
    expect(budget.declaredTotal).toBe(120_000_000);
  });
});

describe("Word's other web formats", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body><p class=MsoNormal>Căn cứ Nghị quyết số 57-NQ/TW</p></body></html>`;

  it("a web page named .doc (Word's Web Page or an e-office export) is read as HTML", async () => {
    const { tree } = await readDocument(enc(`\ufeff  ${page}`), { fileName: "ke-hoach.doc" });
    expect(tree.format).toBe("html");
    expect(tree.text.trim()).toBe("Căn cứ Nghị quyết số 57-NQ/TW");
  });

  it("a binary .doc and an .rtf are refused, saying to save as .docx", async () => {
    const refusal = (bytes: Uint8Array, name: string) => readDocument(bytes, { fileName: name }).then(() => "", (e: Error) => e.message);
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "a.doc")).toMatch(/\.docx/);
    expect(await refusal(enc("{\\rtf1\\ansi Ke hoach}"), "a.doc")).toMatch(/Rich Text.*\.docx/);
  });

  it("a single-file web page (.mht): the text/html part, quoted-printable or base64, in the charset it names", async () => {
    const qp = page.replace(/=/g, "=3D").replace(/ố/g, "=E1=BB=91").replace(/ă/g, "=C4=83").replace(/ị/g, "=E1=BB=8B").replace(/ế/g, "=E1=BA=BF").replace(/ứ/g, "=E1=BB=A9");
    const mht = (encoding: string, charset: string, body: string) => `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\nThis document is a Single File Web Page.\r\n\r\n------=_NextPart_01\r\nContent-Location: file:///C:/a.htm\r\nContent-Transfer-Encoding: ${encoding}\r\nContent-Type: text/html; charset="${charset}"\r\n\r\n${body}\r\n------=_NextPart_01--\r\n`;
    const soft = qp.slice(0, 40) + "=\r\n" + qp.slice(40);
    for (const [file, name] of [[mht("quoted-printable", "utf-8", soft), "a.mht"], [mht("base64", "utf-8", btoa(String.fromCharCode(...enc(page)))), "a.doc"]] as const) {
      const { tree } = await readDocument(enc(file), { fileName: name });
      expect(tree.text.trim()).toBe("Căn cứ Nghị quyết số 57-NQ/TW");
    }
    // windows-1258: "ố" is "o" + U+0301 as two bytes (ô = 0xF4, acute = 0xEC); read as one NFC letter.
    const cp = mht("quoted-printable", "windows-1258", "<p>s=F4=EC 57</p>");
    expect((await readDocument(enc(cp), { fileName: "a.mht" })).tree.text.trim()).toBe("số 57");
  });
});
