import { describe, expect, it } from "vitest";
import { parse } from "./helpers.ts";

const BODY = `KẾ HOẠCH
Chuyển đổi số trên địa bàn xã Hòa Lâm năm 2026
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;
I. MỤC TIÊU
- Tỷ lệ hồ sơ xử lý trực tuyến đạt 80%.
`;

describe("the letterhead in every layout", () => {
  const expectMeta = (meta: { documentNumber: string | null; issuedDate: string | null; unitName: string | null }) =>
    expect(meta).toMatchObject({ documentNumber: "245/KH-UBND", issuedDate: "2026-12-18", unitName: "Hòa Lâm" });
  it("tab-separated (a Word table saved as text)", async () => {
    const { plan } = await parse(`ỦY BAN NHÂN DÂN XÃ HÒA LÂM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 245/KH-UBND\tHòa Lâm, ngày 18 tháng 12 năm 2026\n${BODY}`);
    expectMeta(plan.meta);
    expect(plan.legalBases.map((b) => b.symbol)).not.toContain("245/KH-UBND");
  });
  it("a letterhead table (html/docx)", async () => {
    const { plan } = await parse(`<html><body><table><tr><td>UBND XÃ HÒA LÂM</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>
      <tr><td>Số: 245/KH-UBND</td><td>Hòa Lâm, ngày 18 tháng 12 năm 2026</td></tr></table>
      ${BODY.split("\n").map((l) => `<p>${l}</p>`).join("")}</body></html>`, "plan.html");
    expectMeta(plan.meta);
    expect(plan.legalBases.map((b) => b.symbol)).not.toContain("245/KH-UBND");
  });
  it("one line (a PDF's text layer)", async () => {
    const { plan } = await parse(`UBND XÃ HÒA LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 245/KH-UBND Hòa Lâm, ngày 18 tháng 12 năm 2026\n${BODY}`);
    expectMeta(plan.meta);
    expect(plan.legalBases.map((b) => b.symbol)).not.toContain("245/KH-UBND");
  });
  it("a narrow column that wraps the number onto the line after 'Số:'; a blank number stays blank", async () => {
    const { plan } = await parse(`UBND XÃ HÒA LÂM\nSố:\n245/KH-UBND\nHòa Lâm, ngày 18 tháng 12 năm 2026\n${BODY}`);
    expectMeta(plan.meta);
    const blank = await parse(`UBND XÃ HÒA LÂM\nSố:\n/KH-UBND\nHòa Lâm, ngày 18 tháng 12 năm 2026\n${BODY}`);
    expect(blank.plan.meta.documentNumber).toBeNull();
  });
  it("a blank typed before the number's slash, and the date written in figures", async () => {
    const { plan } = await parse(`UBND XÃ HÒA LÂM\nSố: 245 /KH-UBND\nHòa Lâm, ngày 18/12/2026\n${BODY}`);
    expectMeta(plan.meta);
    expect(plan.legalBases.map((b) => b.symbol)).not.toContain("245/KH-UBND");
  });
  it("two lines", async () => {
    const { plan } = await parse(`UBND XÃ HÒA LÂM\nSố: 245/KH-UBND\nHòa Lâm, ngày 18 tháng 12 năm 2026\n${BODY}`);
    expectMeta(plan.meta);
  });
  it("an upper-case 'NĂM 2026' in the title gives the plan year, not the issue year", async () => {
    const { plan } = await parse(`UBND XÃ HÒA LÂM\nSố: 245/KH-UBND\nHòa Lâm, ngày 18 tháng 12 năm 2025\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ XÃ HÒA LÂM NĂM 2026\nI. MỤC TIÊU\n`);
    expect(plan.meta.planYear).toBe(2026);
    const oneLine = await parse(`UBND XÃ HÒA LÂM\nNgày 18 tháng 12 năm 2025\nKẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2027\nI. MỤC TIÊU\n`);
    expect(oneLine.plan.meta.planYear).toBe(2027);
    // "KẾ HOẠCH HÀNH ĐỘNG" on its own line, what it is for (and its year) on the next
    const action = await parse(`UBND XÃ HÒA LÂM\nSố: 245/KH-UBND\nHòa Lâm, ngày 18 tháng 12 năm 2025\nKẾ HOẠCH HÀNH ĐỘNG\nPHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ XÃ HÒA LÂM NĂM 2026\nI. MỤC TIÊU\n`);
    expect(action.plan.meta).toMatchObject({ planYear: 2026, title: "Kế hoạch HÀNH ĐỘNG PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ XÃ HÒA LÂM NĂM 2026" });
  });
});

describe("what the document is", () => {
  const kind = async (text: string) => (await parse(text)).plan.meta.documentKind;
  it("a commune plan by its letterhead, or by its title and unit when it has none", async () => {
    expect(await kind(`UBND XÃ HÒA LÂM\nSố: 245/KH-UBND\n${BODY}`)).toBe("commune-plan");
    expect(await kind(`PHƯỜNG AN BÌNH\n${BODY}`)).toBe("commune-plan");
    expect(await kind(BODY)).toBe("commune-plan");
  });
  it("a province's and a district's plan", async () => {
    expect(await kind(`ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 120/KH-UBND\nKẾ HOẠCH\nChuyển đổi số tỉnh Hà Tĩnh năm 2026\nCác xã, phường triển khai đạt 80% hồ sơ trực tuyến.\n`)).toBe("province-plan");
    expect(await kind(`UBND HUYỆN KỲ ANH\nSố: 12/KH-UBND\nKẾ HOẠCH\nChuyển đổi số huyện Kỳ Anh năm 2024 với các xã đạt 80%\n`)).toBe("district-plan");
  });
  it("a party committee's plan under its superior's name: the lower body issues it", async () => {
    expect(await kind(`ĐẢNG BỘ TỈNH QUẢNG TRỊ\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ CAM LỘ\n*\nSố: 07-KH/ĐU\tCam Lộ, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n`)).toBe("commune-plan");
    expect(await kind(`ĐẢNG BỘ HUYỆN CAM LỘ\nĐẢNG ỦY XÃ CAM THÀNH\nSố: 09-CTr/ĐU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nVề chuyển đổi số năm 2025\n`)).toBe("commune-plan");
  });
  it("a report of results", async () => {
    expect(await kind(`UBND XÃ HÒA LÂM\nSố: 12/BC-UBND\nBÁO CÁO\nKết quả thực hiện chuyển đổi số xã Hòa Lâm năm 2025\nĐã đạt 80% hồ sơ trực tuyến.\n`)).toBe("report");
  });
  it("the issuing body named in the preamble when the letterhead names none", async () => {
    const motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nChuyển đổi số năm 2026\n";
    expect(await kind(`${motto}Ủy ban nhân dân phường An Bình ban hành Kế hoạch chuyển đổi số như sau:\n`)).toBe("commune-plan");
    expect(await kind(`${motto}UBND tỉnh Hà Tĩnh ban hành Kế hoạch thực hiện như sau:\n`)).toBe("province-plan");
    // the body and "ban hành kế hoạch" in different sentences do not make an issuer
    expect(await kind(`${motto}UBND huyện Kỳ Anh chỉ đạo. Xã ban hành Kế hoạch như sau:\n`)).not.toBe("district-plan");
    // recheck's attack on the single pattern used before (cubic), over the whole preamble
    const hostile = Array.from({ length: 20 }, () => "d)ubnd xa ".repeat(30) + ".(ban hanh cpuo.(bannd th" + "f)ubnd xa(".repeat(30)).join("\n");
    expect(await kind(`${motto}${hostile}\nUBND xã Tịnh Trà ban hành Kế hoạch như sau:\n`)).toBe("commune-plan");
  });
  it("a news item about a plan", async () => {
    expect(await kind(`Xã Tân Quang đẩy mạnh chuyển đổi số\nUBND xã Tân Quang vừa ban hành Kế hoạch chuyển đổi số năm 2026 với mục tiêu đạt 80% hồ sơ trực tuyến, phường Tân Quang cũng vậy.\n`)).toBe("news");
  });
  it("a plan a portal posts without its letterhead, under its own title, is the plan; a post about a plan is news", async () => {
    const page = "Kế hoạch phát triển khoa học, công nghệ và chuyển đổi số năm 2026 của phường An Bình\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\nII. MỤC TIÊU\n- 90% hồ sơ được xử lý trực tuyến.\n";
    expect(await kind(page)).toBe("commune-plan");
    // the same title above a story told in sentences
    expect(await kind("Kế hoạch chuyển đổi số năm 2026 của phường An Bình\nChiều 12/1, phường An Bình tổ chức hội nghị triển khai kế hoạch với mục tiêu 90% hồ sơ trực tuyến.\n")).toBe("news");
    expect(await kind("Phường An Bình triển khai Kế hoạch chuyển đổi số năm 2026\nI. MỤC TIÊU CỦA KẾ HOẠCH\nHội nghị đặt mục tiêu 90% hồ sơ trực tuyến.\n")).toBe("news");
  });
  it("a district's plan whose preamble cites the province's decision 'về ban hành Kế hoạch' is the district's", async () => {
    expect(await kind(`KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023\nTriển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch chuyển đổi số năm 2023, Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp ban hành Kế hoạch hoạt động như sau:\n`)).toBe("district-plan");
  });
  it("a province's plan under a web page's own record of it (label and value on lines of their own)", async () => {
    const record = ["Số hiệu:", "77/KH-UBND", "Loại văn bản:", "Kế hoạch", "Nơi ban hành:", "Tỉnh Quảng Trị", "Người ký:", "Trần Văn An",
      "Ngày ban hành:", "02/03/2026", "Ngày hiệu lực:", "Đã biết", "Tình trạng:", "Còn hiệu lực", "Lĩnh vực:", "Công nghệ thông tin"].join("\n");
    const text = `${record}\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 77/KH-UBND\nQuảng Trị, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2026\n`;
    const { plan } = await parse(text);
    expect(plan.meta).toMatchObject({ documentKind: "province-plan", documentNumber: "77/KH-UBND", issuedDate: "2026-03-02" });
  });
  it("a decision that issues a plan is not the plan, unless the plan is attached below it", async () => {
    const decision = `ỦY BAN NHÂN DÂN\nXÃ HÒA LÂM\nSố: 31/QĐ-UBND\nHòa Lâm, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch chuyển đổi số xã Hòa Lâm năm 2026\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA LÂM\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số xã Hòa Lâm năm 2026.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n`;
    expect(await kind(decision)).toBe("other");
    // the same decision without its number: the title line says what it is
    expect(await kind(decision.replace("Số: 31/QĐ-UBND\n", ""))).toBe("other");
    // a province's resolution
    expect(await kind(`HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH\nSố: 88/NQ-HĐND\nNGHỊ QUYẾT\nVề chính sách hỗ trợ chuyển đổi số cấp xã\n`)).toBe("other");
    // the decision with the plan it issues attached is read as the plan
    expect(await kind(`${decision}KẾ HOẠCH\nChuyển đổi số xã Hòa Lâm năm 2026\n(Kèm theo Quyết định số 31/QĐ-UBND)\nI. MỤC TIÊU\n- 90% hồ sơ trực tuyến.\n`)).toBe("commune-plan");
  });
  it("an official letter under its letterhead ('V/v …', 'Kính gửi:') is not a plan of its issuer", async () => {
    expect(await kind(`UBND XÃ HÒA LÂM\nSố: 88/UBND-VP\nV/v rà soát kế hoạch chuyển đổi số năm 2026\nKính gửi: Các thôn, tổ dân phố.\nĐề nghị các thôn báo cáo trước ngày 15/01/2026.\n`)).toBe("other");
    expect(await kind(`ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 901/UBND-KGVX\nKính gửi: Ủy ban nhân dân các xã, phường\nĐề nghị xây dựng kế hoạch chuyển đổi số năm 2026.\n`)).toBe("other");
  });
  it("an official letter asking for plans, without its letterhead, is not news", async () => {
    expect(await kind(`Kính gửi: Ủy ban nhân dân các xã, phường.\nĐề nghị các xã xây dựng kế hoạch chuyển đổi số năm 2026 với các chỉ tiêu theo hướng dẫn.\nTrân trọng./.\nNơi nhận:\n- Như trên;\n`)).toBe("other");
  });
});
