// A ward's plan with the number left blank ("Số:      /KH-UBND"), indicators as a real Word bullet
// list, a long task appendix, and a budget in triệu đồng whose "Nguồn vốn" header spans two
// money sub-columns (NS tỉnh | NS phường): amounts sit in three columns and only "Thành tiền" is
// the line's amount.
import { center, h, item, landscape, p, pageBreak, signature, table } from "../dsl.mjs";

const pct = (comparator, value, raw) => ({ comparator, value, unit: "%", raw });
const bullet = (text, gold) => ({ ...item("-", text), indicator: gold });

export default {
  stem: "nghe-an_dong-loc_2026",
  meta: {
    title: "Kế hoạch Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Đông Lộc năm 2026",
    unitName: "Đông Lộc", unitKind: "phuong", province: "nghe-an", planYear: 2026,
    documentNumber: null, issuedDate: "2026-02",
  },
  letterhead: [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    { cells: ["PHƯỜNG ĐÔNG LỘC", "Độc lập - Tự do - Hạnh phúc"], bold: true },
    ["Số:      /KH-UBND", "Đông Lộc, ngày      tháng 02 năm 2026"],
  ],
  blocks: [
    center("KẾ HOẠCH", { bold: true }),
    center("Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Đông Lộc năm 2026", { bold: true }),
    p("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;"),
    p("Căn cứ Kế hoạch số 95/KH-UBND ngày 15/01/2026 của UBND tỉnh Nghệ An về thực hiện nhiệm vụ khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026;"),
    p("UBND phường Đông Lộc ban hành Kế hoạch thực hiện năm 2026 như sau:"),
    h("I. MỤC TIÊU"),
    p("Phát triển chính quyền số phường hoạt động hiệu quả, phục vụ người dân và doanh nghiệp; thúc đẩy kinh tế số, đô thị thông minh; ứng dụng khoa học, công nghệ trong quản lý đô thị và bảo vệ môi trường."),
    h("II. CHỈ TIÊU CỤ THỂ"),
    bullet("Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt tối thiểu 85%.",
      { text: "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến", target: pct(">=", 85, "tối thiểu 85%") }),
    bullet("100% cán bộ, công chức phường sử dụng thành thạo hệ thống quản lý văn bản và điều hành, chữ ký số.",
      { text: "cán bộ, công chức phường sử dụng thành thạo hệ thống quản lý văn bản và điều hành, chữ ký số", target: pct("=", 100, "100%") }),
    bullet("Trên 90% hộ gia đình trên địa bàn phường có kết nối Internet cáp quang.",
      { text: "hộ gia đình trên địa bàn phường có kết nối Internet cáp quang", target: pct(">", 90, "Trên 90%") }),
    bullet("Lắp đặt tối thiểu 30 camera giám sát an ninh, trật tự kết nối về trung tâm điều hành của phường.",
      { text: "camera giám sát an ninh, trật tự kết nối về trung tâm điều hành của phường", target: { comparator: ">=", value: 30, unit: "count", unitLabel: "camera", raw: "tối thiểu 30 camera" } }),
    bullet("Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại chợ và cơ sở kinh doanh đạt trên 60%.",
      { text: "Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại chợ và cơ sở kinh doanh", target: pct(">", 60, "trên 60%") }),
    h("III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    p("Nhiệm vụ cụ thể được phân công tại Phụ lục I; kinh phí tại Phụ lục II kèm theo Kế hoạch này."),
    h("IV. TỔ CHỨC THỰC HIỆN"),
    p("Văn phòng HĐND và UBND phường chủ trì theo dõi, tổng hợp; Phòng Kinh tế, Hạ tầng và Đô thị chủ trì các nhiệm vụ đô thị thông minh; Phòng Văn hóa - Xã hội chủ trì các nhiệm vụ chuyển đổi số và truyền thông. Định kỳ hằng quý báo cáo kết quả về UBND phường./."),
    signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lê Quang Vinh"),
    pageBreak(),
    h("PHỤ LỤC I", { center: true }),
    center("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", { bold: true }),
    center("(Kèm theo Kế hoạch số      /KH-UBND ngày      /02/2026 của UBND phường Đông Lộc)"),
    table({
      header: [["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm đầu ra"]],
      widths: [1.2, 5.5, 3, 3.2, 2.4, 3], align: ["c", "", "", "", "c", ""],
      tasks: { name: 1, lead: 2, partners: 3, deadline: 4, output: 5 },
      rows: [
        ["1", "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "Văn phòng HĐND và UBND phường", "Trung tâm Phục vụ hành chính công phường", "Quý I/2026", "Quy trình nội bộ được phê duyệt"],
        ["2", "Lắp đặt camera giám sát an ninh, trật tự tại các tuyến phố chính, trường học, chợ và kết nối về trung tâm điều hành", "Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị; doanh nghiệp viễn thông", "Quý III/2026", "30 camera được lắp đặt, kết nối"],
        ["3", "Xây dựng bản đồ số quản lý hạ tầng đô thị (chiếu sáng, cây xanh, thoát nước) của phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng HĐND và UBND phường; các khối phố", "Quý IV/2026", "Bản đồ số, cơ sở dữ liệu hạ tầng"],
        ["4", "Triển khai thanh toán không dùng tiền mặt tại chợ Đông Lộc và các cơ sở kinh doanh trên địa bàn", "Phòng Kinh tế, Hạ tầng và Đô thị", "Ban quản lý chợ; các ngân hàng thương mại", "Năm 2026", "Số tiểu thương, cơ sở áp dụng thanh toán số"],
        ["5", "Tổ chức tập huấn kỹ năng số cho cán bộ khối phố, Tổ công nghệ số cộng đồng và người dân", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ phường; Đoàn Thanh niên; các khối phố", "Quý II/2026", "Các lớp tập huấn, tài liệu hướng dẫn"],
        ["6", "Cập nhật, làm sạch dữ liệu dân cư, hộ tịch, đất đai phục vụ giải quyết thủ tục hành chính và Đề án 06", "Công an phường", "Văn phòng HĐND và UBND phường; công chức địa chính", "Quý II/2025", "Dữ liệu được cập nhật, báo cáo kết quả"],
        ["7", "Ứng dụng phần mềm phản ánh hiện trường, tiếp nhận và xử lý kiến nghị của người dân về trật tự đô thị, môi trường", "Văn phòng HĐND và UBND phường", "Phòng Kinh tế, Hạ tầng và Đô thị; Công an phường", "Quý III/2026", "Phần mềm được vận hành, báo cáo xử lý phản ánh"],
        ["8", "Thí điểm mô hình phân loại rác thải tại nguồn có ứng dụng mã QR theo dõi khối lượng thu gom tại 3 khối phố", "Phòng Kinh tế, Hạ tầng và Đô thị", "Hội Phụ nữ; các khối phố; đơn vị thu gom", "Quý IV/2026", "Mô hình thí điểm, báo cáo đánh giá"],
        ["9", "Tuyên truyền về chuyển đổi số, an toàn thông tin trên trang thông tin điện tử và hệ thống truyền thanh của phường", "Phòng Văn hóa - Xã hội", "Các khối phố; các tổ chức chính trị - xã hội", "Thường xuyên", "Tin, bài tuyên truyền"],
        ["10", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch năm 2026", "Văn phòng HĐND và UBND phường", "Các phòng chuyên môn", "Tháng 12/2026", "Báo cáo tổng kết"],
      ],
    }),
    landscape(),
    h("PHỤ LỤC II", { center: true }),
    center("DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026", { bold: true }),
    center("(Kèm theo Kế hoạch số      /KH-UBND ngày      /02/2026 của UBND phường Đông Lộc)"),
    table({
      header: [
        [{ text: "STT", rows: 2 }, { text: "Nội dung", rows: 2 }, { text: "Đơn vị tính", rows: 2 }, { text: "Số lượng", rows: 2 }, { text: "Đơn giá (triệu đồng)", rows: 2 }, { text: "Thành tiền (triệu đồng)", rows: 2 }, { text: "Nguồn vốn", cols: 2 }],
        ["Ngân sách tỉnh", "Ngân sách phường"],
      ],
      widths: [1, 8, 2, 2, 2.6, 2.8, 2.6, 2.6], align: ["c", "", "c", "c", "r", "r", "r", "r"],
      budget: { unit: 1e6, code: 0, content: 1, unitCol: 2, quantity: 3, unitPrice: 4, amount: 5 },
      rows: [
        { cells: ["A", "CHÍNH QUYỀN SỐ VÀ ĐÔ THỊ THÔNG MINH", "", "", "", "1.320", "900", "420"], bold: true },
        { cells: ["I", "An ninh, trật tự", "", "", "", "900", "900", ""], bold: true },
        ["1", "Camera giám sát an ninh, trật tự kết nối về trung tâm điều hành", "Camera", "30", "30", "900", "900", ""],
        { cells: ["II", "Quản lý đô thị", "", "", "", "420", "", "420"], bold: true },
        ["1", "Bản đồ số quản lý hạ tầng đô thị", "Gói", "01", "300", "300", "", "300"],
        ["2", "Phần mềm phản ánh hiện trường", "Năm", "01", "120", "120", "", "120"],
        { cells: ["B", "KINH TẾ SỐ VÀ XÃ HỘI SỐ", "", "", "", "150", "", "150"], bold: true },
        ["1", "Tập huấn kỹ năng số cho cán bộ khối phố, Tổ công nghệ số cộng đồng", "Lớp", "6", "10", "60", "", "60"],
        ["2", "Hỗ trợ thanh toán không dùng tiền mặt tại chợ Đông Lộc", "Gói", "01", "90", "90", "", "90"],
        { cells: ["C", "KHOA HỌC VÀ CÔNG NGHỆ", "", "", "", "250", "200", "50"], bold: true },
        ["1", "Mô hình phân loại rác thải tại nguồn ứng dụng mã QR", "Khối phố", "3", "80", "250", "200", "50"],
        { cells: ["", "TỔNG CỘNG", "", "", "", "1.720", "1.100", "620"], bold: true, total: true },
      ],
    }),
  ],
  legalBases: [
    { symbol: "57-NQ/TW", number: "57", kind: "nghi-quyet", date: "2024-12-22", issuer: "Bộ Chính trị", quote: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { symbol: "71/NQ-CP", number: "71", kind: "nghi-quyet", date: "2025-04-01", issuer: "Chính phủ", quote: "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ" },
    { symbol: "95/KH-UBND", number: "95", kind: "ke-hoach", date: "2026-01-15", issuer: "Ủy ban nhân dân tỉnh Nghệ An", quote: "Kế hoạch số 95/KH-UBND ngày 15/01/2026 của UBND tỉnh Nghệ An" },
  ],
  defects: [
    { category: "document-metadata", quote: "Số:      /KH-UBND", description: "Số văn bản để trống.", severity: "warning" },
    { category: "document-metadata", quote: "ngày      tháng 02 năm 2026", description: "Ngày ban hành để trống, chỉ ghi tháng 02 năm 2026.", severity: "warning" },
    { category: "year-consistency", quote: "Cập nhật, làm sạch dữ liệu dân cư, hộ tịch, đất đai", description: "Nhiệm vụ 6 của Kế hoạch năm 2026 có thời hạn hoàn thành Quý II/2025, trước cả ngày ban hành Kế hoạch.", severity: "error" },
    { category: "budget-arithmetic", quote: "Mô hình phân loại rác thải tại nguồn ứng dụng mã QR", description: "Dòng C.1: 3 khối phố × 80 triệu = 240 triệu đồng, nhưng Thành tiền ghi 250 triệu đồng.", severity: "error" },
  ],
};
