// A xã plan whose indicators sit in a table with a two-row header (last year's plan and
// estimate beside this year's target), a task table with the product before the lead unit, and a
// budget in triệu đồng with decimals, Roman groups and a group subtotal that does not add up.
import { center, h, li, p, signature, table, pageBreak } from "../dsl.mjs";
const pct = (comparator, value, raw) => ({ comparator, value, unit: "%", raw });
const cnt = (comparator, value, unitLabel, raw) => ({ comparator, value, unit: "count", unitLabel, raw });
export default {
  stem: "thanh-hoa_quang-tien_2026",
  meta: {
    title: "Kế hoạch Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Quảng Tiến năm 2026",
    unitName: "Quảng Tiến", unitKind: "xa", province: "thanh-hoa", planYear: 2026,
    documentNumber: "09/KH-UBND", issuedDate: "2026-01-20",
  },
  footer: "",
  letterhead: [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    { cells: ["XÃ QUẢNG TIẾN", "Độc lập - Tự do - Hạnh phúc"], bold: true },
    ["Số: 09/KH-UBND", "Quảng Tiến, ngày 20 tháng 01 năm 2026"],
  ],
  blocks: [
    center("KẾ HOẠCH", { bold: true }),
    center("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Quảng Tiến năm 2026", { bold: true }),
    p("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ; Kế hoạch số 275/KH-UBND ngày 31/12/2025 của UBND tỉnh Thanh Hóa về chuyển đổi số năm 2026, UBND xã Quảng Tiến ban hành Kế hoạch như sau:"),
    h("I. MỤC ĐÍCH, YÊU CẦU"),
    li("- Cụ thể hóa các nhiệm vụ của tỉnh về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phù hợp với điều kiện của xã."),
    li("- Phân công rõ trách nhiệm, thời hạn và sản phẩm của từng nhiệm vụ."),
    h("II. CHỈ TIÊU"),
    p("Các chỉ tiêu chủ yếu năm 2026 tại Phụ lục kèm theo Kế hoạch này."),
    h("III. NHIỆM VỤ"),
    table({
      header: [["TT", "Nhiệm vụ", "Sản phẩm", "Chủ trì", "Phối hợp", "Thời hạn"]],
      widths: [1, 6, 3.4, 3, 3, 2.2], align: ["c", "", "", "", "", "c"],
      tasks: { name: 1, output: 2, lead: 3, partners: 4, deadline: 5, section: "body" },
      rows: [
        ["1", "Cập nhật, làm sạch dữ liệu hộ tịch, đất đai trên hệ thống của tỉnh", "Dữ liệu được cập nhật đầy đủ", "Công chức Tư pháp - Hộ tịch", "Công an xã", "Tháng 6/2026"],
        ["2", "Duy trì hoạt động của Tổ công nghệ số cộng đồng tại 12 thôn", "Báo cáo hoạt động hằng quý", "Công chức Văn hóa - Xã hội", "Đoàn Thanh niên; Hội Phụ nữ", "Hằng quý"],
        ["3", "Xây dựng mô hình tưới tiết kiệm nước có cảm biến độ ẩm cho vùng rau an toàn", "01 mô hình 5 ha", "Công chức Địa chính - Nông nghiệp", "Hợp tác xã dịch vụ nông nghiệp", "Quý III/2026"],
        ["4", "Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng VNeID và dịch vụ công trực tuyến", "Số người dân được hướng dẫn", "Công an xã", "Các thôn", "Cả năm"],
        ["5", "Trang bị chữ ký số và máy quét cho bộ phận một cửa", "Thiết bị được bàn giao", "Văn phòng - Thống kê", "", "Tháng 3/2026"],
      ],
    }),
    h("IV. KINH PHÍ"),
    table({
      header: [["TT", "Nội dung", "Kinh phí (triệu đồng)", "Nguồn"]],
      widths: [1.2, 8.5, 3, 3.5], align: ["c", "", "r", ""],
      budget: { unit: 1e6, code: 0, content: 1, amount: 2 },
      rows: [
        { cells: ["I", "Chính quyền số", "62,5", ""], bold: true },
        ["1", "Làm sạch dữ liệu hộ tịch, đất đai", "30", "Ngân sách xã"],
        ["2", "Chữ ký số, máy quét cho bộ phận một cửa", "32,5", "Ngân sách xã"],
        { cells: ["II", "Xã hội số và khoa học, công nghệ", "95", ""], bold: true },
        ["1", "Hoạt động của Tổ công nghệ số cộng đồng", "24", "Ngân sách xã"],
        ["2", "Mô hình tưới tiết kiệm nước có cảm biến", "66", "Ngân sách tỉnh hỗ trợ"],
        { cells: ["", "Tổng cộng", "157,5", ""], bold: true, total: true },
      ],
    }),
    h("V. TỔ CHỨC THỰC HIỆN"),
    p("Giao công chức Văn phòng - Thống kê theo dõi, tổng hợp, báo cáo kết quả thực hiện về UBND xã trước ngày 30/11/2026./."),
    signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lê Văn Thành"),
    pageBreak(),
    center("PHỤ LỤC", { bold: true }),
    center("CHỈ TIÊU CHỦ YẾU NĂM 2026", { bold: true }),
    center("(Kèm theo Kế hoạch số 09/KH-UBND ngày 20/01/2026 của UBND xã Quảng Tiến)"),
    table({
      header: [
        [{ text: "TT", rows: 2 }, { text: "Chỉ tiêu", rows: 2 }, { text: "ĐVT", rows: 2 }, { text: "Năm 2025", cols: 2 }, { text: "Kế hoạch năm 2026", rows: 2 }],
        ["Kế hoạch", "Ước thực hiện"],
      ],
      widths: [1, 8, 1.8, 2, 2.2, 2.4], align: ["c", "", "c", "c", "c", "c"],
      indicators: { text: 1 },
      rows: [
        { cells: ["1", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến", "%", "60", "58", "≥ 75"], ind: { target: pct(">=", 75, "≥ 75"), baseline: pct("=", 58, "58") } },
        { cells: ["2", "Tỷ lệ văn bản điện tử được ký số", "%", "95", "97", "100"], ind: { target: pct("=", 100, "100"), baseline: pct("=", 97, "97") } },
        { cells: ["3", "Tỷ lệ người dân từ 14 tuổi trở lên kích hoạt tài khoản định danh điện tử", "%", "80", "83", "≥ 90"], ind: { target: pct(">=", 90, "≥ 90"), baseline: pct("=", 83, "83") } },
        { cells: ["4", "Số mô hình ứng dụng khoa học, công nghệ trong sản xuất", "Mô hình", "1", "1", "2"], ind: { target: cnt("=", 2, "mô hình", "2"), baseline: cnt("=", 1, "mô hình", "1") } },
        { cells: ["5", "Tỷ lệ thôn có Tổ công nghệ số cộng đồng hoạt động", "%", "100", "100", "100"], ind: { target: pct("=", 100, "100"), baseline: pct("=", 100, "100") } },
      ],
    }),
  ],
  legalBases: [
    { symbol: "57-NQ/TW", number: "57", kind: "nghi-quyet", date: "2024-12-22", issuer: "Bộ Chính trị", quote: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { symbol: "71/NQ-CP", number: "71", kind: "nghi-quyet", date: "2025-04-01", issuer: "Chính phủ", quote: "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ" },
    { symbol: "275/KH-UBND", number: "275", kind: "ke-hoach", date: "2025-12-31", issuer: "Ủy ban nhân dân tỉnh Thanh Hóa", quote: "Kế hoạch số 275/KH-UBND ngày 31/12/2025 của UBND tỉnh Thanh Hóa" },
  ],
  defects: [
    { category: "budget-arithmetic", quote: "Xã hội số và khoa học, công nghệ", description: "Nhóm II ghi 95 triệu đồng nhưng hai khoản con cộng lại 90 triệu đồng (24 + 66); tổng 157,5 = 62,5 + 95 theo số nhóm ghi.", severity: "error" },
  ],
};
