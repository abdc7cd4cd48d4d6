// A plan whose budget unit is stated above the table ("ĐVT: triệu đồng") under a one-row header,
// indicators as a Word "a)" list, a task table split over pages, and two legacy phrasings a
// reviewer flags (the abolished district level, "mức độ 3, 4").
import { center, h, item, p, pageBreak, signature, table } from "../dsl.mjs";

const pct = (comparator, value, raw) => ({ comparator, value, unit: "%", raw });
const lettered = (text, gold) => ({ ...item("a)", text), indicator: gold });

export default {
  stem: "thanh-hoa_xuan-phu_2026",
  meta: {
    title: "Kế hoạch Thực hiện nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Xuân Phú năm 2026",
    unitName: "Xuân Phú", unitKind: "xa", province: "thanh-hoa", planYear: 2026,
    documentNumber: "27/KH-UBND", issuedDate: "2026-01-20",
  },
  letterhead: [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    { cells: ["XÃ XUÂN PHÚ", "Độc lập - Tự do - Hạnh phúc"], bold: true },
    ["Số: 27/KH-UBND", "Xuân Phú, ngày 20 tháng 01 năm 2026"],
  ],
  blocks: [
    center("KẾ HOẠCH", { bold: true }),
    center("Thực hiện nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Xuân Phú năm 2026", { bold: true }),
    p("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ; Kế hoạch số 08/KH-UBND ngày 09/01/2026 của UBND tỉnh Thanh Hóa về chuyển đổi số năm 2026, UBND xã Xuân Phú xây dựng Kế hoạch như sau:"),
    h("I. MỤC TIÊU, CHỈ TIÊU"),
    p("Đến hết năm 2026, phấn đấu đạt các chỉ tiêu sau:"),
    lettered("Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 được cung cấp trên Cổng dịch vụ công đạt 100%.",
      { text: "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 được cung cấp trên Cổng dịch vụ công", target: pct("=", 100, "100%") }),
    lettered("Tỷ lệ hồ sơ công việc của UBND xã được xử lý trên môi trường mạng đạt từ 95% trở lên.",
      { text: "Tỷ lệ hồ sơ công việc của UBND xã được xử lý trên môi trường mạng", target: pct(">=", 95, "từ 95% trở lên") }),
    lettered("Số hộ sản xuất nông nghiệp được hướng dẫn sử dụng nhật ký điện tử đạt ít nhất 150 hộ.",
      { text: "hộ sản xuất nông nghiệp được hướng dẫn sử dụng nhật ký điện tử", target: { comparator: ">=", value: 150, unit: "count", unitLabel: "hộ", raw: "ít nhất 150 hộ" } }),
    lettered("Tỷ lệ người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản đạt trên 60%.",
      { text: "Tỷ lệ người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản", target: pct(">", 60, "trên 60%") }),
    h("II. NHIỆM VỤ CHỦ YẾU"),
    p("Tiếp tục phối hợp với UBND huyện Thọ Xuân hoàn thiện hạ tầng mạng, dữ liệu dùng chung phục vụ chính quyền số cấp xã; các nhiệm vụ cụ thể như sau:"),
    table({
      header: [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kết quả, sản phẩm"]],
      widths: [1.2, 5.6, 3, 3.2, 2.2, 3], align: ["c", "", "", "", "c", ""],
      tasks: { name: 1, lead: 2, partners: 3, deadline: 4, output: 5, section: "body" },
      rows: [
        ["1", "Kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã; ban hành quy chế hoạt động", "Văn phòng HĐND và UBND xã", "Các ban, ngành, đoàn thể xã", "Tháng 02/2026", "Quyết định kiện toàn, quy chế"],
        ["2", "Chuẩn hóa, số hóa dữ liệu đất đai, hộ tịch và kết nối với cơ sở dữ liệu quốc gia về dân cư", "Công chức Địa chính - Xây dựng", "Công an xã; công chức Tư pháp - Hộ tịch", "Quý III/2026", "Dữ liệu được số hóa, kết nối"],
        ["3", "Hướng dẫn hộ sản xuất ghi nhật ký điện tử, áp dụng mã số vùng trồng lúa chất lượng cao và rau an toàn", "Phòng Kinh tế", "Hội Nông dân; hợp tác xã dịch vụ nông nghiệp", "Quý II - Quý III/2026", "150 hộ sử dụng nhật ký điện tử"],
        ["4", "Phổ cập kỹ năng số cho người dân trong độ tuổi lao động thông qua các lớp Bình dân học vụ số", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên; Hội Phụ nữ; Tổ công nghệ số cộng đồng", "Năm 2026", "Các lớp học, danh sách học viên"],
        ["5", "Nâng cấp hệ thống truyền thanh thông minh ứng dụng công nghệ thông tin - viễn thông tại 12 thôn", "Phòng Văn hóa - Xã hội", "Doanh nghiệp viễn thông; các thôn", "Quý IV/2026", "12 cụm loa truyền thanh thông minh"],
        ["6", "Triển khai chữ ký số cá nhân cho người dân thực hiện thủ tục hành chính trực tuyến", "Trung tâm Phục vụ hành chính công xã", "Công an xã; doanh nghiệp cung cấp chữ ký số", "Năm 2026", "Số chữ ký số được cấp"],
        ["7", "Ứng dụng công nghệ sinh học trong sản xuất phân bón hữu cơ từ phụ phẩm nông nghiệp", "Phòng Kinh tế", "Hội Nông dân; hợp tác xã", "Quý III/2026", "Mô hình sản xuất phân bón hữu cơ"],
        ["8", "Kiểm tra, đánh giá an toàn thông tin hệ thống máy tính, mạng nội bộ của cơ quan", "Văn phòng HĐND và UBND xã", "Đơn vị cung cấp dịch vụ an toàn thông tin", "Quý IV/2026", "Báo cáo đánh giá an toàn thông tin"],
      ],
    }),
    h("III. KINH PHÍ"),
    p("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách xã năm 2026, ngân sách tỉnh hỗ trợ và nguồn xã hội hóa, chi tiết tại biểu dưới đây."),
    p("ĐVT: triệu đồng"),
    table({
      header: [["TT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền", "Nguồn vốn"]],
      widths: [1, 6, 1.6, 1.6, 1.8, 2, 2.8], align: ["c", "", "c", "c", "r", "r", ""],
      budget: { unit: 1e6, code: 0, content: 1, unitCol: 2, quantity: 3, unitPrice: 4, amount: 5 },
      rows: [
        { cells: ["A", "Chính quyền số", "", "", "", "620", ""], bold: true },
        ["1", "Số hóa dữ liệu đất đai, hộ tịch", "Gói", "01", "350", "350", "Ngân sách tỉnh"],
        ["2", "Chữ ký số cá nhân cho người dân", "Chứng thư", "300", "0,5", "150", "Xã hội hóa"],
        ["3", "Kiểm tra, đánh giá an toàn thông tin", "Gói", "01", "120", "120", "Ngân sách xã"],
        { cells: ["B", "Xã hội số", "", "", "", "540", ""], bold: true },
        ["1", "Truyền thanh thông minh tại các thôn", "Cụm loa", "12", "40", "480", "Ngân sách tỉnh"],
        ["2", "Lớp Bình dân học vụ số", "Lớp", "6", "10", "60", "Ngân sách xã"],
        { cells: ["C", "Khoa học, công nghệ", "", "", "", "275", ""], bold: true },
        ["1", "Hướng dẫn nhật ký điện tử, mã số vùng trồng", "Hộ", "150", "0,5", "75", "Ngân sách xã"],
        ["2", "Mô hình sản xuất phân bón hữu cơ từ phụ phẩm nông nghiệp", "Mô hình", "01", "200", "200", "Ngân sách tỉnh"],
        { cells: ["", "Tổng cộng", "", "", "", "1.535", ""], bold: true, total: true },
      ],
    }),
    h("IV. TỔ CHỨC THỰC HIỆN"),
    p("Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc, định kỳ 6 tháng, một năm tổng hợp báo cáo UBND xã và Sở Khoa học và Công nghệ. Các đơn vị được giao nhiệm vụ chủ động triển khai, bảo đảm hoàn thành đúng tiến độ./."),
    signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lê Thị Hạnh"),
  ],
  legalBases: [
    { symbol: "57-NQ/TW", number: "57", kind: "nghi-quyet", date: "2024-12-22", issuer: "Bộ Chính trị", quote: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { symbol: "2629/QĐ-TTg", number: "2629", kind: "quyet-dinh", date: "2025-12-01", issuer: "Thủ tướng Chính phủ", quote: "Quyết định số 2629/QĐ-TTg ngày 01/12/2025" },
    { symbol: "08/KH-UBND", number: "08", kind: "ke-hoach", date: "2026-01-09", issuer: "Ủy ban nhân dân tỉnh Thanh Hóa", quote: "Kế hoạch số 08/KH-UBND ngày 09/01/2026 của UBND tỉnh Thanh Hóa" },
  ],
  defects: [
    { category: "outdated-reference", quote: "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 được cung cấp", description: "\"Dịch vụ công trực tuyến mức độ 3, 4\" đã được thay bằng dịch vụ công trực tuyến toàn trình/một phần (Nghị định 42/2022/NĐ-CP).", severity: "warning" },
    { category: "admin-unit", quote: "Tiếp tục phối hợp với UBND huyện Thọ Xuân", description: "Cấp huyện đã kết thúc hoạt động từ 01/7/2025; Kế hoạch năm 2026 còn giao phối hợp với UBND huyện.", severity: "warning" },
    { category: "budget-arithmetic", quote: "Tổng cộng\t\t\t\t1.535", description: "Tổng các nhóm A + B + C = 620 + 540 + 275 = 1.435 triệu đồng, nhưng dòng Tổng cộng ghi 1.535 triệu đồng.", severity: "error" },
  ],
};
