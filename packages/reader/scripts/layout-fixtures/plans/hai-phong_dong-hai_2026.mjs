// A phường plan whose căn cứ stand each on its own line, indicators in prose ("Phấn đấu", "không dưới"),
// a task table with "Thời gian hoàn thành", and a budget in nghìn đồng (declared on a line above the
// table) with a "Nguồn kinh phí" column and no quantity columns, printed on the same page as the task
// table: LibreOffice draws the two tables' first column borders 0.6 pt apart.
import { center, h, ind, li, p, signature, table } from "../dsl.mjs";
const pct = (comparator, value, raw) => ({ comparator, value, unit: "%", raw });
const period = { from: 2026, to: 2026 };
export default {
  stem: "hai-phong_dong-hai_2026",
  meta: {
    title: "Kế hoạch Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Đông Hải năm 2026",
    unitName: "Đông Hải", unitKind: "phuong", province: "hai-phong", planYear: 2026,
    documentNumber: "57/KH-UBND", issuedDate: "2026-01-12",
  },
  footer: "",
  letterhead: [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    { cells: ["PHƯỜNG ĐÔNG HẢI", "Độc lập - Tự do - Hạnh phúc"], bold: true },
    ["Số: 57/KH-UBND", "Đông Hải, ngày 12 tháng 01 năm 2026"],
  ],
  blocks: [
    center("KẾ HOẠCH", { bold: true }),
    center("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phường Đông Hải năm 2026", { bold: true }),
    li("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    li("Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển Chính phủ số;"),
    li("Căn cứ Kế hoạch số 12/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân thành phố Hải Phòng về chuyển đổi số năm 2026;"),
    p("Ủy ban nhân dân phường Đông Hải ban hành Kế hoạch thực hiện năm 2026 với các nội dung sau:"),
    h("I. MỤC TIÊU"),
    h("1. Mục tiêu chung"),
    p("Đưa khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành động lực phát triển kinh tế - xã hội của phường; xây dựng chính quyền số phục vụ người dân và doanh nghiệp."),
    h("2. Chỉ tiêu cụ thể"),
    ind("- Phấn đấu 100% hồ sơ công việc tại UBND phường được xử lý trên môi trường mạng (trừ hồ sơ mật).",
      { text: "hồ sơ công việc tại UBND phường được xử lý trên môi trường mạng", target: pct("=", 100, "100%"), period }),
    ind("- Tỷ lệ dịch vụ công trực tuyến toàn trình phát sinh hồ sơ không dưới 80%.",
      { text: "Tỷ lệ dịch vụ công trực tuyến toàn trình phát sinh hồ sơ", target: pct(">=", 80, "không dưới 80%"), period }),
    ind("- Tối thiểu 75% người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân.",
      { text: "người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", target: pct(">=", 75, "Tối thiểu 75%"), period }),
    ind("- 100% tổ dân phố duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên.",
      { text: "tổ dân phố duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên", target: pct("=", 100, "100%"), period }),
    ind("- Xây dựng ít nhất 03 điểm thanh toán không dùng tiền mặt mẫu tại chợ và khu phố thương mại.",
      { text: "điểm thanh toán không dùng tiền mặt mẫu tại chợ và khu phố thương mại", target: { comparator: ">=", value: 3, unit: "count", unitLabel: "điểm", raw: "ít nhất 03 điểm" }, period }),
    h("II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    p("Giao các cơ quan, đơn vị thực hiện các nhiệm vụ sau:"),
    table({
      header: [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]],
      widths: [1.2, 6.5, 3.2, 3.4, 2.6], align: ["c", "", "", "", "c"],
      tasks: { name: 1, lead: 2, partners: 3, deadline: 4, section: "body" },
      rows: [
        ["1", "Rà soát, chuẩn hóa dữ liệu dân cư, đất đai, hộ kinh doanh phục vụ giải quyết thủ tục hành chính", "Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Trước ngày 30/6/2026"],
        ["2", "Triển khai hệ thống camera giám sát an ninh trật tự tại các nút giao thông chính", "Công an phường", "Các tổ dân phố", "Quý III/2026"],
        ["3", "Tập huấn kỹ năng số cho cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng", "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "Thường xuyên"],
        ["4", "Vận động tiểu thương tại chợ Đông Hải sử dụng thanh toán không dùng tiền mặt", "Phòng Kinh tế, Hạ tầng và Đô thị", "Ban quản lý chợ; các ngân hàng thương mại", "Tháng 9/2026"],
        ["5", "Xây dựng bản đồ số các điểm du lịch, di tích và dịch vụ trên địa bàn phường", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên phường", "Tháng 12/2026"],
        ["6", "Hỗ trợ doanh nghiệp nhỏ và vừa đăng ký sáng chế, nhãn hiệu và ứng dụng công nghệ mới", "Phòng Kinh tế, Hạ tầng và Đô thị", "Hội Doanh nghiệp phường", "Năm 2026"],
      ],
    }),
    h("III. KINH PHÍ THỰC HIỆN"),
    p("Tổng kinh phí thực hiện Kế hoạch là 865.000.000 đồng (Tám trăm sáu mươi lăm triệu đồng), chi tiết tại bảng sau:"),
    center("Đơn vị tính: nghìn đồng"),
    table({
      header: [["STT", "Nội dung", "Kinh phí", "Nguồn kinh phí", "Ghi chú"]],
      widths: [1.2, 7, 2.6, 3.2, 2.6], align: ["c", "", "r", "", ""],
      budget: { unit: 1000, code: 0, content: 1, amount: 2 },
      rows: [
        ["1", "Chuẩn hóa dữ liệu dân cư, đất đai, hộ kinh doanh", "150.000", "Ngân sách phường", ""],
        ["2", "Camera giám sát an ninh trật tự tại các nút giao thông", "420.000", "Ngân sách thành phố", "12 camera"],
        ["3", "Tập huấn kỹ năng số", "45.000", "Ngân sách phường", ""],
        ["4", "Điểm thanh toán không dùng tiền mặt mẫu", "90.000", "Xã hội hóa", ""],
        ["5", "Bản đồ số du lịch, di tích và dịch vụ", "110.000", "Ngân sách phường", ""],
        ["6", "Hỗ trợ doanh nghiệp đăng ký sáng chế, nhãn hiệu", "50.000", "Ngân sách phường", ""],
        { cells: ["", "Tổng cộng", "865.000", "", ""], bold: true, total: true },
      ],
    }),
    h("IV. TỔ CHỨC THỰC HIỆN"),
    p("Văn phòng HĐND và UBND phường là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp báo cáo kết quả thực hiện Kế hoạch về UBND phường trước ngày 05/12/2026. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND phường xem xét, giải quyết./."),
    signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phạm Văn Hùng"),
  ],
  legalBases: [
    { symbol: "57-NQ/TW", number: "57", kind: "nghi-quyet", date: "2024-12-22", issuer: "Bộ Chính trị", quote: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { symbol: "2629/QĐ-TTg", number: "2629", kind: "quyet-dinh", date: "2025-12-01", issuer: "Thủ tướng Chính phủ", quote: "Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ" },
    { symbol: "12/KH-UBND", number: "12", kind: "ke-hoach", date: "2026-01-08", issuer: "Ủy ban nhân dân thành phố Hải Phòng", quote: "Kế hoạch số 12/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân thành phố Hải Phòng" },
  ],
  defects: [],
};
