// A plan as a commune office edits it in Word: the letterhead in one row of a borderless table (a
// paragraph per line, the date in a date content control), headings and lists numbered by Word
// (I. / 1. / 2.1. / a) / -), two targets changed with tracking on, a target in a text box, a
// drafting note in hidden text, a deleted paragraph, a cross-reference field, a hyperlink, "≥"
// inserted from the Symbol font, a footnote; a task table cut in two with its header repeated, the
// lead merged down over rows, group rows spanning the table, a row inserted and a row deleted with
// tracking on; a budget in triệu đồng announced by a right-aligned "ĐVT" line, with "1.250", "62,5"
// and "-" for nothing, and a total row that starts at the second column (gridBefore).
import { center, h, li, p, signature, table } from "../../layout-fixtures/dsl.mjs";

const pct = (comparator, value, raw) => ({ comparator, value, unit: "%", raw });
const ind = (text, gold) => ({ ...li(text), indicator: gold });

export default {
  stem: "lao-cai_suoi-thau_2026",
  letterheadLayout: "stacked",
  runningHeader: "Kế hoạch KHCN, ĐMST và CĐS xã Suối Thầu năm 2026",
  portal: { unit: "xã Suối Thầu", posted: "16/01/2026 08:15", address: "Thôn Suối Thầu 1, xã Suối Thầu, tỉnh Lào Cai", phone: "0214 3871 246" },
  meta: {
    title: "Kế hoạch Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Suối Thầu năm 2026",
    unitName: "Suối Thầu", unitKind: "xa", province: "lao-cai", planYear: 2026,
    documentNumber: "15/KH-UBND", issuedDate: "2026-01-14",
  },
  letterhead: [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    { cells: ["XÃ SUỐI THẦU", "Độc lập - Tự do - Hạnh phúc"], bold: true },
    ["Số: 15/KH-UBND", "Suối Thầu, ngày ⟦sdt:2026-01-14|14 tháng 01 năm 2026⟧"],
  ],
  blocks: [
    center("KẾ HOẠCH", { bold: true }),
    center("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Suối Thầu năm 2026", { bold: true }),
    p("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    p("Căn cứ ⟦link:https://vanban.chinhphu.vn/?docid=200155|Quyết định số 749/QĐ-TTg⟧ ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030[^Được sửa đổi, bổ sung tại Quyết định số 2629/QĐ-TTg ngày 01/12/2025.] và Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ;"),
    p("Căn cứ Kế hoạch số 35/KH-UBND ngày 10/01/2026 của UBND tỉnh Lào Cai về chuyển đổi số năm 2026⟦shy⟧;"),
    p("Ủy ban nhân dân xã Suối Thầu ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026 như sau:"),
    h("I. MỤC ĐÍCH, YÊU CẦU"),
    li("- Cụ thể hóa các nhiệm vụ của tỉnh về khoa học, công nghệ và chuyển đổi số phù hợp điều kiện của xã vùng cao."),
    li("- Xác định rõ nhiệm vụ, đơn vị chủ trì, thời hạn hoàn thành; bảo đảm nguồn lực thực hiện."),
    h("II. MỤC TIÊU, CHỈ TIÊU"),
    h("1. Mục tiêu chung"),
    p("Xây dựng chính quyền số cấp xã vận hành thông suốt; đưa công nghệ số đến từng thôn, bản; nâng cao kỹ năng số cho người dân, nhất là đồng bào dân tộc thiểu số."),
    h("2. Chỉ tiêu cụ thể"),
    h("2.1. Chính quyền số"),
    ind("a) Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt ⟦del:80%⟧⟦ins:85%⟧ trở lên.",
      { text: "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình", target: pct(">=", 85, "85% trở lên") }),
    ind("b) Tỷ lệ văn bản đi, đến được ký số và xử lý trên môi trường mạng đạt ⟦sym:F0B3⟧ 95% (trừ văn bản mật).",
      { text: "Tỷ lệ văn bản đi, đến được ký số và xử lý trên môi trường mạng", target: pct(">=", 95, "≥ 95%") }),
    h("2.2. Kinh tế số, xã hội số"),
    ind("a) Tỷ lệ hộ gia đình có đường truyền Internet băng rộng cáp quang đạt trên 70%.",
      { text: "Tỷ lệ hộ gia đình có đường truyền Internet băng rộng cáp quang", target: pct(">", 70, "trên 70%") }),
    ind("b) Có ít nhất 15 sản phẩm OCOP và nông sản chủ lực của xã được giới thiệu, bán trên sàn thương mại điện tử.",
      { text: "sản phẩm OCOP và nông sản chủ lực của xã được giới thiệu, bán trên sàn thương mại điện tử", target: { comparator: ">=", value: 15, unit: "count", unitLabel: "sản phẩm", raw: "ít nhất 15 sản phẩm" } }),
    { kind: "textbox", text: "Chỉ tiêu trọng tâm năm 2026: tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2 đạt 90%.",
      indicator: { text: "tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2", target: pct("=", 90, "90%") } },
    p("⟦hide:Ghi chú soạn thảo: số liệu năm 2025 đạt 48%, chờ Công an xã xác nhận lại trước khi trình ký.⟧"),
    p("Tỷ lệ thôn, bản có điểm phát Wi-Fi công cộng miễn phí đạt 100%.", { deleted: true }),
    h("III. NHIỆM VỤ, GIẢI PHÁP"),
    p("Các nhiệm vụ cụ thể được phân công tại Biểu số ⟦fc:REF _Ref190112233 \\h|01⟧ dưới đây; đơn vị chủ trì chịu trách nhiệm trước Chủ tịch UBND xã về tiến độ, chất lượng."),
    p("Biểu số 01. Danh mục nhiệm vụ năm 2026", { bold: true }),
    table({
      header: [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]],
      widths: [0.9, 5.8, 3, 3.2, 2.2], align: ["c", "", "", "", "c"],
      tasks: { name: 1, lead: 2, partners: 3, deadline: 4, section: "body" },
      vmerge: [2], split: 5,
      rows: [
        { cells: ["I", { text: "CHÍNH QUYỀN SỐ", cols: 4 }], group: true },
        ["1", "Kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã; ban hành quy chế hoạt động", "Văn phòng HĐND và UBND xã", "Các ban, ngành, đoàn thể xã", "Tháng 02/2026"],
        ["2", "Vận hành hệ thống quản lý văn bản và điều hành, ký số 100% văn bản đi của UBND xã", "Văn phòng HĐND và UBND xã", "Công chức các lĩnh vực", "Thường xuyên"],
        ["3", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa", "Văn phòng HĐND và UBND xã", "Công chức Tư pháp - Hộ tịch", "Quý III/2026"],
        { cells: ["4", "Tổ chức hội nghị trực tuyến đến 100% thôn, bản", "Văn phòng HĐND và UBND xã", "Các thôn, bản", "Quý IV/2026"], deleted: true },
        { cells: ["II", { text: "KINH TẾ SỐ, XÃ HỘI SỐ", cols: 4 }], group: true },
        ["4", "Hướng dẫn hợp tác xã, hộ sản xuất đưa sản phẩm OCOP, chè Shan tuyết lên sàn thương mại điện tử", "Phòng Kinh tế", "Hội Nông dân; hợp tác xã", "Quý II/2026"],
        ["5", "Mở lớp Bình dân học vụ số cho người dân tại các thôn, bản vùng đồng bào dân tộc thiểu số", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên; Hội Phụ nữ; Tổ công nghệ số cộng đồng", "Năm 2026"],
        { cells: ["6", "Phối hợp doanh nghiệp viễn thông phủ sóng di động 4G và cáp quang đến các thôn vùng cao", "Phòng Kinh tế", "Sở Thông tin và Truyền thông; doanh nghiệp viễn thông", "Quý IV/2026"], inserted: true },
      ],
    }),
    h("IV. KINH PHÍ THỰC HIỆN"),
    p("Kinh phí thực hiện từ ngân sách xã năm 2026, nguồn hỗ trợ của tỉnh và xã hội hóa, chi tiết như sau:"),
    p("⟦tab⟧ĐVT: triệu đồng", { align: "right" }),
    table({
      header: [["TT", "Nội dung", "Kinh phí", "Nguồn vốn"]],
      widths: [0.9, 8, 2.2, 3.2], align: ["c", "", "r", ""],
      budget: { unit: 1e6, code: 0, content: 1, amount: 2 },
      rows: [
        { cells: ["A", "Chính quyền số", "1.312,5", ""], bold: true },
        ["1", "Thiết bị ký số, máy quét cho Bộ phận Một cửa", "1.250", "Ngân sách tỉnh"],
        ["2", "Số hóa kết quả giải quyết thủ tục hành chính", "62,5", "Ngân sách xã"],
        { cells: ["B", "Kinh tế số, xã hội số", "180", ""], bold: true },
        ["1", "Lớp Bình dân học vụ số tại các thôn, bản", "120", "Ngân sách xã"],
        ["2", "Hỗ trợ đưa sản phẩm lên sàn thương mại điện tử", "60", "Xã hội hóa"],
        ["3", "Tuyên truyền trên hệ thống truyền thanh xã", "-", "Lồng ghép"],
        { cells: ["", "Tổng cộng", "1.492,5", ""], bold: true, total: true, gridBefore: 1 },
      ],
    }),
    h("V. TỔ CHỨC THỰC HIỆN"),
    p("Văn phòng HĐND và UBND xã theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, báo cáo UBND xã và Sở Khoa học và Công nghệ tỉnh Lào Cai. Các đơn vị được giao nhiệm vụ chủ động triển khai, bảo đảm hoàn thành đúng tiến độ./."),
    signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Sùng A Chờ"),
  ],
  legalBases: [
    { symbol: "57-NQ/TW", number: "57", kind: "nghi-quyet", date: "2024-12-22", issuer: "Bộ Chính trị", quote: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { symbol: "749/QĐ-TTg", number: "749", kind: "quyet-dinh", date: "2020-06-03", issuer: "Thủ tướng Chính phủ", quote: "Quyết định số 749/QĐ-TTg ngày 03/6/2020" },
    { symbol: "2629/QĐ-TTg", number: "2629", kind: "quyet-dinh", date: "2025-12-01", issuer: "Thủ tướng Chính phủ", quote: "Quyết định số 2629/QĐ-TTg ngày 01/12/2025" },
    { symbol: "35/KH-UBND", number: "35", kind: "ke-hoach", date: "2026-01-10", issuer: "Ủy ban nhân dân tỉnh Lào Cai", quote: "Kế hoạch số 35/KH-UBND ngày 10/01/2026 của UBND tỉnh Lào Cai" },
  ],
  defects: [
    { category: "outdated-reference", quote: "Sở Thông tin và Truyền thông; doanh nghiệp viễn thông", description: "Sở Thông tin và Truyền thông đã hợp nhất vào Sở Khoa học và Công nghệ từ 01/3/2025.", severity: "warning" },
  ],
};
