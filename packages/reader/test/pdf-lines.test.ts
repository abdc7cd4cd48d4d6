/**
 * The PDF front-end's geometry, on hand-made pieces: what each rule does when a writer draws a line
 * in two font passes, runs a cell's text over its border, or wraps a number.
 */
import { describe, expect, it } from "vitest";
import type { Piece } from "../src/formats/pdf/geometry.ts";
import { cutPiece, groupLines, joinWrapped, lineText } from "../src/formats/pdf/lines.ts";
import { ruledTables } from "../src/formats/pdf/lattice.ts";

const piece = (str: string, x: number, width: number, font = "F1", y = 700, size = 13): Piece => ({ str, x, y, width, size, font });
const text = (pieces: Piece[]) => groupLines(pieces).map(lineText);

describe("a line drawn in two font passes", () => {
  it("puts the second pass's letters back in the blanks of the first, keeping the word spaces", () => {
    // "Tỷ lệ hồ sơ": the first font draws "T", "l", "h", "s" with room for the rest; the second
    // font draws "ỷ", "ệ", "ồ", "ơ" — its run "ỷ ệ" spans the "l" of the first.
    const first = [piece("T", 100, 8), piece(" ", 108, 11.3), piece("l", 119.3, 3.6), piece(" ", 122.9, 11.5), piece("h", 134.4, 6.5), piece(" ", 140.9, 11.8), piece("s", 152.7, 5.1), piece(" ", 157.8, 11.6)];
    const second = [piece("ỷ ệ", 108, 22.5, "F2"), piece("ồ", 140.9, 7.9, "F2"), piece("ơ", 157.8, 7.8, "F2")];
    expect(text([...first, ...second])).toEqual(["Tỷ lệ hồ sơ"]);
  });
  it("fills a blank inside a first-pass run with the letter drawn over it", () => {
    // PDF.js gives "ng m ng" for "ng mạng": the blank after "m" is the room for "ạ".
    const host = piece("ng m ng", 200, 46);
    expect(text([host, piece("ạ", 224.3, 7.7, "F2")])).toEqual(["ng mạng"]);
  });
  it("leaves a line written in one font as it is", () => {
    expect(text([piece("Căn cứ Nghị quyết", 100, 100), piece("số 57-NQ/TW", 204, 70)])).toEqual(["Căn cứ Nghị quyết số 57-NQ/TW"]);
  });
});

describe("cells and wraps", () => {
  it("cuts a run that PDF.js joined across a cell border at the blank nearest the border", () => {
    const [left, right] = cutPiece(piece("150 Xã hội hóa", 300, 80), 322)!;
    expect([left.str, right.str]).toEqual(["150", "Xã hội hóa"]);
    expect(right.x).toBeGreaterThanOrEqual(322);
  });
  it("joins a wrapped cell's lines, a number cut by the wrap without a space, a list item on its own line", () => {
    expect(joinWrapped(["Số hóa hồ sơ, tài liệu lưu trữ của", "xã cũ trước sắp xếp"])).toBe("Số hóa hồ sơ, tài liệu lưu trữ của xã cũ trước sắp xếp");
    expect(joinWrapped(["200.00", "0"])).toBe("200.000");
    expect(joinWrapped(["Phòng Văn hóa", "- Xã hội"])).toBe("Phòng Văn hóa - Xã hội");
    expect(joinWrapped(["- Máy tính;", "- Máy in"])).toBe("- Máy tính;\n- Máy in");
  });
});

describe("tables from their borders", () => {
  it("finds the grid and a merged cell where a border is missing", () => {
    // Three columns, two rows; the top row's first two cells are merged (no border at x=150 up there).
    const h = [0, 1, 2].map((k) => ({ y: 700 - k * 20, x0: 100, x1: 250 }));
    const v = [
      { x: 100, y0: 660, y1: 700 }, { x: 200, y0: 660, y1: 700 }, { x: 250, y0: 660, y1: 700 },
      { x: 150, y0: 660, y1: 680 },
    ];
    const [t] = ruledTables(h, v);
    expect(t!.xs.map(Math.round)).toEqual([100, 150, 200, 250]);
    expect(t!.rows.map((r) => r.map((c) => `${c.col}:${c.colSpan}x${c.rowSpan}`))).toEqual([["0:2x1", "2:1x1"], ["0:1x1", "1:1x1", "2:1x1"]]);
  });
  it("keeps each of two stacked tables' borders when their columns line up within a point", () => {
    // A task table above a budget table, both with a narrow "STT" column: LibreOffice prints the two
    // borders 0.6 pt apart. Merged into one segment, the lower table would lose its first column.
    const rows = (ys: number[]) => ys.map((y) => ({ y, x0: 85, x1: 539 }));
    const cols = (xs: number[], y0: number, y1: number) => xs.map((x) => ({ x, y0, y1 }));
    const tables = ruledTables([...rows([777, 700, 558]), ...rows([466, 400, 232])], [...cols([85.1, 117.2, 291.7, 538.6], 558, 777), ...cols([85.1, 117.8, 309.1, 538.6], 232, 466)]);
    expect(tables.map((t) => t.xs.map(Math.round))).toEqual([[85, 117, 292, 539], [85, 118, 309, 539]]);
  });
  it("does not take a frame around text, even with rules between its paragraphs, for a table", () => {
    const frame = [{ x: 100, y0: 600, y1: 700 }, { x: 300, y0: 600, y1: 700 }];
    expect(ruledTables([{ y: 700, x0: 100, x1: 300 }, { y: 600, x0: 100, x1: 300 }], frame)).toEqual([]);
    expect(ruledTables([700, 650, 600].map((y) => ({ y, x0: 100, x1: 300 })), frame)).toEqual([]);
  });
});

describe("a table without borders", () => {
  it("is found by its gutters, and a wrapped cell's lines stay in their row", async () => {
    const { tinyPdf } = await import("./support/tiny-pdf.ts");
    const { readDocument } = await import("../src/read.ts");
    const at = (y: number, ...cells: [number, string][]) => cells.map(([x, text]) => ({ x, y, text }));
    const pdf = tinyPdf([
      ...at(720, [50, "TT"], [100, "Noi dung"], [300, "Don vi"], [450, "Thoi gian"]),
      ...at(700, [50, "1"], [100, "Ban hanh ke hoach"], [300, "Van phong"], [450, "Thang 01/2026"]),
      ...at(686, [100, "chuyen de trien khai"], [300, "UBND xa"]),
      ...at(672, [50, "2"], [100, "So hoa ho so"], [300, "Trung tam"], [450, "Nam 2026"]),
      ...at(658, [100, "luu tru"]),
      ...at(644, [100, "Tong cong"], [450, "1.535"]),
    ]);
    const { tree } = await readDocument(pdf, { fileName: "borderless.pdf" });
    const table = tree.children.find((b) => b.type === "table");
    expect(table?.type === "table" && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["TT", "Noi dung", "Don vi", "Thoi gian"],
      ["1", "Ban hanh ke hoach chuyen de trien khai", "Van phong UBND xa", "Thang 01/2026"],
      ["2", "So hoa ho so luu tru", "Trung tam", "Nam 2026"],
      ["", "Tong cong", "", "1.535"],
    ]);
  });
});
