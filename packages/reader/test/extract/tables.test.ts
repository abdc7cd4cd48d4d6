import { describe, expect, it } from "vitest";
import { OutlineRanks } from "../../src/extract/budget.ts";
import { parse } from "./helpers.ts";

const HEADER = "KẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\n";
const html = (body: string) => parse(`<html><body><p>KẾ HOẠCH</p><p>Chuyển đổi số xã Tân Phú năm 2026</p>${body}</body></html>`, "plan.html");

describe("budget tables as Word writes them", () => {
  it("a two-row merged header in triệu đồng: the total column is the amount, Nguồn vốn never is, amounts in đồng", async () => {
    const { plan } = await html(`<p>PHỤ LỤC II. DỰ TOÁN KINH PHÍ</p><table>
      <tr><td rowspan="2">TT</td><td rowspan="2">Nội dung</td><td colspan="3">Kinh phí (triệu đồng)</td><td rowspan="2">Nguồn vốn</td></tr>
      <tr><td>Tổng số</td><td>NSNN</td><td>Khác</td></tr>
      <tr><td>A</td><td>Hạ tầng số</td><td>150</td><td>100</td><td>50</td><td>Ngân sách xã</td></tr>
      <tr><td>1</td><td>Mạng LAN</td><td>150</td><td>100</td><td>50</td><td>Ngân sách xã 2026</td></tr>
      <tr><td>B</td><td>Chuyển đổi số</td><td>90,5</td><td>90,5</td><td></td><td>Ngân sách tỉnh</td></tr>
      <tr><td>C</td><td>Đổi mới sáng tạo</td><td>20</td><td>20</td><td></td><td>1.000</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>260,5</td><td>210,5</td><td>50</td><td></td></tr>
    </table>`);
    expect(plan.budget.lines.map((l) => [l.path.join("/"), l.amount])).toEqual([
      ["A", 150_000_000], ["A/1", 150_000_000], ["B", 90_500_000], ["C", 20_000_000],
    ]);
    expect(plan.budget.declaredTotal).toBe(260_500_000);
  });

  it("the unit in a title row inside the table, and a row of column numbers under the header", async () => {
    const { plan } = await parse(`${HEADER}PHỤ LỤC
Đơn vị: 1.000 đồng
TT\tNội dung\tThành tiền\tGhi chú
(1)\t(2)\t(3)\t(4)
1\tTập huấn kỹ năng số\t25.000\t300
`);
    expect(plan.budget.lines.map((l) => [l.content, l.amount])).toEqual([["Tập huấn kỹ năng số", 25_000_000]]);
  });

  it("a group row merged across the columns gives the path of the rows under it", async () => {
    const { plan } = await html(`<p>PHỤ LỤC</p><table>
      <tr><td>TT</td><td>Nội dung</td><td>Kinh phí (đồng)</td></tr>
      <tr><td colspan="3">A. CHUYỂN ĐỔI SỐ</td></tr>
      <tr><td>1</td><td>Số hóa hồ sơ</td><td>700.000.000</td></tr>
      <tr><td colspan="3">B. ĐỔI MỚI SÁNG TẠO</td></tr>
      <tr><td>1</td><td>Rà soát</td><td>15.000.000</td></tr>
    </table>`);
    expect(plan.budget.lines.map((l) => [l.path.join("/"), l.amount])).toEqual([["A/1", 700_000_000], ["B/1", 15_000_000]]);
  });
});

describe("group labels: letters and Roman numerals by their sequence", () => {
  const ranks = (codes: string[]) => { const r = new OutlineRanks(); return codes.map((c) => r.rankOf(c)); };
  it("C after B is a letter, not the Roman 100; I, II under a part are numerals; V after IV too", () => {
    expect(ranks(["A", "I", "II", "B", "I", "C", "D"])).toEqual([0, 1, 1, 0, 1, 0, 0]);
    expect(ranks(["I", "II", "III", "IV", "V", "VI", "IX", "X"])).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(ranks(["A", "B", "C", "D", "Đ", "E", "G", "H", "I"])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("indicator tables with a 'Đơn vị tính' column", () => {
  it("takes the unit from the column: % makes a percentage, a noun a count of it", async () => {
    const { plan } = await parse(`${HEADER}II. MỤC TIÊU, CHỈ TIÊU
TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2026
1\tTỷ lệ hồ sơ xử lý trực tuyến\t%\t80
2\tMô hình chuyển đổi số tiêu biểu\tMô hình\t3
`);
    expect(plan.indicators.map((i) => [i.text, i.target.value, i.target.unit, i.target.unitLabel ?? null])).toEqual([
      ["Tỷ lệ hồ sơ xử lý trực tuyến", 80, "%", null],
      ["Mô hình chuyển đổi số tiêu biểu", 3, "count", "mô hình"],
    ]);
  });
});

describe("the total stated in prose", () => {
  it("reads '… là: **3.711.000.000** đồng' and stays linear on a long run of blanks", async () => {
    const { findProseTotal } = await import("../../src/extract/budget.ts");
    expect(findProseTotal("Tổng kinh phí thực hiện là: **3.711.000.000** đồng.")?.value).toBe(3_711_000_000);
    expect(findProseTotal("Tổng dự toán: 1,5 tỷ đồng")?.value).toBe(1_500_000_000);
    // Cubic before: "Tổng dự toán: 0" and 3,000 blanks took 28 s; 300,000 now finish well inside the test timeout.
    expect(findProseTotal(`Tổng dự toán: 0${" ".repeat(300_000)}x`.repeat(3))).toBeNull();
    // recheck's attack on the single pattern used before (cubic): 100 KB of the repeated opening, then a real statement.
    const opening = "Tổng dự toáng".repeat(8_000);
    expect(findProseTotal(`${opening}\nTổng nguồn vốn thực hiện kế hoạch là 250 triệu đồng.`)).toEqual({
      value: 250_000_000, span: { start: opening.length + 1, end: opening.length + 1 + "Tổng nguồn vốn thực hiện kế hoạch là 250 triệu đồng".length },
    });
    // a statement whose figure cannot be read gives way to the next one
    expect(findProseTotal("Tổng kinh phí: 1,2,3 đồng; Tổng kinh phí là 5.000.000 đồng")?.value).toBe(5_000_000);
  });
});
