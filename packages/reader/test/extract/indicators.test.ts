import { describe, expect, it } from "vitest";
import { parse } from "./helpers.ts";

const HEADER = "KẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\n";

describe("indicators in prose", () => {
  it("reads a target list with comparator words, ranges and 'trở lên'", async () => {
    const { plan } = await parse(`${HEADER}II. MỤC TIÊU
2. Mục tiêu, chỉ tiêu cụ thể
- Trên 70% dân số từ 15 tuổi trở lên có tài khoản thanh toán điện tử;
- Tối thiểu 95% người dân hài lòng về việc giải quyết thủ tục hành chính;
- 90 - 95% người dân và doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công;
- Duy trì tỷ lệ hồ sơ giải quyết đúng hạn từ 98% trở lên.
`);
    const byValue = Object.fromEntries(plan.indicators.map((i) => [i.target.value, i]));
    expect(plan.indicators).toHaveLength(4);
    expect(byValue[70]!.target.comparator).toBe(">");
    expect(byValue[70]!.text).toBe("dân số từ 15 tuổi trở lên có tài khoản thanh toán điện tử");
    expect(byValue[95]!.target.comparator).toBe(">=");
    expect(byValue[90]!.target).toMatchObject({ comparator: "range", value: 90, max: 95 });
    expect(byValue[98]!.target.comparator).toBe(">=");
    expect(byValue[98]!.text).toContain("tỷ lệ hồ sơ giải quyết đúng hạn");
    expect(plan.indicators.every((i) => i.section === "body" && i.period?.from === 2026)).toBe(true);
  });

  it("splits a sentence with several targets into one indicator each", async () => {
    const { plan } = await parse(`${HEADER}I. MỤC TIÊU
- Tỷ lệ phê duyệt cấp độ an toàn hệ thống thông tin đạt 100%, tỷ lệ triển khai đầy đủ phương án bảo đảm an toàn đạt 80%.
- Phấn đấu 85% dân số trưởng thành có điện thoại thông minh; tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%.
`);
    const texts = plan.indicators.map((i) => [i.target.value, i.text]);
    expect(texts).toEqual([
      [100, "Tỷ lệ phê duyệt cấp độ an toàn hệ thống thông tin"],
      [80, "tỷ lệ triển khai đầy đủ phương án bảo đảm an toàn"],
      [85, "dân số trưởng thành có điện thoại thông minh"],
      [50, "tỷ lệ dân số có tài khoản thanh toán điện tử"],
    ]);
  });

  it("does not take the previous year's results as targets", async () => {
    const { plan } = await parse(`${HEADER}PHẦN I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025
- 100% cán bộ, công chức sử dụng thành thạo các nền tảng số.
- Tỷ lệ hộ gia đình có cáp quang đạt 70%.
PHẦN II. NỘI DUNG KẾ HOẠCH NĂM 2026
II. MỤC TIÊU
- Trên 80% hộ gia đình có đường truyền cáp quang.
`);
    expect(plan.indicators.map((i) => i.target.value)).toEqual([80]);
  });

  it("reads a report part as results to its end, numbered sub-headings and all, when no target heading follows", async () => {
    // a "Phần I" label above the part's title, then "I." and "1." under it (a page cut before Phần II)
    const labelled = await parse(`${HEADER}Phần I\nĐÁNH GIÁ KẾT QUẢ NĂM 2025\nI. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025\n1. Hạ tầng\n- 95% thôn có sóng di động 4G; 60% hộ gia đình có cáp quang.\n`);
    expect(labelled.plan.indicators).toEqual([]);
    // "1. Về dữ liệu" is a sub-heading of the report, not the start of the targets
    const nested = await parse(`${HEADER}I. KẾT QUẢ THỰC HIỆN NĂM 2025\n1. Về dữ liệu\n- 40% cơ sở dữ liệu được kết nối.\nII. NHIỆM VỤ NĂM 2026\n- Phấn đấu 70% cơ sở dữ liệu được kết nối.\n`);
    expect(nested.plan.indicators.map((i) => i.target.value)).toEqual([70]);
  });

  it("does not start the targets at a 'chỉ tiêu' heading inside a report part", async () => {
    const { plan } = await parse(`${HEADER}PHẦN I. ĐÁNH GIÁ NĂM 2025\n1. Các chỉ tiêu về chính quyền số\n- Tỷ lệ hồ sơ trực tuyến 55%.\nPHẦN II. KẾ HOẠCH NĂM 2026\nI. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến trên 75%.\n`);
    expect(plan.indicators.map((i) => i.target.value)).toEqual([75]);
  });

  it("joins sentences broken across lines (PDF text) before reading them", async () => {
    const { plan } = await parse(`${HEADER}II. MỤC TIÊU\n\n+ 100% cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ \n\ntrong quản lý, điều hành;\n`);
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]!.text).toBe("cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành");
  });

  it("reads counts in a target section but not method details in task prose", async () => {
    const { plan } = await parse(`${HEADER}III. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2026
Tổ chức ít nhất 02 cuộc kiểm tra, đánh giá việc thực hiện các nhiệm vụ chuyển đổi số.
IV. NHIỆM VỤ VÀ GIẢI PHÁP
- Sao lưu dữ liệu theo nguyên tắc 3-2-1: có ít nhất 03 bản sao dữ liệu.
`);
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]!.target).toMatchObject({ value: 2, unit: "count", comparator: ">=", raw: "ít nhất 02", unitLabel: "cuộc kiểm tra" });
  });

  it("drops the 'xuống' of 'giảm … xuống dưới N%' and the 'đạt từ' of 'đạt từ N% trở lên' from the wording", async () => {
    const { plan } = await parse(`${HEADER}I. MỤC TIÊU\n- Giảm tỷ lệ hồ sơ giải quyết trễ hạn xuống dưới 3%.\n- Tỷ lệ hộ kinh doanh dùng mã QR đạt từ 65% trở lên.\n`);
    expect(plan.indicators.map((i) => [i.text, i.target.comparator, i.target.value])).toEqual([
      ["Giảm tỷ lệ hồ sơ giải quyết trễ hạn", "<", 3],
      ["Tỷ lệ hộ kinh doanh dùng mã QR", ">=", 65],
    ]);
  });

  it("takes a bare figure after ';' as the target of the clause before it", async () => {
    const { plan } = await parse(`${HEADER}I. MỤC TIÊU\n- Hạ tầng mạng băng rộng cáp quang đến trung tâm xã; phấn đấu trên 90%\n`);
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]!.text).toContain("Hạ tầng mạng băng rộng cáp quang");
    expect(plan.indicators[0]!.target.comparator).toBe(">");
  });
});

describe("indicator tables", () => {
  it("pairs last year's result (baseline) with this year's target and reads periods", async () => {
    const { plan } = await parse(`${HEADER}I. MỤC TIÊU
TT\tTên chỉ tiêu\tKết quả năm 2025\tNăm 2026
I\tPhát triển hạ tầng\t\t
1\tTỷ lệ thủ tục hành chính được giải quyết phi địa giới hành chính\t94,11%\t≥ 95%
2\tTỷ lệ dân số trưởng thành có chữ ký số\t\t50% (2025-2027)
`);
    expect(plan.indicators).toHaveLength(2);
    const [a, b] = plan.indicators;
    expect(a).toMatchObject({ target: { comparator: ">=", value: 95 }, baseline: { value: 94.11 }, group: "Phát triển hạ tầng" });
    expect(b!.baseline).toBeNull();
    expect(b!.period).toEqual({ from: 2025, to: 2027 });
  });

  it("reads the targets in a 'Chỉ tiêu cụ thể' column after 'Tên chỉ tiêu', not in 'Giải thích chỉ tiêu'", async () => {
    const { plan } = await parse(`${HEADER}I. MỤC TIÊU
STT\tTên chỉ tiêu\tGiải thích chỉ tiêu\tĐơn vị tính\tChỉ tiêu cụ thể
1\tTỷ lệ thôn có Tổ công nghệ số cộng đồng\tSố thôn có tổ/tổng số thôn (12 thôn)\t%\t100
2\tSố lớp phổ cập kỹ năng số\tĐếm số lớp mở trong năm\tlớp\t4
`);
    expect(plan.indicators.map((i) => [i.text, i.target.value, i.target.unit])).toEqual([
      ["Tỷ lệ thôn có Tổ công nghệ số cộng đồng", 100, "%"],
      ["Số lớp phổ cập kỹ năng số", 4, "count"],
    ]);
  });

  it("reads the items of list cells (<ul><li>) in an appendix table", async () => {
    const { plan } = await parse(`${HEADER}I. MỤC TIÊU
- 90% hồ sơ công việc được xử lý trên môi trường mạng.
PHỤ LỤC I
TT\tChỉ tiêu phản ánh kết quả\tCơ quan chủ trì
1\t<ul><li>- 100% văn bản trao đổi được ký số.</li><li>- Tỷ lệ học bạ số đạt 100%.</li></ul>\t<p>Văn phòng</p>
2\t<ul><li>- Chi ngân sách cho khoa học, công nghệ <math>\\geq 1\\%</math></li></ul>\tPhòng Kinh tế
`, "plan.md");
    const appendix = plan.indicators.filter((i) => i.section === "appendix");
    expect(plan.indicators.filter((i) => i.section === "body")).toHaveLength(1);
    expect(appendix.map((i) => i.target.value)).toEqual([100, 100, 1]);
    expect(appendix[2]!.target.comparator).toBe(">=");
    expect(plan.tasks).toHaveLength(0);
  });
});
