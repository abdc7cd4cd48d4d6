// A long plan (~40 KB of text, like the seeds): the plan against which issue 11's speed bar is read
// ("a 40 KB PDF reads in ≤ 10× the time of the same plan as .txt", `pnpm bench`). A commune of a
// province without a bundled plugin; a task appendix of several pages (its header repeated on
// each), a budget in triệu đồng in groups A–D with I, II inside, a landscape indicator appendix.
import { center, h, ind, landscape, p, pageBreak, signature, table } from "../dsl.mjs";

const pct = (comparator, value, raw) => ({ comparator, value, unit: "%", raw });
const count = (comparator, value, unitLabel, raw) => ({ comparator, value, unit: "count", unitLabel, raw });

// The task appendix: what each part of the commune's apparatus does in each field of the plan.
const fields = [
  { name: "chính quyền số", lead: "Văn phòng HĐND và UBND xã", partners: "Các phòng, ban chuyên môn; Trung tâm Phục vụ hành chính công xã" },
  { name: "hạ tầng số", lead: "Phòng Văn hóa - Xã hội", partners: "Doanh nghiệp viễn thông trên địa bàn; các thôn" },
  { name: "kinh tế số", lead: "Phòng Kinh tế", partners: "Hội Nông dân xã; các hợp tác xã; Hội Liên hiệp Phụ nữ xã" },
  { name: "xã hội số", lead: "Phòng Văn hóa - Xã hội", partners: "Ủy ban MTTQ Việt Nam xã; Đoàn Thanh niên; các thôn" },
  { name: "khoa học, công nghệ trong sản xuất", lead: "Phòng Kinh tế", partners: "Hội Nông dân xã; Trung tâm Dịch vụ nông nghiệp; các hộ tham gia mô hình" },
  { name: "an toàn thông tin mạng", lead: "Công an xã", partners: "Văn phòng HĐND và UBND xã; Phòng Văn hóa - Xã hội" },
  { name: "giáo dục và y tế số", lead: "Phòng Văn hóa - Xã hội", partners: "Trường Tiểu học và Trung học cơ sở xã; Trạm Y tế xã" },
  { name: "du lịch cộng đồng trên nền tảng số", lead: "Phòng Kinh tế", partners: "Các hộ làm du lịch cộng đồng; Hợp tác xã dịch vụ du lịch Tân Phong" },
  { name: "quản lý đất đai, tài nguyên và môi trường", lead: "Phòng Kinh tế", partners: "Văn phòng HĐND và UBND xã; các thôn" },
];
const actions = [
  { verb: "Rà soát, đánh giá thực trạng và xây dựng danh mục nhiệm vụ cụ thể về", when: "Quý I/2026", output: "Báo cáo rà soát, danh mục nhiệm vụ được phê duyệt" },
  { verb: "Tổ chức tuyên truyền, phổ biến các chủ trương, chính sách và kết quả nổi bật về", when: "Thường xuyên", output: "Tin, bài trên Trang thông tin điện tử và hệ thống truyền thanh xã" },
  { verb: "Bồi dưỡng, tập huấn kiến thức, kỹ năng cho cán bộ, công chức và người dân về", when: "Quý II/2026", output: "Các lớp tập huấn, danh sách học viên hoàn thành" },
  { verb: "Triển khai các giải pháp, ứng dụng, nền tảng dùng chung của tỉnh phục vụ", when: "Quý II - Quý III/2026", output: "Ứng dụng, nền tảng được đưa vào sử dụng, báo cáo kết quả" },
  { verb: "Kiểm tra, giám sát, đôn đốc việc thực hiện các chỉ tiêu, nhiệm vụ về", when: "Quý III/2026", output: "Biên bản kiểm tra, văn bản đôn đốc" },
  { verb: "Lựa chọn, xây dựng và nhân rộng mô hình điểm về", when: "Quý IV/2026", output: "Mô hình điểm, tài liệu hướng dẫn nhân rộng" },
  { verb: "Sơ kết, đánh giá kết quả, đề xuất khen thưởng tập thể, cá nhân có thành tích về", when: "Tháng 12/2026", output: "Báo cáo sơ kết, quyết định khen thưởng" },
  { verb: "Cập nhật, chuẩn hóa và kết nối cơ sở dữ liệu chuyên ngành phục vụ", when: "Quý II - Quý IV/2026", output: "Cơ sở dữ liệu được cập nhật, kết nối với nền tảng của tỉnh" },
];
const taskRows = [];
for (const f of fields) for (const a of actions) taskRows.push([String(taskRows.length + 1), `${a.verb} ${f.name} trên địa bàn xã`, f.lead, f.partners, a.when, a.output]);

// The budget: amounts are quantity × unit price (triệu đồng), each group the sum of its lines.
const budgetGroups = [
  { code: "A", name: "CHUYỂN ĐỔI SỐ", subs: [
    { code: "I", name: "Hạ tầng số và chính quyền số", lines: [
      ["Nâng cấp hạ tầng mạng nội bộ, đường truyền Internet tại Trung tâm Phục vụ hành chính công xã", "Gói", 1, 280, "Ngân sách tỉnh hỗ trợ"],
      ["Trang bị máy tính, máy quét cho bộ phận một cửa và các bộ phận chuyên môn", "Bộ", 12, 18, "Ngân sách xã"],
      ["Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "Hồ sơ", 15000, 0.02, "Ngân sách xã"],
      ["Hệ thống hội nghị truyền hình trực tuyến kết nối các thôn", "Điểm", 11, 25, "Ngân sách tỉnh hỗ trợ"],
      ["Duy trì Trang thông tin điện tử và cơ sở dữ liệu dùng chung của xã", "Năm", 1, 60, "Ngân sách xã"],
    ] },
    { code: "II", name: "Kinh tế số và xã hội số", lines: [
      ["Tổ chức các lớp phổ cập kỹ năng số, Bình dân học vụ số tại các thôn", "Lớp", 22, 12, "Ngân sách xã"],
      ["Hỗ trợ hoạt động của Tổ công nghệ số cộng đồng tại 11 thôn", "Thôn", 11, 15, "Ngân sách xã"],
      ["Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử", "Gian hàng", 30, 4, "Lồng ghép chương trình OCOP"],
      ["Truyền thông về chuyển đổi số trên hệ thống truyền thanh và mạng xã hội", "Năm", 1, 45, "Ngân sách xã"],
    ] },
  ] },
  { code: "B", name: "ĐỔI MỚI SÁNG TẠO", subs: [
    { lines: [
      ["Hỗ trợ xây dựng mã truy xuất nguồn gốc cho sản phẩm nông nghiệp chủ lực", "Sản phẩm", 15, 12, "Lồng ghép chương trình OCOP"],
      ["Cuộc thi ý tưởng khởi nghiệp, sáng kiến cải tiến trong thanh niên", "Cuộc thi", 1, 80, "Ngân sách xã"],
    ] },
  ] },
  { code: "C", name: "KHOA HỌC VÀ CÔNG NGHỆ", subs: [
    { lines: [
      ["Mô hình trồng chè theo hướng hữu cơ ứng dụng cảm biến và nhật ký điện tử", "Mô hình", 1, 350, "Ngân sách tỉnh hỗ trợ"],
      ["Mô hình nuôi cá nước lạnh ứng dụng hệ thống quan trắc môi trường tự động", "Mô hình", 1, 420, "Ngân sách tỉnh hỗ trợ"],
      ["Chuyển giao kỹ thuật sản xuất giống cây trồng chất lượng cao", "Lớp", 6, 20, "Ngân sách xã"],
    ] },
  ] },
  { code: "D", name: "AN TOÀN THÔNG TIN", subs: [
    { lines: [
      ["Phần mềm phòng, chống mã độc có bản quyền cho máy tính của cơ quan", "Máy", 40, 1.5, "Ngân sách xã"],
      ["Rà soát, đánh giá an toàn thông tin hệ thống mạng nội bộ", "Gói", 1, 85, "Ngân sách xã"],
      ["Diễn tập ứng cứu sự cố an toàn thông tin mạng", "Cuộc", 1, 40, "Ngân sách xã"],
    ] },
  ] },
];
const num = (v) => {
  const [int, frac] = String(Math.round(v * 100) / 100).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${frac ? `,${frac}` : ""}`;
};
const qty = (v) => (v < 10 ? `0${v}` : num(v));
const budgetRows = [];
let total = 0;
for (const g of budgetGroups) {
  const sum = (lines) => lines.reduce((n, l) => n + Math.round(l[2] * l[3] * 100) / 100, 0);
  const groupSum = g.subs.reduce((n, s) => n + sum(s.lines), 0);
  total += groupSum;
  budgetRows.push({ cells: [g.code, g.name, "", "", "", num(groupSum), ""], bold: true });
  for (const s of g.subs) {
    if (s.code) budgetRows.push({ cells: [s.code, s.name, "", "", "", num(sum(s.lines)), ""], bold: true });
    s.lines.forEach((l, k) => budgetRows.push([String(k + 1), l[0], l[1], qty(l[2]), num(l[3]), num(l[2] * l[3]), l[4]]));
  }
}
budgetRows.push({ cells: ["", "TỔNG CỘNG (A+B+C+D)", "", "", "", num(total), ""], bold: true, total: true });

const indicatorRows = [
  ["Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", "%", 58, ">=", 80, "≥ 80"],
  ["Tỷ lệ văn bản đi, đến được xử lý trên môi trường mạng (trừ văn bản mật)", "%", 95, "=", 100, "100"],
  ["Tỷ lệ cán bộ, công chức xã được bồi dưỡng kỹ năng số cơ bản", "%", 72, ">=", 95, "≥ 95"],
  ["Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2", "%", 61, ">=", 85, "≥ 85"],
  ["Tỷ lệ người dân trưởng thành sử dụng thanh toán không dùng tiền mặt", "%", 48, ">", 65, "> 65"],
  ["Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng", "%", 74, ">=", 85, "≥ 85"],
  ["Tỷ lệ thôn có Tổ công nghệ số cộng đồng hoạt động hiệu quả", "%", 82, "=", 100, "100"],
  ["Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa", "%", 64, ">=", 90, "≥ 90"],
  ["Tỷ lệ hộ sản xuất, hợp tác xã được hỗ trợ tham gia sàn thương mại điện tử", "%", 20, ">=", 40, "≥ 40"],
  ["Tỷ lệ máy tính của cơ quan được cài đặt phần mềm phòng, chống mã độc", "%", 70, "=", 100, "100"],
];

export default {
  stem: "lao-cai_tan-phong_2026",
  meta: {
    title: "Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Tân Phong năm 2026",
    unitName: "Tân Phong", unitKind: "xa", province: "lao-cai", planYear: 2026,
    documentNumber: "318/KH-UBND", issuedDate: "2026-01-20",
  },
  letterhead: [
    ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    { cells: ["XÃ TÂN PHONG", "Độc lập - Tự do - Hạnh phúc"], bold: true },
    ["Số: 318/KH-UBND", "Tân Phong, ngày 20 tháng 01 năm 2026"],
  ],
  blocks: [
    center("KẾ HOẠCH", { bold: true }),
    center("Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số xã Tân Phong năm 2026", { bold: true }),
    p("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    p("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;"),
    p("Căn cứ Kế hoạch số 205/KH-UBND ngày 28/11/2025 của Ủy ban nhân dân tỉnh Lào Cai về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lào Cai năm 2026;"),
    p("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 25/12/2025 của Hội đồng nhân dân xã Tân Phong về nhiệm vụ phát triển kinh tế - xã hội năm 2026;"),
    p("Ủy ban nhân dân xã Tân Phong ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026 với các nội dung như sau:"),
    h("I. MỤC ĐÍCH, YÊU CẦU"),
    h("1. Mục đích"),
    p("Cụ thể hóa các chủ trương của Đảng, chính sách, pháp luật của Nhà nước và các mục tiêu, nhiệm vụ của tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số phù hợp với điều kiện thực tế của xã Tân Phong sau sắp xếp đơn vị hành chính; tạo chuyển biến rõ nét trong nhận thức và hành động của cả hệ thống chính trị, cộng đồng doanh nghiệp và Nhân dân."),
    p("Xác định khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là động lực chính để nâng cao năng lực quản lý, điều hành của chính quyền cơ sở, cải thiện chất lượng phục vụ người dân, doanh nghiệp, thúc đẩy phát triển kinh tế nông nghiệp hàng hóa gắn với du lịch cộng đồng và bảo đảm quốc phòng, an ninh trên địa bàn."),
    h("2. Yêu cầu"),
    p("Các nhiệm vụ phải bảo đảm tính khả thi, có trọng tâm, trọng điểm, có địa chỉ cụ thể; xác định rõ đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành và sản phẩm đầu ra; gắn trách nhiệm của người đứng đầu với kết quả thực hiện; lồng ghép với các chương trình mục tiêu quốc gia đang triển khai trên địa bàn để sử dụng nguồn lực hiệu quả, tránh trùng lặp, lãng phí."),
    p("Phát huy vai trò của Tổ công nghệ số cộng đồng, đoàn viên thanh niên và người có uy tín tại các thôn trong việc hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và các tiện ích trên ứng dụng định danh điện tử; bảo đảm không để ai bị bỏ lại phía sau trong quá trình chuyển đổi số."),
    h("II. TÌNH HÌNH THỰC HIỆN NĂM 2025"),
    p("Năm 2025, Ủy ban nhân dân xã đã tập trung chỉ đạo vận hành thông suốt chính quyền hai cấp sau sắp xếp; hệ thống quản lý văn bản và điều hành được sử dụng thường xuyên, 95% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng; Trung tâm Phục vụ hành chính công xã tiếp nhận và giải quyết trên 4.200 hồ sơ, trong đó tỷ lệ hồ sơ được xử lý trực tuyến toàn trình đạt 58%."),
    p("Hạ tầng viễn thông tiếp tục được đầu tư, 100% thôn đã có sóng di động băng rộng, tỷ lệ hộ gia đình có kết nối Internet cáp quang đạt 74%; 11 Tổ công nghệ số cộng đồng được kiện toàn, bước đầu hỗ trợ người dân cài đặt và kích hoạt tài khoản định danh điện tử. Một số hợp tác xã đã đưa sản phẩm chè, mật ong và rau an toàn lên sàn thương mại điện tử, có mã truy xuất nguồn gốc."),
    p("Tuy nhiên, hạ tầng công nghệ thông tin tại bộ phận một cửa còn thiếu đồng bộ, nhiều máy tính đã cũ; kỹ năng số của một bộ phận cán bộ, công chức và người dân, nhất là người cao tuổi và đồng bào ở các thôn vùng cao, còn hạn chế; việc ứng dụng khoa học, công nghệ trong sản xuất nông nghiệp còn nhỏ lẻ, chưa hình thành được mô hình có sức lan tỏa."),
    h("III. MỤC TIÊU, CHỈ TIÊU"),
    h("1. Mục tiêu chung"),
    p("Xây dựng chính quyền số cấp xã vận hành hiệu lực, hiệu quả; phát triển kinh tế số trong nông nghiệp, thương mại và du lịch cộng đồng; phát triển xã hội số, nâng cao kỹ năng số cho người dân; đưa tiến bộ khoa học, công nghệ vào sản xuất để nâng cao giá trị sản phẩm chủ lực của xã, góp phần thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội năm 2026."),
    h("2. Chỉ tiêu cụ thể năm 2026"),
    ind("- 100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng và ký số theo quy định.",
      { text: "văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng và ký số theo quy định", target: pct("=", 100, "100%") }),
    ind("- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt từ 80% trở lên.",
      { text: "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", target: pct(">=", 80, "từ 80% trở lên") }),
    ind("- Tối thiểu 95% cán bộ, công chức xã được bồi dưỡng, tập huấn kỹ năng số cơ bản.",
      { text: "cán bộ, công chức xã được bồi dưỡng, tập huấn kỹ năng số cơ bản", target: pct(">=", 95, "Tối thiểu 95%") }),
    ind("- Phấn đấu trên 65% người dân trưởng thành sử dụng dịch vụ thanh toán không dùng tiền mặt.",
      { text: "người dân trưởng thành sử dụng dịch vụ thanh toán không dùng tiền mặt", target: pct(">", 65, "trên 65%") }),
    ind("- Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt từ 85% trở lên.",
      { text: "Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng", target: pct(">=", 85, "từ 85% trở lên") }),
    ind("- Xây dựng ít nhất 02 mô hình ứng dụng khoa học, công nghệ trong sản xuất nông nghiệp.",
      { text: "mô hình ứng dụng khoa học, công nghệ trong sản xuất nông nghiệp", target: count(">=", 2, "mô hình", "ít nhất 02 mô hình") }),
    ind("- Hỗ trợ ít nhất 15 sản phẩm nông nghiệp chủ lực có mã truy xuất nguồn gốc.",
      { text: "sản phẩm nông nghiệp chủ lực có mã truy xuất nguồn gốc", target: count(">=", 15, "sản phẩm", "ít nhất 15 sản phẩm") }),
    h("IV. NHIỆM VỤ, GIẢI PHÁP"),
    h("1. Nâng cao nhận thức, hoàn thiện tổ chức bộ máy"),
    p("Quán triệt, tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW và các văn bản của tỉnh đến cán bộ, đảng viên và Nhân dân; đưa nội dung chuyển đổi số vào sinh hoạt định kỳ của chi bộ, các đoàn thể và các thôn; kiện toàn Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của xã, phân công thành viên phụ trách từng lĩnh vực, từng thôn."),
    h("2. Phát triển hạ tầng số, chính quyền số"),
    p("Nâng cấp hạ tầng mạng nội bộ, đường truyền Internet và thiết bị tại Trung tâm Phục vụ hành chính công xã; khai thác hiệu quả hệ thống quản lý văn bản và điều hành, Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực; triển khai hội nghị truyền hình trực tuyến đến các thôn; phối hợp với doanh nghiệp viễn thông phủ sóng các điểm lõm tại thôn vùng cao."),
    h("3. Phát triển kinh tế số"),
    p("Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng và bán sản phẩm trên các sàn thương mại điện tử; xây dựng mã truy xuất nguồn gốc cho các sản phẩm chè, mật ong, rau an toàn và cá nước lạnh; quảng bá điểm du lịch cộng đồng trên nền tảng số; khuyến khích thanh toán không dùng tiền mặt tại chợ, cơ sở kinh doanh và trong thu học phí, viện phí, tiền điện, nước."),
    h("4. Phát triển xã hội số"),
    p("Triển khai phong trào Bình dân học vụ số tại các thôn, ưu tiên người cao tuổi, phụ nữ và đồng bào dân tộc thiểu số; duy trì hoạt động của 11 Tổ công nghệ số cộng đồng; hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 và sử dụng các tiện ích trên ứng dụng VNeID, dịch vụ công trực tuyến và các ứng dụng y tế, giáo dục số."),
    h("5. Ứng dụng khoa học, công nghệ và đổi mới sáng tạo"),
    p("Phối hợp với các cơ quan chuyên môn của tỉnh xây dựng mô hình trồng chè theo hướng hữu cơ ứng dụng cảm biến và nhật ký điện tử, mô hình nuôi cá nước lạnh ứng dụng hệ thống quan trắc môi trường tự động; chuyển giao kỹ thuật sản xuất giống cây trồng chất lượng cao; tổ chức cuộc thi ý tưởng khởi nghiệp, sáng kiến cải tiến trong thanh niên."),
    h("6. Bảo đảm an toàn thông tin mạng"),
    p("Cài đặt phần mềm phòng, chống mã độc có bản quyền cho toàn bộ máy tính của cơ quan; rà soát, đánh giá an toàn thông tin hệ thống mạng nội bộ; tổ chức diễn tập ứng cứu sự cố; tuyên truyền, cảnh báo người dân về các thủ đoạn lừa đảo trên không gian mạng."),
    p("Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời gian thực hiện tại Phụ lục I; dự toán kinh phí tại Phụ lục II; các chỉ tiêu theo dõi tại Phụ lục III kèm theo Kế hoạch này."),
    h("V. KINH PHÍ THỰC HIỆN"),
    p(`Kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã, ngân sách tỉnh hỗ trợ theo Kế hoạch số 205/KH-UBND, lồng ghép các chương trình mục tiêu quốc gia và các nguồn hợp pháp khác. Tổng kinh phí dự kiến là ${num(total)} triệu đồng (chi tiết tại Phụ lục II).`),
    h("VI. TỔ CHỨC THỰC HIỆN"),
    p("Văn phòng HĐND và UBND xã là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND xã định kỳ hằng quý và đột xuất khi có yêu cầu."),
    p("Phòng Văn hóa - Xã hội chủ trì tham mưu các nhiệm vụ về hạ tầng số, xã hội số, truyền thông và Bình dân học vụ số; Phòng Kinh tế chủ trì các nhiệm vụ về kinh tế số và ứng dụng khoa học, công nghệ trong sản xuất; Công an xã chủ trì các nhiệm vụ về định danh điện tử và an toàn thông tin mạng."),
    p("Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia; các thôn phối hợp tổ chức các lớp phổ cập kỹ năng số và hỗ trợ người dân sử dụng dịch vụ công trực tuyến."),
    p("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo về Văn phòng HĐND và UBND xã để tổng hợp, báo cáo Chủ tịch UBND xã xem xét, chỉ đạo./."),
    signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hoàng Văn Thắng"),
    pageBreak(),
    h("PHỤ LỤC I", { center: true }),
    center("DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH NĂM 2026", { bold: true }),
    center("(Kèm theo Kế hoạch số 318/KH-UBND ngày 20/01/2026 của UBND xã Tân Phong)"),
    table({
      header: [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"]],
      widths: [1.3, 5.5, 3, 3.5, 2.2, 3.2], align: ["c", "", "", "", "c", ""],
      tasks: { name: 1, lead: 2, partners: 3, deadline: 4, output: 5 },
      rows: taskRows,
    }),
    pageBreak(),
    h("PHỤ LỤC II", { center: true }),
    center("DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026", { bold: true }),
    center("(Kèm theo Kế hoạch số 318/KH-UBND ngày 20/01/2026 của UBND xã Tân Phong)"),
    table({
      header: [
        [{ text: "STT", rows: 2 }, { text: "Nội dung", rows: 2 }, { text: "Đơn vị tính", rows: 2 }, { text: "Số lượng", rows: 2 }, { text: "Kinh phí (triệu đồng)", cols: 2 }, { text: "Nguồn vốn", rows: 2 }],
        ["Đơn giá", "Thành tiền"],
      ],
      widths: [1, 5.5, 1.8, 1.6, 1.9, 2.1, 2.6], align: ["c", "", "c", "c", "r", "r", ""],
      budget: { unit: 1e6, code: 0, content: 1, unitCol: 2, quantity: 3, unitPrice: 4, amount: 5 },
      rows: budgetRows,
    }),
    landscape(),
    h("PHỤ LỤC III", { center: true }),
    center("CÁC CHỈ TIÊU KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ NĂM 2026", { bold: true }),
    center("(Kèm theo Kế hoạch số 318/KH-UBND ngày 20/01/2026 của UBND xã Tân Phong)"),
    table({
      header: [["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2025", "Chỉ tiêu năm 2026", "Ghi chú"]],
      widths: [1, 9, 2, 2.4, 2.4, 4], align: ["c", "", "c", "c", "c", ""],
      indicators: { text: 1 },
      rows: indicatorRows.map(([text, unit, base, cmp, target, raw], k) => ({
        cells: [String(k + 1), text, unit, String(base), raw, ""],
        ind: { target: pct(cmp, target, raw), baseline: pct("=", base, String(base)) },
      })),
    }),
  ],
  legalBases: [
    { symbol: "57-NQ/TW", number: "57", kind: "nghi-quyet", date: "2024-12-22", issuer: "Bộ Chính trị", quote: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
    { symbol: "749/QĐ-TTg", number: "749", kind: "quyet-dinh", date: "2020-06-03", issuer: "Thủ tướng Chính phủ", quote: "Quyết định số 749/QĐ-TTg ngày 03/6/2020" },
    { symbol: "205/KH-UBND", number: "205", kind: "ke-hoach", date: "2025-11-28", issuer: "Ủy ban nhân dân tỉnh Lào Cai", quote: "Kế hoạch số 205/KH-UBND ngày 28/11/2025" },
    { symbol: "12/NQ-HĐND", number: "12", kind: "nghi-quyet", date: "2025-12-25", issuer: "Hội đồng nhân dân xã Tân Phong", quote: "Nghị quyết số 12/NQ-HĐND ngày 25/12/2025" },
  ],
  defects: [],
};
