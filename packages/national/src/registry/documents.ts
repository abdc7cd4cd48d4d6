import type { Confidence, DocumentStatus, LegalDocument, LegalKind, SourceRef } from "@cdsvn/core";
import { RESEARCH, src, URL } from "../sources.ts";

/**
 * The national documents commune plans cite or should cite, with their status over time. Facts
 * come from the research notes (section in each source's `note`); a document or date seen in no
 * source ships as "unconfirmed" and never drives an error-level finding.
 */

interface DocInput {
  readonly symbol: string;
  readonly aliases?: readonly string[];
  readonly kind: LegalKind;
  readonly issuer: string;
  readonly signed: string | null;
  readonly effective?: string | null;
  readonly title: string;
  readonly horizon?: readonly [number | null, number | null];
  readonly status?: readonly DocumentStatus[];
  readonly source: SourceRef;
  readonly confidence: Confidence;
  readonly note?: string;
}

function doc(d: DocInput): LegalDocument {
  const status: DocumentStatus[] = [...(d.status ?? [])];
  // A document is in force from its effective date (or signing) unless the data says otherwise.
  const from = d.effective ?? d.signed;
  if (from && !status.some((s) => s.from === from && s.status === "in-force")) {
    status.unshift({ from, status: "in-force", by: null, source: d.source, confidence: d.confidence });
  }
  status.sort((a, b) => a.from.localeCompare(b.from));
  return {
    symbol: d.symbol,
    aliases: [...(d.aliases ?? [])],
    kind: d.kind,
    issuer: d.issuer,
    signedDate: d.signed,
    effectiveDate: d.effective ?? d.signed,
    title: d.title,
    horizon: d.horizon ? { from: d.horizon[0], to: d.horizon[1] } : null,
    status,
    province: null,
    source: d.source,
    confidence: d.confidence,
    note: d.note ?? null,
  };
}

const st = (
  from: string,
  status: DocumentStatus["status"],
  by: string | null,
  source: SourceRef,
  confidence: Confidence,
): DocumentStatus => ({ from, status, by, source, confidence });

const TTG = "Thủ tướng Chính phủ";
const CP = "Chính phủ";
const BKHCN = "Bộ Khoa học và Công nghệ";

const lapsedHorizon = (year: number, source: SourceRef): DocumentStatus =>
  st(`${year + 1}-01-01`, "lapsed", null, { ...source, note: `Mốc ${year} đã qua (the ${year} horizon has lapsed); văn bản chưa bị bãi bỏ chính thức` }, "confirmed");

/**
 * The national legal documents plans cite: NQ 57-NQ/TW, the Government's resolutions, the Prime
 * Minister's decisions (QĐ 749, QĐ 2629, …), laws, decrees and the ministries' guidance. Each has its
 * symbol and aliases, kind, issuer, signing date, title and statuses over time (in force, amended,
 * replaced, lapsed), every one with its source and confidence. `createRegistry(NATIONAL_DOCUMENTS)`
 * indexes them by symbol.
 */
export const NATIONAL_DOCUMENTS: readonly LegalDocument[] = [
  // — The central framework and the Government programme implementing it (research A1–A4)
  doc({
    symbol: "57-NQ/TW", kind: "nghi-quyet", issuer: "Bộ Chính trị",
    signed: "2024-12-22",
    title: "Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    horizon: [2025, 2045],
    source: src("57-NQ/TW", null, URL.nq57, `${RESEARCH} A1; full text: ${URL.nq57Text}`), confidence: "confirmed",
  }),
  doc({
    symbol: "03/NQ-CP", aliases: ["NQ 03/NQ-CP"], kind: "nghi-quyet", issuer: CP, signed: "2025-01-09",
    title: "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW", horizon: [2025, 2030],
    status: [st("2025-04-01", "replaced", "71/NQ-CP", src("71/NQ-CP", null, URL.nq71, `${RESEARCH} A2, A3`), "confirmed")],
    source: src("03/NQ-CP", "Phụ lục I", URL.nq03Annex, `${RESEARCH} A2; third-party transcription of Annex I`),
    confidence: "secondary",
  }),
  doc({
    symbol: "71/NQ-CP", kind: "nghi-quyet", issuer: CP, signed: "2025-04-01",
    title: "Sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW",
    horizon: [2025, 2030],
    status: [st("2026-01-14", "amended", "11/NQ-CP", src("282/QĐ-TTg", "căn cứ", URL.qd282, `${RESEARCH} A3`), "secondary")],
    source: src("71/NQ-CP", null, URL.nq71, `${RESEARCH} A3`), confidence: "confirmed",
    note: "Từ 14/01/2026 trích dẫn: NQ 71/NQ-CP, được sửa đổi, bổ sung bởi NQ 11/NQ-CP.",
  }),
  doc({
    symbol: "11/NQ-CP", kind: "nghi-quyet", issuer: CP, signed: "2026-01-14",
    title: "Nghị quyết sửa đổi, bổ sung Nghị quyết số 71/NQ-CP (nội dung chưa xác minh)",
    source: src("282/QĐ-TTg", "căn cứ", URL.qd282, `${RESEARCH} A3; cited as a basis of QĐ 282/QĐ-TTg; content UNCONFIRMED`),
    confidence: "secondary",
  }),
  doc({
    symbol: "02-KH/BCĐTW", kind: "ke-hoach", issuer: "Ban Chỉ đạo Trung ương về phát triển KHCN, ĐMST và CĐS",
    signed: "2025-06-19",
    title: "Kế hoạch thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị",
    source: src("02-KH/BCĐTW", null, URL.kh02, `${RESEARCH} A8`), confidence: "confirmed",
  }),
  doc({
    symbol: "02-QC/BCĐTW", kind: "other", issuer: "Ban Chỉ đạo Trung ương về phát triển KHCN, ĐMST và CĐS",
    signed: "2025-06-10",
    title: "Quy chế quản lý, vận hành và khai thác Hệ thống thông tin giám sát, đánh giá việc thực hiện Nghị quyết 57-NQ/TW",
    source: src("02-QC/BCĐTW", null, URL.qc02, `${RESEARCH} D`), confidence: "secondary",
  }),
  doc({
    symbol: "17-TB/CQTTBCĐ", kind: "thong-bao", issuer: "Cơ quan thường trực Ban Chỉ đạo Trung ương", signed: "2025-12-29",
    title: "Kết luận của Tổng Bí thư tại Hội nghị tổng kết năm 2025 của Ban Chỉ đạo Trung ương (nhiệm vụ năm 2026)",
    source: src("17-TB/CQTTBCĐ", null, URL.tb17, `${RESEARCH} A4`), confidence: "secondary",
  }),
  doc({
    symbol: "11/QĐ-BCĐCP", kind: "quyet-dinh", issuer: "Ban Chỉ đạo của Chính phủ", signed: null,
    title: "Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo của Chính phủ", horizon: [2026, 2026],
    source: src("11/QĐ-BCĐCP", null, URL.qd11a, `shared/research/frameworks-2026.md A2 (press report of 28/02/2026, "vừa ký"); signing date UNCONFIRMED; also ${URL.qd11bcdcp}`), confidence: "secondary",
  }),
  doc({
    symbol: "624/TB-VPCP", kind: "thong-bao", issuer: "Văn phòng Chính phủ", signed: "2025-11-16",
    title: "Kết luận của Thủ tướng tại phiên họp thứ 5 Ban Chỉ đạo của Chính phủ về phát triển KHCN, ĐMST, CĐS và Đề án 06", horizon: [2025, 2026],
    source: src("624/TB-VPCP", null, URL.tb624Full, "shared/research/frameworks-2026.md A4: full text (copy of thuvienphapluat)"), confidence: "confirmed",
  }),
  doc({
    symbol: "408/TB-VPCP", kind: "thong-bao", issuer: "Văn phòng Chính phủ", signed: "2025-08-08",
    title: "Kết luận phiên họp thứ 3 của Ban Chỉ đạo của Chính phủ (hoàn thành cung cấp dịch vụ công trực tuyến cấp xã trước 15/8/2025)",
    source: src("408/TB-VPCP", null, URL.tb408, `${RESEARCH} A8`), confidence: "secondary",
  }),
  // — National programmes and strategies (A5, A6, A9, A10, A13, A14)
  doc({
    symbol: "749/QĐ-TTg", aliases: ["Chương trình Chuyển đổi số quốc gia"], kind: "quyet-dinh",
    issuer: TTG, signed: "2020-06-03",
    title: "Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030", horizon: [2020, 2030],
    status: [lapsedHorizon(2025, src("749/QĐ-TTg", null, URL.qd749, `${RESEARCH} A5`))],
    source: src("749/QĐ-TTg", null, URL.qd749, `${RESEARCH} A5`), confidence: "confirmed",
    note: "Là Quyết định của Thủ tướng, không phải Nghị quyết (\"NQ 749/QĐ-TTG\" sai loại văn bản). Mốc 2025 đã qua; kế hoạch 2026 nên căn cứ NQ 57, NQ 71 và QĐ 2629/QĐ-TTg.",
  }),
  doc({
    symbol: "942/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2021-06-15",
    title: "Phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030",
    horizon: [2021, 2030],
    status: [lapsedHorizon(2025, src("942/QĐ-TTg", null, URL.qd942, `${RESEARCH} A9`))],
    source: src("942/QĐ-TTg", null, URL.qd942, `${RESEARCH} A9`), confidence: "secondary",
    note: "Chương trình Chính phủ số hiện hành là QĐ 2629/QĐ-TTg (01/12/2025); việc thay thế chính thức QĐ 942 chưa xác minh.",
  }),
  doc({
    symbol: "411/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2022-03-31",
    title: "Phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030",
    horizon: [2022, 2030],
    source: src("411/QĐ-TTg", null, URL.qd411, `${RESEARCH} A10`), confidence: "confirmed",
  }),
  doc({
    symbol: "2629/QĐ-TTg", aliases: ["Chương trình phát triển Chính phủ số"], kind: "quyet-dinh", issuer: TTG,
    signed: "2025-12-01", title: "Về việc phê duyệt Chương trình phát triển Chính phủ số", horizon: [2025, 2030],
    source: src("2629/QĐ-TTg", null, URL.qd2629Full, `shared/research/frameworks-2026.md A1: full text with Phụ lục I–II (copy of thuvienphapluat); opening also at ${URL.qd2629Text}`), confidence: "confirmed",
    note: "Tên chính thức không có \"giai đoạn 2026-2030\"; chỉ tiêu chia hai giai đoạn 2025–2027 và 2028–2030.",
  }),
  doc({
    symbol: "06/QĐ-TTg", aliases: ["Đề án 06", "06/2022/QĐ-TTg", "06/CP"], kind: "quyet-dinh", issuer: TTG, signed: "2022-01-06",
    title: "Phê duyệt Đề án \"Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030\"",
    horizon: [2022, 2030],
    status: [st("2026-05-11", "replaced", "826/QĐ-TTg", src("826/QĐ-TTg", null, null, `${RESEARCH} A13; secondary GitHub catalog citing vanban.chinhphu.vn docid 218056; not confirmed`), "unconfirmed")],
    source: src("06/QĐ-TTg", null, URL.qd06, `${RESEARCH} A13`), confidence: "confirmed",
    note: "Ký hiệu đúng là \"06/QĐ-TTg\"; \"06/2022/QĐ-TTg\" sai định dạng; \"Đề án 06/CP\" là cách gọi quen thuộc.",
  }),
  doc({
    symbol: "826/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2026-05-11",
    title: "Chương trình Đề án 06 giai đoạn 2026–2030", horizon: [2026, 2030],
    source: src("826/QĐ-TTg", null, null, `${RESEARCH} A13; secondary GitHub catalog (vanban.chinhphu.vn docid 218056); not confirmed`),
    confidence: "unconfirmed",
  }),
  doc({
    symbol: "505/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2022-04-22",
    title: "Lấy ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia",
    source: src("505/QĐ-TTg", null, URL.qd505, `${RESEARCH} A14`), confidence: "confirmed",
  }),
  doc({
    symbol: "923/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2025-05-14",
    title: "Phong trào thi đua \"Cả nước thi đua đổi mới sáng tạo và chuyển đổi số\"",
    source: src("923/QĐ-TTg", null, URL.qd923, `${RESEARCH} A14`), confidence: "secondary",
  }),
  doc({
    symbol: "146/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2022-01-28",
    title: "Đề án nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia",
    horizon: [2022, 2030],
    source: src("146/QĐ-TTg", null, URL.qd146, `${RESEARCH} A16`), confidence: "secondary",
  }),
  doc({
    symbol: "766/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: null,
    title: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công",
    source: src("766/QĐ-TTg", null, URL.qd766, `${RESEARCH} A15; signing date UNCONFIRMED (2022)`), confidence: "secondary",
  }),
  doc({
    symbol: "282/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2026-02-12",
    title: "Kế hoạch cải cách hành chính nhà nước trọng tâm giai đoạn 2026–2030", horizon: [2026, 2030],
    source: src("282/QĐ-TTg", null, URL.qd282, `${RESEARCH} A16`), confidence: "secondary",
  }),
  doc({
    symbol: "268/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2026-02-12",
    title: "Kế hoạch triển khai thi hành Luật Chuyển đổi số",
    source: src("268/QĐ-TTg", null, null, `${RESEARCH} A16; secondary catalog (vanban.chinhphu.vn docid 216954); not confirmed`),
    confidence: "unconfirmed",
  }),
  doc({
    symbol: "1266/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2026-07-14",
    title: "Chiến lược quốc gia về chuyển đổi số giai đoạn 2026–2030", horizon: [2026, 2030],
    source: src("1266/QĐ-TTg", null, null, `${RESEARCH} A5, A16; secondary catalog (docid 218925); targets UNCONFIRMED`),
    confidence: "unconfirmed",
  }),
  doc({
    symbol: "1308/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2026-07-18",
    title: "Chiến lược dữ liệu quốc gia giai đoạn 2026–2030", horizon: [2026, 2030],
    source: src("1308/QĐ-TTg", null, null, `${RESEARCH} A16; secondary catalog (docid 218908); not confirmed`),
    confidence: "unconfirmed",
  }),
  doc({
    symbol: "2439/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2025-11-04",
    title: "Khung kiến trúc và quản trị dữ liệu quốc gia, từ điển dữ liệu dùng chung",
    source: src("2439/QĐ-TTg", null, null, `${RESEARCH} A16; secondary catalog; not confirmed`), confidence: "unconfirmed",
  }),
  doc({
    symbol: "11/2026/QĐ-TTg", kind: "quyet-dinh", issuer: TTG, signed: "2026-03-28", effective: "2026-05-19",
    title: "Danh mục cơ sở dữ liệu quốc gia",
    source: src("11/2026/QĐ-TTg", null, null, `${RESEARCH} A12; secondary catalog; not confirmed`), confidence: "unconfirmed",
  }),
  // — Decrees (A11, A12, C)
  doc({
    symbol: "73/2019/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2019-09-05",
    title: "Quy định quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước",
    status: [
      st("2024-07-10", "amended", "82/2024/NĐ-CP", src("82/2024/NĐ-CP", null, URL.nd45, `${RESEARCH} A11`), "confirmed"),
      st("2026-03-01", "replaced", "45/2026/NĐ-CP", src("45/2026/NĐ-CP", null, URL.nd45, `${RESEARCH} A11; effective date from a secondary source`), "secondary"),
    ],
    source: src("73/2019/NĐ-CP", null, URL.nd45, `${RESEARCH} A11`), confidence: "confirmed",
  }),
  doc({
    symbol: "82/2024/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2024-07-10",
    title: "Sửa đổi, bổ sung một số điều của Nghị định số 73/2019/NĐ-CP quy định quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước",
    status: [st("2026-03-01", "replaced", "45/2026/NĐ-CP", src("45/2026/NĐ-CP", null, URL.nd45, `${RESEARCH} A11; effective date from a secondary source`), "secondary")],
    source: src("82/2024/NĐ-CP", null, URL.nd45, `${RESEARCH} A11`), confidence: "confirmed",
  }),
  doc({
    symbol: "45/2026/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2026-01-26", effective: "2026-03-01",
    title: "Quy định quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước",
    source: src("45/2026/NĐ-CP", null, URL.nd45, `${RESEARCH} A11; also ${URL.nd45b}`), confidence: "confirmed",
    note: "Thay thế NĐ 73/2019/NĐ-CP và NĐ 82/2024/NĐ-CP. Ngày hiệu lực 01/3/2026 chỉ thấy ở nguồn thứ cấp.",
  }),
  doc({
    symbol: "179/2025/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2025-07-01", effective: "2025-08-15",
    title: "Quy định mức hỗ trợ đối với người làm công tác chuyên trách về chuyển đổi số, an toàn thông tin mạng, an ninh mạng",
    source: src("179/2025/NĐ-CP", null, URL.nd179, `${RESEARCH} A11; title paraphrased from the press`), confidence: "secondary",
    note: "Mức hỗ trợ 5.000.000 đồng/tháng, áp dụng cả cán bộ cấp xã; vị trí theo Thông tư 23/2025/TT-BKHCN.",
  }),
  doc({
    symbol: "47/2024/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: null,
    title: "(chưa xác minh) có thể là danh mục cơ sở dữ liệu quốc gia; việc xây dựng, cập nhật, khai thác",
    status: [st("2026-05-19", "replaced", "11/2026/QĐ-TTg", src("11/2026/QĐ-TTg", null, null, `${RESEARCH} A12; supersession is a guess from a secondary catalog`), "unconfirmed")],
    source: src("47/2024/NĐ-CP", null, null, `${RESEARCH} A12; no source found; from memory only`), confidence: "unconfirmed",
    note: "Chưa xác minh tên, ngày ký; kiểm tra trước khi chấp nhận trích dẫn trong kế hoạch 2026/2027.",
  }),
  doc({
    symbol: "194/2025/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2025-07-03",
    title: "Quy định chi tiết Luật Giao dịch điện tử về cơ sở dữ liệu quốc gia, kết nối, chia sẻ dữ liệu và dữ liệu mở",
    source: src("194/2025/NĐ-CP", null, URL.qd3090, `${RESEARCH} A16; cited in a provincial decision`), confidence: "secondary",
  }),
  doc({
    symbol: "278/2025/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2025-10-22",
    title: "Quy định về kết nối, chia sẻ dữ liệu bắt buộc giữa các cơ quan trong hệ thống chính trị",
    source: src("278/2025/NĐ-CP", null, URL.qd3090, `${RESEARCH} A16; cited in a provincial decision`), confidence: "secondary",
  }),
  doc({
    symbol: "55/2025/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2025-03-02",
    title: "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ",
    source: src("55/2025/NĐ-CP", null, URL.qd405, `${RESEARCH} C; cited in QĐ 405/QĐ-BKHCN`), confidence: "secondary",
  }),
  doc({
    symbol: "42/2022/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2022-06-24", effective: "2022-08-15",
    title: "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
    source: src("42/2022/NĐ-CP", null, URL.nd42, `effective date and the two levels (toàn trình, một phần): ${URL.nd42en}`), confidence: "confirmed",
  }),
  doc({
    symbol: "118/2025/NĐ-CP", kind: "nghi-dinh", issuer: CP, signed: "2025-06-09", effective: "2025-07-01",
    title: "Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    source: src("118/2025/NĐ-CP", null, URL.nd118, "Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã từ 01/7/2025"), confidence: "confirmed",
  }),
  // — Laws and resolutions of the National Assembly (A16, C)
  doc({
    symbol: "148/2025/QH15", aliases: ["Luật Chuyển đổi số"], kind: "luat", issuer: "Quốc hội", signed: "2025-12-11", effective: "2026-07-01",
    title: "Luật Chuyển đổi số",
    source: src("148/2025/QH15", null, URL.law148, `${RESEARCH} A16; also ${URL.law148b}`), confidence: "confirmed",
    note: "Thay thế Luật Công nghệ thông tin 67/2006/QH11 từ 01/7/2026; kế hoạch ban hành sau ngày này nên căn cứ Luật Chuyển đổi số.",
  }),
  doc({
    symbol: "67/2006/QH11", aliases: ["Luật Công nghệ thông tin"], kind: "luat", issuer: "Quốc hội", signed: null,
    title: "Luật Công nghệ thông tin",
    status: [st("2026-07-01", "replaced", "148/2025/QH15", src("148/2025/QH15", null, URL.law148b, `${RESEARCH} A16, C`), "secondary")],
    source: src("148/2025/QH15", null, URL.law148b, `${RESEARCH} A16; replaced per pbgdpl and a secondary catalog`), confidence: "secondary",
  }),
  doc({
    symbol: "193/2025/QH15", kind: "nghi-quyet", issuer: "Quốc hội", signed: "2025-02-19",
    title: "Thí điểm một số cơ chế, chính sách đặc biệt tạo đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    source: src("193/2025/QH15", null, URL.nq193, `${RESEARCH} A16`), confidence: "secondary",
  }),
  doc({
    symbol: "176/2025/QH15", kind: "nghi-quyet", issuer: "Quốc hội", signed: null,
    title: "Về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV (hợp nhất Bộ TT&TT vào Bộ KH&CN)",
    source: src("176/2025/QH15", null, URL.qd405, `${RESEARCH} C; the merger as cited with NĐ 55/2025/NĐ-CP in QĐ 405/QĐ-BKHCN (A15); exact date UNCONFIRMED (commonly 18/02/2025)`), confidence: "secondary",
  }),
  doc({
    symbol: "72/2025/QH15", aliases: ["Luật Tổ chức chính quyền địa phương"], kind: "luat", issuer: "Quốc hội", signed: "2025-06-16", effective: "2025-07-01",
    title: "Luật Tổ chức chính quyền địa phương",
    source: src("72/2025/QH15", null, URL.law72, `${RESEARCH} C; two-level local government from 01/7/2025: ${URL.twoLevel}`), confidence: "secondary",
  }),
  doc({
    symbol: "202/2025/QH15", kind: "nghi-quyet", issuer: "Quốc hội", signed: "2025-06-12",
    title: "Về việc sắp xếp đơn vị hành chính cấp tỉnh (34 đơn vị hành chính cấp tỉnh)",
    source: src("202/2025/QH15", null, URL.provinces34, `${RESEARCH} C`), confidence: "secondary",
  }),
  doc({
    symbol: "60-NQ/TW", kind: "nghi-quyet", issuer: "Ban Chấp hành Trung ương Đảng", signed: "2025-04-12",
    title: "Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII (sắp xếp tỉnh, bỏ cấp huyện)",
    source: src("60-NQ/TW", null, URL.nq60, `${RESEARCH} C`), confidence: "secondary",
  }),
  doc({
    symbol: "214/NQ-CP", kind: "nghi-quyet", issuer: CP, signed: "2025-07-23",
    title: "Kế hoạch hành động của Chính phủ thúc đẩy tạo lập dữ liệu phục vụ chuyển đổi số toàn diện",
    source: src("214/NQ-CP", null, URL.nq214, `${RESEARCH} A16; cited in a provincial plan`), confidence: "secondary",
  }),
  // — Bộ KH&CN (and former Bộ TT&TT) guidance and indices (A5, A7, A15)
  doc({
    symbol: "5511/BKHCN-CĐSQG", kind: "cong-van", issuer: BKHCN, signed: "2025-10-10",
    title: "Hướng dẫn xây dựng kế hoạch chuyển đổi số năm 2026 của các bộ, ngành, địa phương", horizon: [2026, 2026],
    source: src("5511/BKHCN-CĐSQG", null, URL.cv5511, `${RESEARCH} A7; cited verbatim by Lạng Sơn KH 333/KH-UBND`), confidence: "secondary",
  }),
  doc({
    symbol: "8177/BKHCN-CĐSQG", kind: "cong-van", issuer: BKHCN, signed: "2025-12-30",
    title: "Khung Kế hoạch Chuyển đổi số giai đoạn 2026-2030 (chưa xác minh)", horizon: [2026, 2030],
    source: src("8177/BKHCN-CĐSQG", null, null, `${RESEARCH} A7, E1; no stored copy found in four searches`), confidence: "unconfirmed",
    note: "Số, ngày và nội dung chưa xác minh.",
  }),
  doc({
    symbol: "687/BKHCN-CĐSQG", kind: "cong-van", issuer: BKHCN, signed: "2025-04-07",
    title: "Hướng dẫn thực hiện Quyết định 571/QĐ-TTg về chính quyền điện tử, chính quyền số và kết nối dữ liệu cho mô hình chính quyền địa phương hai cấp",
    source: src("687/BKHCN-CĐSQG", null, URL.cv687, `${RESEARCH} A7`), confidence: "confirmed",
  }),
  doc({
    symbol: "3090/QĐ-BKHCN", kind: "quyet-dinh", issuer: BKHCN, signed: "2025-10-08",
    title: "Khung kiến trúc tổng thể quốc gia số",
    source: src("3090/QĐ-BKHCN", null, URL.qd3090, `${RESEARCH} A7; cited by a provincial decision`), confidence: "secondary",
  }),
  doc({
    symbol: "405/QĐ-BKHCN", kind: "quyet-dinh", issuer: BKHCN, signed: "2025-04-03",
    title: "Bộ chỉ số đánh giá chuyển đổi số (DTI) của bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, tỉnh, thành phố và quốc gia",
    source: src("405/QĐ-BKHCN", null, URL.qd405, `${RESEARCH} A15; title paraphrased`), confidence: "confirmed",
  }),
  doc({
    symbol: "922/QĐ-BTTTT", kind: "quyet-dinh", issuer: "Bộ Thông tin và Truyền thông", signed: "2022-05-20",
    title: "Đề án xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc Trung ương và quốc gia",
    status: [st("2025-04-03", "replaced", "405/QĐ-BKHCN", src("405/QĐ-BKHCN", null, URL.qd405, `${RESEARCH} A15`), "secondary")],
    source: src("922/QĐ-BTTTT", null, URL.qd922, `${RESEARCH} A15`), confidence: "confirmed",
  }),
  doc({
    symbol: "1726/QĐ-BTTTT", kind: "quyet-dinh", issuer: "Bộ Thông tin và Truyền thông", signed: "2020-10-12",
    title: "Đề án xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, tỉnh và quốc gia",
    status: [st("2022-05-20", "replaced", "922/QĐ-BTTTT", src("922/QĐ-BTTTT", null, URL.qd922, `${RESEARCH} A15`), "secondary")],
    source: src("1726/QĐ-BTTTT", null, URL.qd1726, `${RESEARCH} A15`), confidence: "confirmed",
  }),
  doc({
    symbol: "2392/QĐ-BTTTT", kind: "quyet-dinh", issuer: "Bộ Thông tin và Truyền thông", signed: "2017-12-25",
    title: "Bộ tiêu chí và phương pháp đánh giá mức độ Chính quyền điện tử cấp xã, cấp huyện",
    source: src("2392/QĐ-BTTTT", null, URL.qd2392, `${RESEARCH} A15; cited in a 2022 provincial decision`), confidence: "secondary",
    note: "Ban hành trước khi bỏ cấp huyện (01/7/2025).",
  }),
  doc({
    symbol: "2390/BTTTT-THH", kind: "cong-van", issuer: "Bộ Thông tin và Truyền thông", signed: null,
    title: "Triển khai Chương trình Chuyển đổi số quốc gia đến năm 2025 (Khung Chương trình Chuyển đổi số cho bộ, tỉnh)",
    horizon: [2020, 2025],
    status: [lapsedHorizon(2025, src("2390/BTTTT-THH", null, URL.cv2390, `${RESEARCH} A5`))],
    source: src("2390/BTTTT-THH", null, URL.cv2390, `${RESEARCH} A5; issued in 2020, exact date not recorded`), confidence: "secondary",
  }),
];
