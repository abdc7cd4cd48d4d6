import type { Catalogue } from "./catalogue.ts";

/**
 * The reader's notes (`parse/*` diagnostics): what it met in a document and could not place, by the
 * note's `messageId`, with the note's own `data` filling the template. The reader writes them in
 * Vietnamese; the engine words them again in the run's language.
 */
export const READER_MESSAGES = {
  "parse.truncated": {
    vi: "Đoạn văn dài {length} ký tự, chỉ đọc {limit} ký tự đầu.",
    en: "A paragraph of {length} characters: only its first {limit} were read.",
  },
  "parse.unclassifiedTable": {
    vi: "Không nhận diện được bảng ({rows} dòng): không phải bảng chỉ tiêu, nhiệm vụ hay dự toán.",
    en: "A table that was not recognised ({rows} rows): not an indicator, task or budget table.",
  },
  "parse.figuresTruncated": {
    vi: "Văn bản có hơn {limit} tỷ lệ phần trăm; chỉ {limit} tỷ lệ đầu được đối chiếu.",
    en: "The text has more than {limit} percentages; only the first {limit} are checked.",
  },
  "parse.unreadableTarget": {
    vi: "Không đọc được chỉ tiêu \"{cell}\" của dòng \"{row}\".",
    en: "Cannot read the target \"{cell}\" of the row \"{row}\".",
  },
  "parse.unreadableAmount": {
    vi: "Không đọc được số tiền \"{cell}\" của dòng dự toán \"{row}\".",
    en: "Cannot read the amount \"{cell}\" of the budget line \"{row}\".",
  },
  "parse.noAmount": {
    vi: "Dòng dự toán \"{row}\" không có số tiền.",
    en: "The budget line \"{row}\" has no amount.",
  },
  "parse.pdfPageTruncated": {
    vi: "Trang {page} của tệp PDF có {pieces} mảnh chữ, nhiều hơn {read} mảnh được đọc; phần còn lại của trang không được đọc.",
    en: "Page {page} of the PDF has {pieces} pieces of text, more than the {read} read; the rest of the page was not read.",
  },
  "parse.notUtf8": {
    vi: "Tệp không ở mã UTF-8; đã đọc theo Windows-1252. Hãy lưu lại bằng UTF-8 để chắc đúng từng chữ.",
    en: "The file is not UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure of every letter.",
  },
  "parse.badUtf8Bytes": {
    vi: "Tệp ở mã UTF-8 nhưng có {count} chuỗi byte hỏng (chuỗi đầu ở byte {firstOffset}); đã thay bằng \"\uFFFD\".",
    en: "The file is UTF-8 but {count} byte sequence(s) are broken (the first at byte {firstOffset}); they were replaced by \"\uFFFD\".",
  },
  "parse.convertedLegacyEncoding": {
    vi: "Văn bản được gõ bằng bảng mã cũ {font}; đã chuyển sang Unicode. Hãy kiểm tra tên và số liệu, và lưu lại bằng Unicode.",
    en: "The text was typed in the legacy encoding {font}; it was converted to Unicode. Check names and figures, and save the file as Unicode.",
  },
} as const satisfies Catalogue;
