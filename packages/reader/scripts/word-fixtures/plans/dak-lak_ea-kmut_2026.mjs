// A plan made from a province template in Word: the letterhead one line per table row, căn cứ in
// content controls, numbered lists that restart ("1." twice, then "a)"), "-" and "+" bullets, a
// document-property field, non-breaking hyphens; an indicator table with a "Đơn vị tính" column and
// last year's result; a task table whose rows sit in repeating-section content controls, a lead
// cell with a line break; a budget in đồng inside a one-cell frame table, under a two-row header
// (merged "Kinh phí (đồng)"), the "Nguồn vốn" column merged down, group rows that stop short of the
// last column (gridAfter).
import { center, h, li, p, signature, table } from "../../layout-fixtures/dsl.mjs";

const pct = (comparator, value, raw) => ({ comparator, value, unit: "%", raw });
const count = (comparator, value, unitLabel, raw) => ({ comparator, value, unit: "count", unitLabel, raw });

export default {
  stem: "dak-lak_ea-kmut_2026",
  runningHeader: "UBND xã Ea Kmút - Kế hoạch số 09/KH-UBND",
  portal: { unit: "xã Ea Kmút", posted: "21/01/2026 14:02", address: "Thôn 3, xã Ea Kmút, tỉnh Đắk Lắk", phone: "0262 3520 118" },
  meta: {
    title: "Kế hoạch Thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026 trên địa bàn xã Ea Kmút",
    unitName: "Ea Kmút", unitKind: "xa", province: "dak-lak", planYear: 2026,
    documentNumber: "09/KH-UBND", issuedDate: "2026-01-19",
  },
  letterhead: [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    { cells: ["XÃ EA KMÚT", "Độc lập - Tự do - Hạnh phúc"], bold: true },
    ["Số: 09/KH-UBND", "Ea Kmút, ngày 19 tháng 01 năm 2026"],
  ],
  blocks: [
    center("KẾ HOẠCH", { bold: true }),
    center("Thực hiện nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026 trên địa bàn xã Ea Kmút", { bold: true }),
    p("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;", { sdt: "Căn cứ" }),
    p("Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;", { sdt: "Căn cứ" }),
    p("Căn cứ Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND tỉnh Đắk Lắk về chuyển đổi số năm 2026 và Công văn số 215/SKHCN-CĐS ngày 12/01/2026 của Sở Khoa học và Công nghệ;", { sdt: "Căn cứ" }),
    p("UBND xã Ea Kmút xây dựng ⟦fs:DOCPROPERTY Title|Kế hoạch⟧ thực hiện như sau:"),
    h("I. MỤC TIÊU"),
    h("1. Mục tiêu tổng quát"),
    p("Phát triển chính quyền số, kinh tế số, xã hội số; ứng dụng khoa học, công nghệ vào sản xuất cà phê, hồ tiêu; phấn đấu đến năm 2026 xã đạt các chỉ tiêu tại Biểu 01."),
    h("2. Yêu cầu"),
    li("1. Bám sát chỉ đạo của tỉnh, phù hợp điều kiện thực tế của xã."),
    li("2. Phân công rõ người, rõ việc, rõ thời gian, rõ kết quả."),
    p("Các chỉ tiêu chủ yếu năm 2026 như sau:", { bold: true }),
    p("Biểu 01. Chỉ tiêu chủ yếu năm 2026", { bold: true }),
    table({
      header: [["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"]],
      widths: [0.9, 7.2, 1.8, 2.2, 2.2], align: ["c", "", "c", "c", "c"],
      indicators: { text: 1 },
      rows: [
        { cells: ["1", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", "%", "58", "≥ 80"], ind: { target: pct(">=", 80, "≥ 80"), baseline: pct("=", 58, "58") } },
        { cells: ["2", "Tỷ lệ hộ gia đình được phủ mạng cáp quang", "%", "72", "85"], ind: { target: pct("=", 85, "85"), baseline: pct("=", 72, "72") } },
        { cells: ["3", "Số hộ trồng cà phê áp dụng nhật ký điện tử, truy xuất nguồn gốc", "Hộ", "40", "120"], ind: { target: count("=", 120, "hộ", "120"), baseline: count("=", 40, "hộ", "40") } },
        { cells: ["4", "Tỷ lệ người dân trưởng thành sử dụng thanh toán không dùng tiền mặt", "%", "61", "> 75"], ind: { target: pct(">", 75, "> 75"), baseline: pct("=", 61, "61") } },
        { cells: ["5", "Số mô hình ứng dụng tiến bộ khoa học, công nghệ trong tưới tiết kiệm", "Mô hình", "1", "3"], ind: { target: count("=", 3, "mô hình", "3"), baseline: count("=", 1, "mô hình", "1") } },
      ],
    }),
    h("II. NHIỆM VỤ"),
    p("Các nhiệm vụ trọng tâm giao các đơn vị tổ chức thực hiện:"),
    table({
      header: [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]],
      widths: [0.9, 6, 3, 3.2, 2], align: ["c", "", "", "", "c"],
      tasks: { name: 1, lead: 2, partners: 3, deadline: 4, section: "body" },
      sdtRows: true,
      rows: [
        ["1", "Rà soát, cập nhật dữ liệu dân cư, đất đai phục vụ giải quyết thủ tục hành chính trên môi trường số", "Công an xã", "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường", "Quý I/2026"],
        ["2", "Xây dựng mô hình truy xuất nguồn gốc cà phê gắn mã QR cho hợp tác xã", "Phòng Kinh tế", "Hợp tác xã Ea Kmút; Hội Nông dân; Sở Thông tin và Truyền thông", "Quý III/2026"],
        ["3", "Lắp đặt 02 mô hình tưới nước tiết kiệm ứng dụng cảm biến độ ẩm cho vườn cà phê", "Phòng Kinh tế", "Trung tâm Dịch vụ nông nghiệp", "Quý II⟦nbh⟧III/2026"],
        ["4", "Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và thanh toán không dùng tiền mặt", "Văn phòng HĐND⟦br⟧và UBND xã", "Công an xã; Đoàn Thanh niên", "Năm 2026"],
        ["5", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức xã và thành viên Tổ công nghệ số cộng đồng", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Quý II/2026"],
      ],
    }),
    h("III. GIẢI PHÁP"),
    li("- Tăng cường tuyên truyền, nâng cao nhận thức về chuyển đổi số:"),
    li("+ Đưa tin trên hệ thống truyền thanh xã và trang thông tin điện tử xã;"),
    li("+ Phát huy vai trò của Tổ công nghệ số cộng đồng tại các thôn, buôn."),
    li("- Bố trí kinh phí từ ngân sách xã, lồng ghép các chương trình mục tiêu quốc gia."),
    h("IV. KINH PHÍ"),
    p("Dự toán kinh phí năm 2026 (đơn vị tính: đồng):"),
    table({
      header: [
        [{ text: "TT", rows: 2 }, { text: "Nội dung", rows: 2 }, { text: "Kinh phí (đồng)", cols: 2 }, { text: "Nguồn vốn", rows: 2 }],
        ["Tổng số", "Trong đó năm 2026"],
      ],
      widths: [0.9, 6.6, 2.6, 2.6, 2.8], align: ["c", "", "r", "r", ""],
      budget: { unit: 1, code: 0, content: 1, amount: 2 },
      nested: true, vmerge: [4],
      rows: [
        { cells: ["I", "Chính quyền số", "185.000.000", "185.000.000", ""], bold: true, gridAfter: 1 },
        ["1", "Cập nhật dữ liệu dân cư, đất đai", "45.000.000", "45.000.000", "Ngân sách xã"],
        ["2", "Bồi dưỡng kỹ năng số cho cán bộ, công chức", "140.000.000", "140.000.000", "Ngân sách xã"],
        { cells: ["II", "Kinh tế số, khoa học và công nghệ", "310.000.000", "310.000.000", ""], bold: true, gridAfter: 1 },
        ["1", "Mô hình truy xuất nguồn gốc cà phê", "150.000.000", "150.000.000", "Ngân sách tỉnh hỗ trợ"],
        ["2", "Mô hình tưới tiết kiệm ứng dụng cảm biến", "160.000.000", "160.000.000", "Ngân sách tỉnh hỗ trợ"],
        { cells: ["III", "Xã hội số", "25.000.000", "25.000.000", ""], bold: true, gridAfter: 1 },
        ["1", "Tuyên truyền, hướng dẫn sử dụng VNeID", "25.000.000", "25.000.000", "Ngân sách xã"],
        { cells: ["", "Tổng cộng (I+II+III)", "520.000.000", "520.000.000", ""], bold: true, total: true, gridAfter: 1 },
      ],
    }),
    h("V. TỔ CHỨC THỰC HIỆN"),
    p("Giao Văn phòng HĐND và UBND xã chủ trì, theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND xã trước ngày 15/12/2026. Các cơ quan, đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện./."),
    signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Y Thuột Niê"),
  ],
  legalBases: [
    { symbol: "57-NQ/TW", number: "57", kind: "nghi-quyet", date: "2024-12-22", issuer: "Bộ Chính trị", quote: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { symbol: "71/NQ-CP", number: "71", kind: "nghi-quyet", date: "2025-04-01", issuer: "Chính phủ", quote: "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ" },
    { symbol: "12/KH-UBND", number: "12", kind: "ke-hoach", date: "2026-01-08", issuer: "Ủy ban nhân dân tỉnh Đắk Lắk", quote: "Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND tỉnh Đắk Lắk" },
    { symbol: "215/SKHCN-CĐS", number: "215", kind: "cong-van", date: "2026-01-12", issuer: "Sở Khoa học và Công nghệ", quote: "Công văn số 215/SKHCN-CĐS ngày 12/01/2026" },
  ],
  defects: [
    { category: "outdated-reference", quote: "Hội Nông dân; Sở Thông tin và Truyền thông", description: "Sở Thông tin và Truyền thông đã hợp nhất vào Sở Khoa học và Công nghệ từ 01/3/2025.", severity: "warning" },
  ],
};
