import { matchKey } from "@cdsvn/core";

/**
 * The columns of a framework spreadsheet, in the order of the template: the Vietnamese header a
 * Department officer reads, the English key the JSON table form uses, and what to write. A header is
 * recognised folded (no tones, any case) by any of its spellings, so "Mã", "MÃ" and "ma" are one column.
 */
export interface FrameworkColumn {
  readonly key: RowKey;
  readonly header: string;
  /** Other headers accepted for the column (folded when compared). */
  readonly also: readonly string[];
  readonly required: boolean;
  readonly help: { readonly vi: string; readonly en: string };
  /** The template's worked row. */
  readonly example: string;
}

export type RowKey =
  | "code" | "name" | "comparator" | "value" | "unit" | "years" | "level"
  | "document" | "date" | "article" | "confidence" | "province" | "aliases";

/**
 * Every column of a framework file (Vietnamese header, accepted spellings, whether required, help, a
 * worked value), in template order: what `cds frameworks template` writes and the docs list.
 */
export const FRAMEWORK_COLUMNS: readonly FrameworkColumn[] = [
  { key: "code", header: "Mã", also: ["ma chi tieu", "code"], required: false, example: "CQS-DVCTT-TOAN-TRINH",
    help: { vi: "Mã chỉ tiêu, không dùng lại cho nghĩa khác. Ghi mã quốc gia (xem `cds frameworks show`) để chỉ tiêu dùng các cách viết đã biết của nó; để trống thì tự đặt mã.", en: "Indicator code, never reused. A national code (see `cds frameworks show`) brings the known wordings of that indicator; blank: one is made up." } },
  { key: "name", header: "Chỉ tiêu", also: ["ten chi tieu", "noi dung chi tieu", "indicator", "name"], required: true, example: "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện",
    help: { vi: "Tên chỉ tiêu như văn bản ghi (đếm cái gì, trên tổng số cái gì).", en: "The indicator as the document words it (what is counted, out of what)." } },
  { key: "comparator", header: "So sánh", also: ["dieu kien", "comparator"], required: false, example: "≥",
    help: { vi: "≥ (tối thiểu, ít nhất, từ … trở lên), > (trên), ≤ (không quá), < (dưới). Trống hoặc \"đạt\", \"=\": hiểu là ≥.", en: "≥, >, ≤, <. Blank, \"đạt\" or \"=\": read as ≥." } },
  { key: "value", header: "Giá trị", also: ["muc", "chi tieu dat", "value"], required: true, example: "100",
    help: { vi: "Con số (dấu phẩy thập phân được), hoặc khoảng \"90 - 95\".", en: "A number (decimal comma accepted), or a range \"90 - 95\"." } },
  { key: "unit", header: "Đơn vị", also: ["don vi tinh", "dvt", "unit"], required: false, example: "%",
    help: { vi: "%, hoặc đơn vị đếm (cán bộ, cuộc…). Trống: %.", en: "%, or a counted unit. Blank: %." } },
  { key: "years", header: "Năm", also: ["nam ap dung", "giai doan", "years"], required: true, example: "2025-2027",
    help: { vi: "Một năm (2026) hoặc giai đoạn (2025-2027) mà chỉ tiêu áp dụng.", en: "One year (2026) or a span (2025-2027) the target holds for." } },
  { key: "level", header: "Cấp", also: ["cap ap dung", "level"], required: false, example: "xã",
    help: { vi: "xã, tỉnh hoặc quốc gia (nhiều cấp: \"xã, tỉnh\"). Trống: xã. Chỉ tiêu cấp xã mới được đối chiếu với kế hoạch của xã.", en: "xã (commune), tỉnh (province) or quốc gia (national); several: \"xã, tỉnh\". Blank: commune. Only commune targets are held against a commune plan." } },
  { key: "document", header: "Căn cứ: văn bản", also: ["van ban", "can cu", "nguon", "document"], required: true, example: "2629/QĐ-TTg",
    help: { vi: "Số, ký hiệu văn bản đặt ra chỉ tiêu.", en: "Number and symbol of the document that sets the target." } },
  { key: "date", header: "Ngày", also: ["ngay ban hanh", "ngay van ban", "date"], required: true, example: "01/12/2025",
    help: { vi: "Ngày ban hành văn bản (dd/mm/yyyy). Kế hoạch ban hành trước ngày này không bị đối chiếu với chỉ tiêu.", en: "Date the document was issued (dd/mm/yyyy). A plan issued before it is not held to the target." } },
  { key: "article", header: "Điều/khoản", also: ["dieu khoan", "dieu", "muc", "article"], required: false, example: "Phụ lục I, mục I.1.1",
    help: { vi: "Điều, khoản, mục hoặc mục phụ lục nêu chỉ tiêu.", en: "Article, clause, section or appendix item stating the target." } },
  { key: "confidence", header: "Độ tin cậy", also: ["do tin cay", "confidence"], required: false, example: "đã xác minh",
    help: { vi: "đã xác minh (đọc từ văn bản); thứ cấp (báo chí, bản tóm tắt); chưa xác minh. Chỉ chỉ tiêu đã xác minh mới sinh lỗi; các loại khác chỉ ở mức thông tin. Trống: đã xác minh.", en: "đã xác minh (read in the document), thứ cấp (press, summary), chưa xác minh. Only confirmed targets give errors; the others stay info. Blank: confirmed." } },
  { key: "province", header: "Tỉnh", also: ["tinh thanh pho", "province"], required: false, example: "Quảng Ngãi",
    help: { vi: "Tỉnh, thành phố của khung. Trống: khung quốc gia (áp dụng cho mọi tỉnh).", en: "Province of the framework. Blank: national (any province)." } },
  { key: "aliases", header: "Cách viết khác", also: ["ten khac", "aliases"], required: false, example: "DVCTT toàn trình",
    help: { vi: "Cách các kế hoạch hay viết chỉ tiêu này, cách nhau bởi dấu ;", en: "Other wordings plans use, separated by ;" } },
];

const BY_HEADER = new Map<string, RowKey>(
  FRAMEWORK_COLUMNS.flatMap((c) => [c.header, c.key, ...c.also].map((h) => [matchKey(h), c.key] as const)),
);

/** The column a header names, or null. */
export function columnOf(header: string): RowKey | null {
  return BY_HEADER.get(matchKey(header)) ?? null;
}
