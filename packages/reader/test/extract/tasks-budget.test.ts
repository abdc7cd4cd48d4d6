import { describe, expect, it } from "vitest";
import { parse } from "./helpers.ts";

const HEADER = "KẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\n";

describe("tasks", () => {
  it("reads task tables by their header words and skips repeated header rows", async () => {
    const { plan } = await parse(`${HEADER}PHỤ LỤC
STT\tTÊN NHIỆM VỤ\tCơ quan thực hiện\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm hoàn thành
1\tXây dựng, ban hành Kế hoạch chuyển đổi số xã năm 2026\tPhòng Văn hóa - Xã hội\tCác cơ quan chuyên môn; đơn vị thuộc xã\tTháng 01/2026\tKế hoạch
STT\tTÊN NHIỆM VỤ\tCơ quan thực hiện\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm hoàn thành
2\tNâng cấp mạng LAN\tVăn phòng HĐND và UBND xã\t\tQuý III/2026\tMạng LAN
`);
    expect(plan.tasks.map((t) => t.name)).toEqual(["Xây dựng, ban hành Kế hoạch chuyển đổi số xã năm 2026", "Nâng cấp mạng LAN"]);
    const [a, b] = plan.tasks;
    expect(a).toMatchObject({ lead: "Phòng Văn hóa - Xã hội", partners: ["Các cơ quan chuyên môn", "đơn vị thuộc xã"], output: "Kế hoạch", section: "appendix" });
    expect(a!.deadline).toMatchObject({ raw: "Tháng 01/2026", from: "2026-01", to: "2026-01" });
    expect(b!.deadline).toMatchObject({ from: "2026-07", to: "2026-09" });
  });

  it("reads body blocks with 'Đơn vị chủ trì / phối hợp / Thời gian hoàn thành'", async () => {
    const { plan } = await parse(`${HEADER}II. NHIỆM VỤ
3. Hạ tầng số
a. Triển khai Hệ thống Hội nghị truyền hình trực tuyến của thành phố
- + Đơn vị chủ trì: Văn phòng HĐND và UBND xã.
- + Đơn vị phối hợp: Các cơ quan, đơn vị liên quan.
- + Thời gian hoàn thành: Thường xuyên.
b. Tuyên truyền về chuyển đổi số trên hệ thống phát thanh của xã.
V. TỔ CHỨC THỰC HIỆN
2. Phòng Văn hóa - Xã hội
- Chủ trì, phối hợp với các cơ quan triển khai Kế hoạch này.
`);
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]).toMatchObject({
      name: "Triển khai Hệ thống Hội nghị truyền hình trực tuyến của thành phố",
      lead: "Văn phòng HĐND và UBND xã", partners: ["Các cơ quan, đơn vị liên quan"], section: "body",
    });
    expect(plan.tasks[0]!.deadline).toMatchObject({ raw: "Thường xuyên", recurring: true });
  });
});

describe("budget", () => {
  it("reads every row with its path, group rows included, and the total row as the declared total", async () => {
    const { plan, diagnostics } = await parse(`${HEADER}PHỤ LỤC II
TT\tNội dung, nhiệm vụ chi\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)\tGhi chú
A\tCHUYỂN ĐỔI SỐ\t\t\t\t1.000.000.000\t
I\tChính quyền số\t\t\t\t1.000.000.000\t
1\tSố hóa hồ sơ\tGói\t01\t700.000.000\t700.000.000\t
2\tTrang bị thiết bị điểm hỗ trợ số tại 6 thôn\tThôn\t6\t15.000.000\t900.000.000\tMáy tính, máy in
\t\t\t\t\t\tthiết bị kết nối
B\tĐỔI MỚI SÁNG TẠO\t\t\t\t15.000.000\t
1\tRà soát hiện trạng\tMáy\t50\t300.000\t15.000.000\t
TỔNG KINH PHÍ THỰC HIỆN (A+B):\t\t\t\t\t1.015.000.000\t
`);
    expect(plan.budget.declaredTotal).toBe(1_015_000_000);
    expect(plan.budget.lines.map((l) => [l.code, l.path.join("/"), l.amount])).toEqual([
      ["A", "A", 1_000_000_000], ["I", "A/I", 1_000_000_000], ["1", "A/I/1", 700_000_000],
      ["2", "A/I/2", 900_000_000], ["B", "B", 15_000_000], ["1", "B/1", 15_000_000],
    ]);
    // stated as written, even when quantity × unit price disagrees with the amount
    expect(plan.budget.lines[3]).toMatchObject({ unit: "Thôn", quantity: 6, unitPrice: 15_000_000, amount: 900_000_000 });
    expect(plan.budget.lines[0]!.isGroup).toBe(true);
    expect(plan.budget.lines[2]!.isGroup).toBeUndefined();
    expect(diagnostics).toHaveLength(0);
  });

  it("converts a 'triệu đồng' table, joins continuation rows and makes tasks of rows with a lead unit", async () => {
    const { plan } = await parse(`${HEADER}PHỤ LỤC 2
STT\tNhiệm vụ, Danh mục dự án\tĐơn vị chủ trì thực hiện\tKinh phí dự kiến (ĐVT: triệu đồng)
<b>1</b>\t<b>Chính quyền số</b>\t\t
1.1\tDuy trì đường truyền internet\tVăn phòng HĐND và UBND\t40
1.2\tĐưa các sản phẩm của xã lên sàn\tPhòng Kinh tế\t10,5
\tthương mại điện tử.\t\t
\t<b>Tổng</b>\t\t<b>50,5</b>
`, "plan.md");
    expect(plan.budget.declaredTotal).toBe(50_500_000);
    expect(plan.budget.lines.map((l) => [l.path.join("/"), l.amount, l.content])).toEqual([
      ["1/1.1", 40_000_000, "Duy trì đường truyền internet"],
      ["1/1.2", 10_500_000, "Đưa các sản phẩm của xã lên sàn thương mại điện tử."],
    ]);
    expect(plan.tasks.map((t) => t.lead)).toEqual(["Văn phòng HĐND và UBND", "Phòng Kinh tế"]);
  });

  it("takes the total stated in prose when the table has none", async () => {
    const { plan } = await parse(`${HEADER}V. KINH PHÍ THỰC HIỆN\nTổng kinh phí dự kiến thực hiện Kế hoạch năm 2026 là **3.711.000.000** đồng.\n`);
    expect(plan.budget.declaredTotal).toBe(3_711_000_000);
    expect(plan.indicators).toHaveLength(0);
  });
});

describe("what cannot be placed becomes a parse diagnostic", () => {
  it("reports a budget row without amount, an unreadable amount and a table it cannot classify", async () => {
    const { diagnostics } = await parse(`${HEADER}PHỤ LỤC
TT\tNội dung\tThành tiền (đồng)
1\tTập huấn kỹ năng số\t
2\tTrang bị máy tính\tkhoảng vài chục triệu

Danh sách thành viên Ban Chỉ đạo:
Họ và tên\tChức vụ
Nguyễn Văn A\tChủ tịch
`);
    const ids = diagnostics.map((d) => d.ruleId).sort();
    expect(ids).toEqual(["parse/budget-amount", "parse/budget-row-without-amount", "parse/unknown-table"]);
    expect(diagnostics.every((d) => d.category === "parse" && d.span !== null && d.line !== null)).toBe(true);
  });
});
