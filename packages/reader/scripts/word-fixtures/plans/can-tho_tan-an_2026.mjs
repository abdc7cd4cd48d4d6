// A ward's plan from a city template in Word: the letterhead set by tab stops (no table), headings numbered by the template's heading styles
// (Heading 1–3 linked to the list, no numbering on the paragraphs), targets as "-" items with "+"
// sub-items, tasks written as body blocks ("a) … / + Đơn vị chủ trì: … / + Thời gian hoàn thành: …"),
// a budget in triệu đồng inside a content control, under a title row "Đơn vị tính: triệu đồng" and a
// two-row header (Kinh phí: Tổng | Ngân sách thành phố | Ngân sách phường), groups A–D, "1,25" and
// "-" amounts; saved for the web as "Web Page, Filtered".
import { center, h, li, p, signature, table } from "../../layout-fixtures/dsl.mjs";

const pct = (comparator, value, raw) => ({ comparator, value, unit: "%", raw });
const ind = (text, gold) => ({ ...li(text), indicator: gold });
const task = (text, gold) => ({ ...li(text), task: gold });

export default {
  stem: "can-tho_tan-an_2026",
  headingStyles: true,
  letterheadLayout: "tabs",
  wordHtml: "filtered",
  runningHeader: "Kế hoạch chuyển đổi số phường Tân An năm 2026",
  portal: { unit: "phường Tân An", posted: "09/02/2026 10:40", address: "Số 12 đường Hai Bà Trưng, phường Tân An, thành phố Cần Thơ", phone: "0292 3821 450" },
  meta: {
    title: "Kế hoạch Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Tân An năm 2026",
    unitName: "Tân An", unitKind: "phuong", province: "can-tho", planYear: 2026,
    documentNumber: "21/KH-UBND", issuedDate: "2026-02-06",
  },
  letterhead: [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    { cells: ["PHƯỜNG TÂN AN", "Độc lập - Tự do - Hạnh phúc"], bold: true },
    ["Số: 21/KH-UBND", "Tân An, ngày 06 tháng 02 năm 2026"],
  ],
  blocks: [
    center("KẾ HOẠCH", { bold: true }),
    center("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Tân An năm 2026", { bold: true }),
    p("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ; Kế hoạch số 41/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Cần Thơ, Ủy ban nhân dân phường Tân An ban hành Kế hoạch như sau:"),
    h("I. MỤC TIÊU"),
    h("1. Mục tiêu chung"),
    p("Xây dựng phường số, đô thị thông minh; người dân và doanh nghiệp được phục vụ trên môi trường số thuận lợi, an toàn."),
    h("2. Chỉ tiêu cụ thể"),
    li("- Về chính quyền số:"),
    ind("+ 100% hồ sơ công việc tại Ủy ban nhân dân phường được xử lý trên môi trường mạng (trừ hồ sơ mật).",
      { text: "hồ sơ công việc tại Ủy ban nhân dân phường được xử lý trên môi trường mạng", target: pct("=", 100, "100%") }),
    ind("+ Tỷ lệ thủ tục hành chính có phát sinh hồ sơ được thanh toán trực tuyến đạt từ 60% trở lên.",
      { text: "Tỷ lệ thủ tục hành chính có phát sinh hồ sơ được thanh toán trực tuyến", target: pct(">=", 60, "từ 60% trở lên") }),
    li("- Về kinh tế số, xã hội số:"),
    ind("+ Tỷ lệ hộ kinh doanh trên địa bàn sử dụng thanh toán không dùng tiền mặt đạt trên 80%.",
      { text: "Tỷ lệ hộ kinh doanh trên địa bàn sử dụng thanh toán không dùng tiền mặt", target: pct(">", 80, "trên 80%") }),
    ind("+ Phấn đấu có ít nhất 02 mô hình chợ 4.0, khu phố số được công nhận.",
      { text: "mô hình chợ 4.0, khu phố số được công nhận", target: { comparator: ">=", value: 2, unit: "count", unitLabel: "mô hình", raw: "ít nhất 02 mô hình" } }),
    h("II. NHIỆM VỤ TRỌNG TÂM"),
    h("1. Chính quyền số"),
    task("a) Triển khai ứng dụng trợ lý ảo hỗ trợ giải quyết thủ tục hành chính tại Bộ phận Một cửa phường.",
      { name: "Triển khai ứng dụng trợ lý ảo hỗ trợ giải quyết thủ tục hành chính tại Bộ phận Một cửa phường", lead: "Văn phòng HĐND và UBND phường", deadline: { raw: "Quý II/2026" } }),
    li("+ Đơn vị chủ trì: Văn phòng HĐND và UBND phường."),
    li("+ Thời gian hoàn thành: Quý II/2026."),
    task("b) Số hóa, cập nhật cơ sở dữ liệu hộ kinh doanh cá thể trên địa bàn phường.",
      { name: "Số hóa, cập nhật cơ sở dữ liệu hộ kinh doanh cá thể trên địa bàn phường", lead: "Phòng Kinh tế, Hạ tầng và Đô thị", deadline: { raw: "Quý III/2026" } }),
    li("+ Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị."),
    li("+ Thời gian hoàn thành: Quý III/2026."),
    h("2. Kinh tế số, xã hội số"),
    task("a) Xây dựng mô hình chợ 4.0 tại chợ Tân An, hướng dẫn tiểu thương thanh toán bằng mã QR.",
      { name: "Xây dựng mô hình chợ 4.0 tại chợ Tân An, hướng dẫn tiểu thương thanh toán bằng mã QR", lead: "Phòng Kinh tế, Hạ tầng và Đô thị", deadline: { raw: "Quý IV/2026" } }),
    li("+ Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị."),
    li("+ Thời gian hoàn thành: Quý IV/2026."),
    h("III. KINH PHÍ THỰC HIỆN"),
    table({
      sdt: "Dự toán",
      header: [
        [{ text: "Đơn vị tính: triệu đồng", cols: 6 }],
        [{ text: "TT", rows: 2 }, { text: "Nội dung", rows: 2 }, { text: "Kinh phí", cols: 3 }, { text: "Ghi chú", rows: 2 }],
        ["Tổng", "Ngân sách thành phố", "Ngân sách phường"],
      ],
      widths: [0.9, 6.4, 1.8, 2.2, 2.2, 2], align: ["c", "", "r", "r", "r", ""],
      budget: { unit: 1e6, code: 0, content: 1, amount: 2 },
      rows: [
        { cells: ["A", "Chính quyền số", "301,25", "250", "51,25", ""], bold: true },
        ["1", "Trợ lý ảo hỗ trợ giải quyết thủ tục hành chính", "250", "250", "-", ""],
        ["2", "Số hóa cơ sở dữ liệu hộ kinh doanh", "50", "-", "50", ""],
        ["3", "Duy trì tên miền trang thông tin điện tử phường", "1,25", "-", "1,25", "Hằng năm"],
        { cells: ["B", "Kinh tế số", "180", "150", "30", ""], bold: true },
        ["1", "Mô hình chợ 4.0 tại chợ Tân An", "180", "150", "30", ""],
        { cells: ["C", "Xã hội số", "45", "-", "45", ""], bold: true },
        ["1", "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", "40", "-", "40", ""],
        { cells: ["D", "An toàn thông tin", "-", "-", "-", "Lồng ghép"], bold: true },
        { cells: ["", "TỔNG CỘNG (A+B+C+D)", "526,25", "400", "126,25", ""], bold: true, total: true },
      ],
    }),
    h("IV. TỔ CHỨC THỰC HIỆN"),
    p("Văn phòng HĐND và UBND phường theo dõi, tổng hợp tình hình thực hiện, báo cáo Ủy ban nhân dân thành phố Cần Thơ và Sở Khoa học và Công nghệ trước ngày 10/12/2026./."),
    signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Minh Khoa"),
  ],
  legalBases: [
    { symbol: "57-NQ/TW", number: "57", kind: "nghi-quyet", date: "2024-12-22", issuer: "Bộ Chính trị", quote: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { symbol: "2629/QĐ-TTg", number: "2629", kind: "quyet-dinh", date: "2025-12-01", issuer: "Thủ tướng Chính phủ", quote: "Quyết định số 2629/QĐ-TTg ngày 01/12/2025" },
    { symbol: "41/KH-UBND", number: "41", kind: "ke-hoach", date: "2026-01-20", issuer: "Ủy ban nhân dân thành phố Cần Thơ", quote: "Kế hoạch số 41/KH-UBND ngày 20/01/2026" },
  ],
  defects: [
    { category: "budget-arithmetic", quote: "Xã hội số\t45", description: "Nhóm C ghi 45 triệu đồng nhưng dòng con duy nhất (Tập huấn kỹ năng số) chỉ có 40 triệu đồng.", severity: "error" },
  ],
};
