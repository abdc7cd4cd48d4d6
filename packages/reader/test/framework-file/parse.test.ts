import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { describeLocation, frameworkTemplate, parseFrameworkFile, type FrameworkFileProblem } from "../../src/index.ts";
import { readXlsx } from "../../src/framework-file/xlsx.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const examples = resolve(import.meta.dirname, "../../../../examples");
const where = (ps: FrameworkFileProblem[]) => ps.map((p) => `${p.severity} ${describeLocation(p.where, "vi")}`);
const HEADER = "Mã,Chỉ tiêu,So sánh,Giá trị,Đơn vị,Năm,Cấp,Căn cứ: văn bản,Ngày,Điều/khoản,Độ tin cậy,Tỉnh";

describe("parseFrameworkFile", () => {
  it("reads the same framework from the example's .xlsx (made by LibreOffice), .csv and .json", async () => {
    const read = await Promise.all(["xlsx", "csv", "json"].map((ext) =>
      parseFrameworkFile(readFileSync(resolve(examples, `quang-ngai/quang-ngai-2026.${ext}`)), `quang-ngai-2026.${ext}`)));
    for (const r of read) expect(r.problems).toEqual([]);
    const [xlsx, csv, json] = read.map((r) => r.frameworks.map(({ title: _t, notes: _n, ...f }) => f));
    expect(xlsx).toEqual(csv);
    expect(json).toEqual(csv);
    expect(csv![0]).toMatchObject({ province: "quang-ngai", origin: "user", years: { from: 2026, to: 2026 }, effective: "2025-12-25" });
    expect(csv![0]!.indicators).toHaveLength(6);
  });

  it("reads every template it writes back to the worked row", async () => {
    for (const format of ["xlsx", "csv", "json"] as const) {
      const bytes = await frameworkTemplate(format);
      expect(await frameworkTemplate(format)).toEqual(bytes); // byte-stable
      const r = await parseFrameworkFile(bytes, `khung.${format}`);
      expect(r.problems, format).toEqual([]);
      expect(r.frameworks[0]!.indicators[0]!.targets[0]).toMatchObject({
        from: 2025, to: 2027, level: "commune", comparator: ">=", value: 100, confidence: "confirmed",
        source: { document: "2629/QĐ-TTg", date: "2025-12-01", article: "Phụ lục I, mục I.1.1" },
      });
    }
  });

  it("names the row and column of every error, leaves those rows out, and keeps the others", async () => {
    const csv = [
      HEADER,
      "A1,Tỷ lệ thôn có tổ công nghệ số,≥,100,%,2026,xã,1/KH-UBND,01/12/2025,Mục 1,đã xác minh,",
      "A2,Tỷ lệ hồ sơ,lớn hơn nhiều,abc,%,20x,huyện,,31/02/2025,,chắc chắn,",
      "A3,Tỷ lệ hài lòng,trên,\"95,5\",%,2025-2027,\"xã, tỉnh\",2/KH-UBND,,,thứ cấp,",
    ].join("\n");
    const r = await parseFrameworkFile(enc(csv), "khung.csv");
    expect(where(r.problems)).toEqual([
      "error dòng 3, cột So sánh", "error dòng 3, cột Giá trị", "error dòng 3, cột Năm", "error dòng 3, cột Cấp", "error dòng 3, cột Căn cứ: văn bản",
      "error dòng 3, cột Ngày", "error dòng 3, cột Độ tin cậy", "warning dòng 4, cột Ngày",
    ]);
    const targets = r.frameworks[0]!.indicators.flatMap((i) => i.targets.map((t) => [i.code, t.level, t.comparator, t.value, t.confidence]));
    expect(targets).toEqual([["A1", "commune", ">=", 100, "confirmed"], ["A3", "commune", ">", 95.5, "secondary"], ["A3", "province", ">", 95.5, "secondary"]]);
  });

  it("reads headers in any case or tone, semicolons, a BOM, and a bare or 'đạt' figure as at least", async () => {
    const csv = "\uFEFFCHỈ TIÊU;gia tri;NĂM;Văn bản;ngày ban hành;so sánh\r\nTỷ lệ A;100;2026;1/KH;12/2025;đạt\r\nTỷ lệ B;90 - 95;2026;1/KH;2025;\r\n";
    const r = await parseFrameworkFile(enc(csv), "k.csv");
    expect(r.problems).toEqual([]);
    expect(r.frameworks[0]!.indicators.map((i) => [i.targets[0]!.comparator, i.targets[0]!.value, i.targets[0]!.max, i.targets[0]!.source.date]))
      .toEqual([[">=", 100, undefined, "2025-12"], ["range", 90, 95, "2025"]]);
  });

  it("accepts a file valid under the previous schema (the full Framework model), as one, an array, or { frameworks }", async () => {
    const fw = {
      id: "t", version: "1", title: "t", level: "province", province: "tinh", documents: [], years: { from: 2026, to: 2026 }, confidence: "confirmed",
      indicators: [{ code: "X", name: "Tỷ lệ x", aliases: [], keywords: ["x"], pillar: "chung", unit: "%", levels: ["commune"],
        targets: [{ from: 2026, to: 2026, level: "commune", comparator: ">=", value: 1, source: { document: "1/KH" }, confidence: "confirmed" }] }],
    };
    for (const json of [fw, [fw], { frameworks: [fw] }]) {
      const r = await parseFrameworkFile(enc(JSON.stringify(json)), "k.json");
      expect(r.problems).toEqual([]);
      expect(r.frameworks.map((f) => [f.id, f.origin])).toEqual([["t", "user"]]);
    }
    const bad = await parseFrameworkFile(enc(JSON.stringify([{ ...fw, years: { from: "2026" } }])), "k.json");
    expect(bad.problems.map((p) => p.where.path)).toEqual(["/0/years/from", "/0/years/to"]);
  });

  it("locates a JSON syntax error by line, and a table row by its path", async () => {
    const r = await parseFrameworkFile(enc('{\n  "targets": [\n    { "name": "A", }\n  ]\n}'), "k.json");
    expect(r.problems[0]!.where.line).toBe(3);
    const t = await parseFrameworkFile(enc(JSON.stringify({ targets: [{ name: "A", value: 1, years: 2026, document: "1/KH", date: "1/1/2025" }, { name: "B", value: "x", years: 2026, document: "1/KH" }] })), "k.json");
    expect(t.problems.map((p) => [p.severity, p.where.path])).toEqual([["error", "/targets/1/value"]]);
  });

  it("never throws on hostile or broken input", async () => {
    const bomb = zipSync({ "xl/workbook.xml": new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    const inputs: [Uint8Array, string][] = [
      [new Uint8Array(0), "k.csv"], [new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "k.xlsx"], [bomb, "k.xlsx"],
      [zipSync({ "hello.txt": strToU8("hi") }), "k.xlsx"], [enc("x".repeat(10000)), "k.csv"], [enc("null"), "k.json"],
      [enc("[1, 2]"), "k.json"], [new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "k.csv"], [enc("a"), "k.xls"],
    ];
    for (const [bytes, name] of inputs) {
      const r = await parseFrameworkFile(bytes, name);
      expect(r.frameworks, name).toEqual([]);
      expect(r.problems.some((p) => p.severity === "error"), name).toBe(true);
    }
  });

  describe("the .xlsx reader", () => {
    const workbook = (sheet: string, shared = "") => zipSync({
      "xl/workbook.xml": strToU8('<workbook xmlns:rel="r"><sheets><sheet name="K &amp; T" sheetId="1" rel:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>'),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
      ...(shared ? { "xl/sharedStrings.xml": strToU8(shared) } : {}),
    });

    it("reads shared, inline, formula and boolean cells, prefixed tags and entities, without phonetic guides", () => {
      const shared = '<sst><si><t>Tỷ lệ</t></si><si><r><t xml:space="preserve">a </t></r><r><t>&lt;b&gt;</t></r><rPh><t>ふり</t></rPh></si></sst>';
      const sheet = '<x:worksheet><x:sheetData><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="C2"><x:v>12.5</x:v></x:c></x:row>' +
        '<row r="3"><c r="B3" t="inlineStr"><is><t>x &amp; y</t></is></c><c r="C3" t="str"><f>A1</f><v>=1</v></c><c r="D3" t="b"><v>1</v></c><c r="E3"/></row>' +
        '<row r="4"/></x:sheetData></x:worksheet>';
      expect(readXlsx(workbook(sheet, shared))).toEqual([{
        name: "K & T",
        rows: [
          { row: 2, cells: ["a <b>", null, 12.5] },
          { row: 3, cells: [null, "x & y", "=1", "TRUE", null] },
          { row: 4, cells: [] },
        ],
      }]);
    });

    it("reads 100 KB of the prefixes the old tag patterns retried on, and refuses what no workbook holds", () => {
      // recheck's attacks on the regular expressions this reader used (<si>, <row>, <t>): quadratic there, one pass here.
      const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t>${"<t\u0000t".repeat(25_000)}</is></c></row></sheetData></worksheet>`;
      expect(readXlsx(workbook(sheet, `<sst>${"<si<".repeat(25_000)}</sst>`))[0]!.rows).toEqual([{ row: 1, cells: ["a"] }]);
      // unclosed rows nest: refused before the parser's element stack grows
      expect(() => readXlsx(workbook(`<worksheet><sheetData>0${"row><row>0".repeat(10_000)}row></sheetData></worksheet>`))).toThrow(/nests elements more than/);
      expect(() => readXlsx(workbook('<worksheet><sheetData><row r="1"><c r="ZZZZZZ1"><v>1</v></c></row></sheetData></worksheet>'))).toThrow(/beyond the last column/);
      expect(() => readXlsx(workbook(`<worksheet>${"<a>".repeat(5_000)}</worksheet>`))).toThrow(/nests elements more than/);
    });
  });
});
