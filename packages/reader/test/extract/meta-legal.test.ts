import { describe, expect, it } from "vitest";
import { provinceSlug } from "../../src/extract/meta.ts";
import { parse } from "./helpers.ts";

describe("meta", () => {
  it("reads unit, province, blank number, partial date, plan year and signer from the header", async () => {
    const { plan } = await parse(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HỢP MINH Độc lập - Tự do - Hạnh phúc
Số:         /KH-UBND Hợp Minh, ngày       tháng 7 năm 2025
KẾ HOẠCH
Triển khai công tác chuyển đổi số trên địa bàn xã Hợp Minh
Thực hiện Kế hoạch số 122/KH-UBND ngày 22/10/2021 của UBND tỉnh về chuyển đổi số tỉnh Nghệ An;
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
`);
    expect(plan.meta).toMatchObject({
      title: "Kế hoạch Triển khai công tác chuyển đổi số trên địa bàn xã Hợp Minh",
      unitName: "Hợp Minh", unitKind: "xa", province: "nghe-an", provinceEvidence: "tỉnh Nghệ An",
      documentNumber: null, issuedDate: "2025-07", planYear: 2025, signer: "Nguyễn Văn Bình",
      issuer: "Ủy ban nhân dân xã Hợp Minh",
    });
  });

  it("takes the plan year from the title, the number when filled in, and a ward", async () => {
    const { plan } = await parse(`Số: 15/KH-UBND\nAn Hòa, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nThực hiện nhiệm vụ chuyển đổi số năm 2027 trên địa bàn phường An Hòa\nCăn cứ Công văn số 12/SKHCN-VP ngày 24/6/2026 của Sở Khoa học và Công nghệ thành phố Cần Thơ;\n`);
    expect(plan.meta).toMatchObject({ unitName: "An Hòa", unitKind: "phuong", planYear: 2027, documentNumber: "15/KH-UBND", issuedDate: "2026-01-05", province: "can-tho" });
    expect(plan.legalBases.map((l) => l.symbol)).toEqual(["12/SKHCN-VP"]);
  });

  it("keeps an upper-case title wrapped over three lines, past the period it names mid-line", async () => {
    const { plan } = await parse(`Số: 14/KH-UBND\nTân Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nTRIỂN KHAI ĐỀ ÁN “CHUYỂN ĐỔI SỐ TRONG GIÁO DỤC GIAI ĐOẠN 2026 - 2030, ĐỊNH\nHƯỚNG ĐẾN NĂM 2035” TRÊN ĐỊA BÀN XÃ TÂN PHÚ\nI. MỤC ĐÍCH, YÊU CẦU\n`);
    expect(plan.meta.title).toBe("Kế hoạch TRIỂN KHAI ĐỀ ÁN “CHUYỂN ĐỔI SỐ TRONG GIÁO DỤC GIAI ĐOẠN 2026 - 2030, ĐỊNH HƯỚNG ĐẾN NĂM 2035” TRÊN ĐỊA BÀN XÃ TÂN PHÚ");
    expect(plan.meta).toMatchObject({ unitName: "Tân Phú", planYear: 2026 });
  });

  it("reads a unit name with an apostrophe whole, and stops it before the district that follows", async () => {
    const title = async (t: string) => (await parse(`KẾ HOẠCH\n${t}\nI. MỤC TIÊU\n`)).plan.meta;
    expect(await title("Chuyển đổi số trên địa bàn xã Ia H’Drai năm 2026")).toMatchObject({ unitName: "Ia H’Drai", unitKind: "xa" });
    expect(await title("Chuyển đổi số xã Đắk N'Drót năm 2026")).toMatchObject({ unitName: "Đắk N'Drót" });
    expect((await parse(`UBND XÃ KRÔNG H’NĂNG\nKẾ HOẠCH\nChuyển đổi số năm 2026\n`)).plan.meta.unitName).toBe("Krông H’năng");
    expect(await title("CHUYỂN ĐỔI SỐ XÃ PHÚ MỸ HUYỆN TÂY SƠN NĂM 2024")).toMatchObject({ unitName: "Phú Mỹ", planYear: 2024 });
  });

  it("takes the plan's own year from outside the quoted title of the programme it implements", async () => {
    const { plan } = await parse(`Số: 9/KH-UBND\nTân Phú, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN “PHỔ CẬP KỸ NĂNG SỐ GIAI ĐOẠN 2025-2028, TẦM NHÌN ĐẾN NĂM 2030” NĂM 2026 TRÊN ĐỊA BÀN XÃ TÂN PHÚ\nI. MỤC ĐÍCH, YÊU CẦU\n`);
    expect(plan.meta).toMatchObject({ planYear: 2026, unitName: "Tân Phú" });
  });

  it("reads a letterhead broken by a narrow column, and an upper-case title over five lines", async () => {
    const { plan } = await parse(`ỦY\nBAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 31/KH-UBND\n|\nQuảng\nTrị, ngày 02 tháng 3 năm 2026\n|\nKẾ HOẠCH\nTRIỂN KHAI CÁC NHIỆM VỤ\nPHỔ CẬP KỸ NĂNG SỐ CHO NGƯỜI DÂN,\nHỖ TRỢ NGƯỜI CAO TUỔI SỬ DỤNG\nDỊCH VỤ CÔNG TRỰC TUYẾN\nTRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ\nThực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;\n`);
    expect(plan.meta).toMatchObject({ documentKind: "province-plan", province: "quang-tri", provinceEvidence: "TỈNH QUẢNG TRỊ", documentNumber: "31/KH-UBND", issuedDate: "2026-03-02" });
    expect(plan.meta.title).toMatch(/TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ$/u);
  });

  it("makes province slugs generically from the name", () => {
    expect(provinceSlug("Thanh Hoá")).toBe("thanh-hoa");
    expect(provinceSlug("Hà Tĩnh")).toBe("ha-tinh");
    expect(provinceSlug("Bà Rịa - Vũng Tàu")).toBe("ba-ria-vung-tau");
  });
});

describe("legal bases", () => {
  it("deduplicates by symbol, keeps the first citation's date and issuer", async () => {
    const { plan } = await parse(`KẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;\n- Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình;\n- Kế hoạch số 10/KH-UBND ngày 28/7/2025 thực hiện Nghị quyết số 57-NQ/TW;\n`);
    expect(plan.legalBases.map((l) => [l.symbol, l.kind, l.date, l.issuer])).toEqual([
      ["57-NQ/TW", "nghi-quyet", "2024-12-22", "Bộ Chính trị"],
      ["749/QĐ-TTg", "quyet-dinh", "2020-06-03", "Thủ tướng Chính phủ"],
      ["10/KH-UBND", "ke-hoach", "2025-07-28", null],
    ]);
  });

  it("reads the issuer across wrapped lines and blank runs, and stops at the verb or the mark", async () => {
    const { plan } = await parse(`KẾ HOẠCH\nChuyển đổi số xã Tân Phú năm 2026\n- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của   Thủ tướng\n  Chính phủ   phê duyệt Chương trình;\n- Công văn số 12/SKHCN-VP ngày 24/6/2025 của Sở Khoa học và Công nghệ, hướng dẫn;\n- Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của ự${"\t ".repeat(40_000)}ª\n`);
    expect(plan.legalBases.map((l) => [l.symbol, l.issuer])).toEqual([
      ["749/QĐ-TTg", "Thủ tướng Chính phủ"],
      ["12/SKHCN-VP", "Sở Khoa học và Công nghệ"],
      ["2629/QĐ-TTg", null],
    ]);
  });
});
