/**
 * The PDF front-end's geometry, on hand-made operator lists and pieces: what each rule does when a
 * writer draws a line in two font passes, runs a cell's text over its border, or wraps a number.
 */
import { describe, expect, it } from "vitest";
import type { Piece } from "../src/formats/pdf/geometry.ts";
import { cutPiece, groupLines, joinWrapped, lineText } from "../src/formats/pdf/lines.ts";
import { ruledTables } from "../src/formats/pdf/lattice.ts";
import { readOperators } from "../src/formats/pdf/operators.ts";

const piece = (str: string, x: number, width: number, font = "F1", y = 700, size = 13): Piece => ({ str, x, y, width, size, font });

describe("a line drawn in two font passes (LibreOffice's Vietnamese)", () => {
  // PDF.js operator numbers and glyphs as getOperatorList gives them (widths in thousandths of an em).
  const OP = { save: 10, restore: 11, transform: 12, beginText: 31, setWordSpacing: 34, setHScale: 35, setFont: 37, moveText: 40, setTextMatrix: 42, showText: 44, constructPath: 91, stroke: 20 };
  const WIDTH: Record<string, number> = { " ": 250, C: 722, N: 722, G: 777, H: 777, "Ò": 777, A: 722, Y: 722, B: 666, "Â": 722, D: 722, "Ủ": 872, "Ộ": 871, i: 278, a: 444, "ạ": 444, m: 778, n: 500, g: 500 };
  const glyphs = (s: string) => [...s].map((ch) => ({ unicode: ch, width: WIDTH[ch] ?? 500, isSpace: ch === " " }));
  const walk = (ops: [number, unknown[] | null][], fontMatrix?: number[]) =>
    readOperators(ops.map((o) => o[0]), ops.map((o) => o[1]), () => fontMatrix, 1000, 1000);
  const textOf = (ops: [number, unknown[] | null][], fontMatrix?: number[]) => groupLines(walk(ops, fontMatrix).pieces).map(lineText);

  it("puts a letter of the second font where it was drawn, before or inside a word of the first", () => {
    // "ỦY BAN": the first font starts at "Y"; the second draws "Ủ" just before it.
    // "CỘNG HÒA": the first font leaves room after "C" (a -869 gap) that the second fills with "Ộ".
    expect(textOf([
      [OP.beginText, null], [OP.moveText, [123.4, 771.8]], [OP.setFont, ["F1", 12]], [OP.showText, [[...glyphs("Y"), 30, ...glyphs(" BAN")]]],
      [OP.setTextMatrix, [[1, 0, 0, 1, 113, 771.8]]], [OP.setFont, ["F2", 12]], [OP.showText, [glyphs("Ủ")]],
      [OP.beginText, null], [OP.moveText, [200, 771.8]], [OP.setFont, ["F1", 12]], [OP.showText, [[...glyphs("C"), -869, ...glyphs("NG"), 2, ...glyphs(" HÒA")]]],
      [OP.setTextMatrix, [[1, 0, 0, 1, 200 + 0.722 * 12, 771.8]]], [OP.setFont, ["F2", 12]], [OP.showText, [glyphs("Ộ")]],
    ])).toEqual(["ỦY BAN CỘNG HÒA"]);
  });
  it("keeps kerning inside a word and makes a word space of a blank, word spacing and a move to the next word alike", () => {
    expect(textOf([
      [OP.beginText, null], [OP.moveText, [100, 700]], [OP.setFont, ["F1", 12]], [OP.setWordSpacing, [3]],
      [OP.showText, [[...glyphs("m"), -5, ...glyphs("ạng"), ...glyphs(" "), ...glyphs("in"), -400, ...glyphs("gin"), -55, ...glyphs("an"), -150, ...glyphs("ma")]]],
    ])).toEqual(["mạng in ginan ma"]);
  });
  it("places text through the page transform, the text matrix, a horizontal scale and a Type 3 font's own matrix", () => {
    const { pieces } = walk([
      [OP.save, null], [OP.transform, [2, 0, 0, 2, 10, 20]], [OP.beginText, null], [OP.setHScale, [50]],
      [OP.setFont, ["T3", 10]], [OP.moveText, [5, 5]], [OP.showText, [[{ unicode: "a", width: 1 }, { unicode: "b", width: 1 }]]], [OP.restore, null],
    ], [0.5, 0, 0, 0.5, 0, 0]);
    // Text space origin (5, 5) → page (20, 30); each glyph advances 1 × 0.5 × 10 × 0.5 (scale) × 2 (page) = 5.
    expect(pieces).toEqual([{ str: "ab", x: 20, y: 30, width: 10, size: 10, font: "T3" }]);
  });
  it("takes table borders from stroked paths through the current transform", () => {
    const { h, v } = walk([
      [OP.save, null], [OP.transform, [1, 0, 0, 1, 50, 50]],
      [OP.constructPath, [OP.stroke, [[0, 0, 0, 1, 100, 0, 0, 10, 0, 1, 10, 30]]]], [OP.restore, null],
    ]);
    expect(h).toEqual([{ y: 50, x0: 50, x1: 150 }]);
    expect(v).toEqual([{ x: 60, y0: 50, y1: 80 }]);
  });
  it("gives no place to text drawn through an infinite matrix, and survives states saved a million deep", () => {
    expect(walk([[OP.transform, [Infinity, 0, 0, 1, 0, 0]], [OP.beginText, null], [OP.setFont, ["F1", 12]], [OP.showText, [glyphs("Y")]]]).pieces).toEqual([]);
    const deep: [number, unknown[] | null][] = [];
    for (let k = 0; k < 1_000_000; k++) deep.push([OP.save, null]);
    deep.push([OP.beginText, null], [OP.moveText, [10, 20]], [OP.setFont, ["F1", 12]], [OP.showText, [glyphs("BAN")]]);
    for (let k = 0; k < 1_000_000; k++) deep.push([OP.restore, null]);
    expect(walk(deep).pieces.map((p) => [p.str, p.x, p.y])).toEqual([["BAN", 10, 20]]);
  });
  it("leaves a line written in one font as it is", () => {
    expect(groupLines([piece("Căn cứ Nghị quyết", 100, 100), piece("số 57-NQ/TW", 204, 70)]).map(lineText)).toEqual(["Căn cứ Nghị quyết số 57-NQ/TW"]);
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
    // A compound broken at its own hyphen is one word again; a dash between spaces keeps them.
    expect(joinWrapped(["Kế hoạch số 275/KH-", "UBND ngày 31/12/2025"])).toBe("Kế hoạch số 275/KH-UBND ngày 31/12/2025");
    expect(joinWrapped(["giai đoạn 2021-", "2025"])).toBe("giai đoạn 2021-2025");
    expect(joinWrapped(["Độc lập -", "Tự do"])).toBe("Độc lập - Tự do");
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
  it("takes the separate borders of neighbouring cells (a browser's print, 1.5 pt apart) and a double frame for one edge", () => {
    // A 2 × 2 table inside a frame: each cell is its own box, 2.25 pt from its neighbours and from the frame.
    const box = (x0: number, y0: number, x1: number, y1: number) => ({
      h: [{ y: y0, x0, x1 }, { y: y1, x0, x1 }], v: [{ x: x0, y0, y1 }, { x: x1, y0, y1 }],
    });
    const boxes = [box(100, 600, 300, 700), box(102.25, 652.25, 199, 697.75), box(201.25, 652.25, 297.75, 697.75), box(102.25, 602.25, 199, 650), box(201.25, 602.25, 297.75, 650)];
    const [t, ...rest] = ruledTables(boxes.flatMap((b) => b.h), boxes.flatMap((b) => b.v));
    expect(rest).toEqual([]);
    expect(t!.rows.map((r) => r.map((c) => `${c.col}:${c.colSpan}x${c.rowSpan}`))).toEqual([["0:1x1", "1:1x1"], ["0:1x1", "1:1x1"]]);
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

describe("a list with a hanging indent", () => {
  it("is a list: a marker with its text at a tab stop is not a table of two columns, and its wrapped line stays in the item", async () => {
    const { tinyPdf } = await import("./support/tiny-pdf.ts");
    const { readDocument } = await import("../src/read.ts");
    const pdf = tinyPdf([
      { x: 72, y: 720, text: "Chi tieu cu the:" },
      { x: 72, y: 706, text: "-" }, { x: 96, y: 706, text: "Tren 80% ho so thu tuc hanh chinh duoc xu ly truc tuyen va duoc" },
      { x: 96, y: 692, text: "theo doi tren he thong." },
      { x: 72, y: 678, text: "-" }, { x: 96, y: 678, text: "100% can bo duoc boi duong ky nang so." },
      { x: 72, y: 664, text: "-" }, { x: 96, y: 664, text: "Tu 70% nguoi dan co tai khoan dinh danh." },
    ]);
    const { tree } = await readDocument(pdf, { fileName: "list.pdf" });
    expect(tree.children.map((b) => `${b.type}:${"marker" in b ? b.marker : ""}:${"text" in b ? b.text : ""}`)).toEqual([
      "paragraph::Chi tieu cu the:",
      "list-item:-:Tren 80% ho so thu tuc hanh chinh duoc xu ly truc tuyen va duoc theo doi tren he thong.",
      "list-item:-:100% can bo duoc boi duong ky nang so.",
      "list-item:-:Tu 70% nguoi dan co tai khoan dinh danh.",
    ]);
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
