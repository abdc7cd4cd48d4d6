import { describe, expect, it } from "vitest";
import type { DocTree, TableNode } from "@cdsvn/core";
import { textToTree } from "../src/formats/text.ts";
import { readPlan } from "../src/read.ts";

const tables = (t: DocTree) => t.children.filter((b): b is TableNode => b.type === "table");
/** Writes a table the way some portals flatten one: each cell on its line(s), then a line "|". */
const flatten = (cells: readonly string[]) => cells.map((c) => `${c}\n|\n`).join("");

const HEADER = ["STT", "Tên chỉ tiêu", "Cách tính", "Đơn vị tính", "Chỉ tiêu năm 2026"];

describe("a table flattened to one cell per line", () => {
  it("is read back into rows: the header gives the width, group rows end at the next row number", () => {
    const text = `PHỤ LỤC\n${flatten([
      ...HEADER,
      "I", "Chính quyền số",
      "1", "Tỷ lệ hồ sơ công việc\ncủa xã xử lý trên môi trường mạng", "Số hồ sơ xử lý trực tuyến/tổng số hồ sơ", "%", "95",
      "2", "Số mô hình chuyển đổi số ở thôn", "Đếm số mô hình", "mô hình", "3",
      "II", "Xã hội số", "", "",
      "1", "Tỷ lệ hộ gia đình có cáp quang", "Số hộ có cáp quang/tổng số hộ", "%", "85",
    ])}Nơi nhận:\n- Như trên;\n`;
    const [table] = tables(textToTree(text, "txt"));
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      HEADER,
      ["I", "Chính quyền số", "", "", ""],
      ["1", "Tỷ lệ hồ sơ công việc của xã xử lý trên môi trường mạng", "Số hồ sơ xử lý trực tuyến/tổng số hồ sơ", "%", "95"],
      ["2", "Số mô hình chuyển đổi số ở thôn", "Đếm số mô hình", "mô hình", "3"],
      ["II", "Xã hội số", "", "", ""],
      ["1", "Tỷ lệ hộ gia đình có cáp quang", "Số hộ có cáp quang/tổng số hộ", "%", "85"],
    ]);
    // each cell keeps where its words are
    const cell = table!.rows[2]!.cells[4]!;
    expect(text.slice(cell.span.start, cell.span.end)).toBe("95");
    // what follows the table is prose again
    expect(textToTree(text, "txt").children.at(-1)).toMatchObject({ type: "list-item" });
  });

  it("gives the plan its indicators, with the unit column's unit", async () => {
    const text = `KẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\nI. MỤC TIÊU\n${flatten([
      ...HEADER,
      "1", "Tỷ lệ hồ sơ xử lý trên môi trường mạng", "Số hồ sơ trực tuyến/tổng số", "%", "95",
      "2", "Số mô hình chuyển đổi số ở thôn", "Đếm", "mô hình", "3",
    ])}`;
    const { plan } = await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" });
    expect(plan.indicators.map((i) => [i.text, i.target.value, i.target.unit])).toEqual([
      ["Tỷ lệ hồ sơ xử lý trên môi trường mạng", 95, "%"],
      ["Số mô hình chuyển đổi số ở thôn", 3, "count"],
    ]);
  });

  it("drops a row that only numbers the columns", () => {
    const text = flatten([...HEADER, "1", "2", "3", "4", "5", "1", "Tỷ lệ hộ có cáp quang", "Số hộ/tổng số hộ", "%", "85"]);
    const [table] = tables(textToTree(text, "txt"));
    expect(table!.rows.map((r) => r.cells[0]!.text)).toEqual(["STT", "1"]);
    expect(table!.rows[1]!.cells[4]!.text).toBe("85");
  });

  it("leaves a letterhead flattened the same way to the paragraphs the letterhead reader knows", () => {
    const t = textToTree("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 12/KH-UBND\n|\nTân Phú, ngày 02 tháng 01 năm 2026\n|\nKẾ HOẠCH\n", "txt");
    expect(tables(t)).toEqual([]);
  });
});
