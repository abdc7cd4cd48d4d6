import { describe, expect, it } from "vitest";
import { findTargets } from "../../src/extract/targets.ts";
import { parse } from "./helpers.ts";

const HEADER = "KẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\n";
const figures = (s: string) => findTargets(s).map((f) => [f.target.comparator, f.target.value, f.target.unit, f.target.unitLabel ?? null]);

describe("targets in running text", () => {
  it("counts with their noun, after an 'at least' or 'more than'", () => {
    expect(figures("Xây dựng ít nhất 3 mô hình chuyển đổi số tiêu biểu")).toEqual([[">=", 3, "count", "mô hình"]]);
    expect(figures("thu hút trên 50 doanh nghiệp công nghệ số")).toEqual([[">", 50, "count", "doanh nghiệp"]]);
    expect(figures("Tổ chức 02 lớp tập huấn")).toEqual([]);
  });
  it("a data rate after a label's colon, a comparator or 'đạt', in its own unit; not a task's equipment", () => {
    expect(figures("Tốc độ truy cập Internet cáp quang tại trụ sở xã: 150 Mb/s")).toEqual([["=", 150, "Mb/s", null]]);
    expect(figures("băng thông mạng nội bộ đạt trên 1 Gbps")).toEqual([[">", 1, "Gb/s", null]]);
    expect(figures("tốc độ tải xuống di động tối thiểu 40 Mbps")).toEqual([[">=", 40, "Mb/s", null]]);
    expect(figures("Lắp đặt đường truyền tốc độ 100 Mbps cho nhà văn hóa thôn")).toEqual([]);
  });
  it("a score in 'điểm' on the same terms; 'điểm' followed by a word counts places", () => {
    expect(figures("Chỉ số chuyển đổi số (DTI) cấp xã đạt từ 0,55 điểm trở lên")).toEqual([[">=", 0.55, "điểm", null]]);
    expect(figures("Điểm đánh giá chỉ số cải cách hành chính: 85 điểm")).toEqual([["=", 85, "điểm", null]]);
    expect(figures("phấn đấu đạt trên 700 điểm.")).toEqual([[">", 700, "điểm", null]]);
    expect(figures("Lắp đặt ít nhất 04 điểm phát wifi công cộng")).toEqual([[">=", 4, "count", "điểm phát"]]);
    expect(figures("chỉ số năm trước chỉ đạt 0,41 điểm")).toEqual([]);
    expect(figures("tốc độ tải xuống tại trụ sở đạt 80 Mb/s")).toEqual([["=", 80, "Mb/s", null]]);
  });
  it("a count per year in a list of years", () => {
    const [a, b] = findTargets("Số xã đạt chuẩn: Năm 2022: 94 xã; năm 2023: 120 xã");
    expect(a!.target).toMatchObject({ comparator: "=", value: 94, unit: "count", unitLabel: "xã", period: { from: 2022, to: 2022 } });
    expect(b!.target).toMatchObject({ value: 120, period: { from: 2023, to: 2023 } });
  });
  it("the comparator words are core's: 'Không ít hơn 100%' is at least, 'Tối thiểu 95%' too", () => {
    expect(figures("Không ít hơn 100% hồ sơ")).toEqual([[">=", 100, "%", null]]);
    expect(findTargets("Tối thiểu 95% người dân hài lòng")[0]!.target).toMatchObject({ comparator: ">=", value: 95, raw: "Tối thiểu 95%" });
    expect(figures("không vượt quá 5% hồ sơ trễ hạn")).toEqual([["<=", 5, "%", null]]);
  });
  it("achievement ratios and the results they qualify are never targets", () => {
    expect(figures("Tỷ lệ hồ sơ trực tuyến trên 74% (đạt 100% mục tiêu)")).toEqual([]);
    expect(figures("thanh toán không dùng tiền mặt đạt 79% kế hoạch")).toEqual([]);
  });
  it("a shortfall or a bare result states where things are, not a target", () => {
    expect(figures("số thành viên Tổ công nghệ số cộng đồng trên 100 dân chưa đạt trên 5%")).toEqual([]);
    expect(figures("tỷ lệ hồ sơ trực tuyến chỉ đạt 45%, còn thấp")).toEqual([]);
    expect(figures("chưa đạt ít nhất 3 mô hình như kế hoạch đề ra")).toEqual([]);
    // while a target that merely says "đạt" stays one
    expect(figures("Tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%")).toEqual([[">", 80, "%", null]]);
    expect(figures("phải đạt ít nhất 65% tại UBND cấp xã")).toEqual([[">=", 65, "%", null]]);
  });
});

describe("targets in a plan", () => {
  it("never glue a heading to the wording of the item under it", async () => {
    const { plan } = await parse(`${HEADER}II. MỤC TIÊU\nCác chỉ tiêu chủ yếu\na) Công tác lãnh đạo: 100% cấp ủy ban hành nghị quyết chuyên đề.\n`);
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]!.text).not.toMatch(/chỉ tiêu chủ yếu/);
  });
  it("and not on one line either (a PDF line)", async () => {
    const { plan } = await parse(`${HEADER}II. MỤC TIÊU\n- Các chỉ tiêu chủ yếu a) Công tác lãnh đạo, chỉ đạo 100% cấp ủy ban hành nghị quyết chuyên đề.\n`);
    expect(plan.indicators[0]!.text).toMatch(/^Công tác lãnh đạo/);
  });
  it("the count in a target section, with the plan's period", async () => {
    const { plan } = await parse(`${HEADER}II. MỤC TIÊU CỤ THỂ\n- Xây dựng ít nhất 3 mô hình chuyển đổi số tiêu biểu tại các thôn.\n`);
    expect(plan.indicators.map((i) => [i.target.value, i.target.unitLabel])).toEqual([[3, "mô hình"]]);
  });
});

describe("a count that opens an item of a target list", () => {
  it("is the item's target, with its noun", () => {
    expect(figures("Có 04 sáng kiến được công nhận và nhân rộng trên địa bàn xã.")).toEqual([["=", 4, "count", "sáng kiến"]]);
    expect(figures("Tổ chức 02 lớp tập huấn")).toEqual([]);
  });
});
