import type { Catalogue } from "./catalogue.ts";

/**
 * What the command line says to a person: usage errors, file errors, notes on stderr. One term for one
 * thing, as in the reports ("tỉnh", "khung quốc gia", "quy tắc").
 */
export const CLI_MESSAGES = {
  // "Did you mean …?" after an unknown province, rule or flag.
  "cli.didYouMean": { vi: "có phải ý bạn là {candidates}?", en: "did you mean {candidates}?" },
  "cli.or": { vi: "hoặc", en: "or" },
  // --province
  "cli.unknownProvince": { vi: "--province: không biết tỉnh \"{value}\"", en: "--province: unknown province \"{value}\"" },
  "cli.provincesWithPlugin": { vi: "các tỉnh có plugin: {ids}", en: "provinces with a plugin: {ids}" },
  "cli.provinceWithoutPlugin": {
    vi: "cds: --province {id}: chưa có plugin của tỉnh này; chỉ kiểm tra theo khung quốc gia",
    en: "cds: --province {id}: no plugin for this province; national checks only",
  },
  "cli.provinceAmbiguous": {
    vi: "cds: {file}: không xác định được tỉnh (có thể là {candidates}); dùng --province; chỉ kiểm tra theo khung quốc gia",
    en: "cds: {file}: cannot tell the province (could be {candidates}); use --province; national checks only",
  },
  "cli.provinceNotFound": {
    vi: "cds: {file}: không tìm thấy tỉnh của kế hoạch; dùng --province; chỉ kiểm tra theo khung quốc gia",
    en: "cds: {file}: no province found in the plan; use --province; national checks only",
  },
  // --year
  "cli.yearOutOfRange": {
    vi: "--year {year}: năm kế hoạch phải trong khoảng {min}–{max}",
    en: "--year {year}: a plan year is between {min} and {max}",
  },
  // Rules
  "cli.unknownRule": { vi: "không có quy tắc \"{id}\" (cds rules liệt kê các quy tắc)", en: "unknown rule \"{id}\" (cds rules lists them)" },
  // Why a file could not be read (the CLI's own checks, then the reader's refusals mapped by io/refusal.ts).
  "cli.file.noSuchFile": { vi: "không có tệp này", en: "no such file" },
  "cli.file.permissionDenied": { vi: "không có quyền đọc tệp", en: "permission denied" },
  "cli.file.isDirectory": { vi: "là một thư mục, không phải tệp", en: "is a directory, not a file" },
  "cli.file.notRegular": { vi: "không phải tệp thông thường (thiết bị, pipe hoặc socket)", en: "not a regular file (a device, pipe or socket)" },
  "cli.file.tooLarge": { vi: "lớn hơn {mb} MB", en: "larger than {mb} MB" },
  "cli.file.cannotRead": { vi: "không đọc được ({detail})", en: "cannot read ({detail})" },
  "cli.file.timeLimit": { vi: "phân tích quá {seconds} giây; đã dừng", en: "took longer than {seconds} s; stopped" },
  "cli.file.memoryLimit": { vi: "cần quá {mb} MB bộ nhớ; đã dừng", en: "needed more than {mb} MB; stopped" },
  "cli.file.analysisStopped": { vi: "việc phân tích bị dừng ({detail})", en: "the analysis stopped ({detail})" },
  "cli.file.internalError": { vi: "lỗi nội bộ ({detail})", en: "internal error ({detail})" },
  "cli.file.empty": { vi: "tệp rỗng", en: "the file is empty" },
  "cli.file.unsupportedZip": { vi: "định dạng không hỗ trợ: tệp nén zip (.{ext})", en: "unsupported format: a zip archive (.{ext})" },
  "cli.file.unsupportedImage": { vi: "định dạng không hỗ trợ: ảnh {kind}; cần văn bản (.docx, .pdf có lớp chữ, .txt)", en: "unsupported format: a {kind} image; give a text document (.docx, a PDF with text, .txt)" },
  "cli.file.legacyOffice": { vi: "định dạng không hỗ trợ: tệp Office cũ (.doc/.xls); hãy lưu lại thành .docx", en: "unsupported format: a legacy Office file (.doc/.xls); save it as .docx" },
  "cli.file.unsupportedExtension": { vi: "định dạng không hỗ trợ: đuôi .{ext}", en: "unsupported format: extension .{ext}" },
  "cli.file.jsonNotPlan": { vi: "tệp .json là kế hoạch đã đọc (Plan JSON) không hợp lệ, không phải văn bản kế hoạch", en: "a .json file is a plan already parsed, not a plan document" },
  "cli.file.encrypted": { vi: "văn bản có mật khẩu (đã mã hóa); hãy lưu lại không mật khẩu", en: "the document is password-protected (encrypted); save it without a password" },
  "cli.file.pdfPassword": { vi: "tệp PDF có mật khẩu", en: "the PDF is password-protected" },
  "cli.file.pdfNoText": { vi: "tệp PDF không có lớp chữ (bản quét?); hãy nhận dạng chữ (OCR) trước", en: "the PDF has no text layer (scanned?); run it through OCR first" },
  "cli.file.pdfPages": { vi: "tệp PDF có {pages} trang, vượt giới hạn {limit} trang", en: "the PDF has {pages} pages, over the {limit}-page limit" },
  "cli.file.corruptPdf": { vi: "tệp PDF bị hỏng ({detail})", en: "a corrupt PDF ({detail})" },
  "cli.file.corruptDocx": { vi: "tệp .docx bị hỏng ({detail})", en: "a corrupt .docx ({detail})" },
  "cli.file.notWord": { vi: "không phải văn bản Word: tệp .docx không có word/document.xml", en: "not a Word document: the .docx has no word/document.xml" },
  "cli.file.zipBomb": { vi: "{entry} giải nén vượt giới hạn kích thước (zip bomb?)", en: "{entry} unpacks beyond the size limit (a zip bomb?)" },
  "cli.file.tooDeep": { vi: "tệp quá lớn hoặc lồng nhau quá sâu để đọc", en: "the file is too large or too deeply nested to read" },
  "cli.file.tooManyChars": { vi: "hơn {count} triệu ký tự văn bản", en: "more than {count} M characters of text" },
  "cli.file.noText": { vi: "văn bản không có chữ", en: "the document has no text" },
  "cli.file.binary": { vi: "dữ liệu nhị phân, không phải văn bản kế hoạch", en: "binary data, not the text of a plan" },
  "cli.file.notVietnamese": { vi: "không có chữ tiếng Việt: không phải kế hoạch", en: "no Vietnamese text: not a plan" },
  "cli.file.cannotReadFormat": { vi: "không đọc được tệp {format} ({detail})", en: "cannot read the {format} file ({detail})" },
  "cli.file.cannotWrite": { vi: "không ghi được ({detail})", en: "cannot write ({detail})" },
  // cds compare's table (its column heads, statuses, sources and confidence are the reports' own: report.ts).
  "cli.compare.header": { vi: "Tỉnh/thành: {province}{evidence} · Năm: {year} · Khung: {framework}", en: "Province: {province}{evidence} · Year: {year} · Framework: {framework}" },
  "cli.compare.provinceUnknown": { vi: "(không rõ tỉnh)", en: "(province unknown)" },
  "cli.compare.coverage": { vi: "Độ phủ", en: "Coverage" },
  "cli.compare.notCompared": { vi: "không đối chiếu được", en: "not compared" },
  "cli.compare.diffNeedsTwo": { vi: "--diff so sánh đúng hai tệp kế hoạch", en: "--diff compares exactly two plan files" },
  "cli.diff.change": { vi: "Thay đổi", en: "Change" },
  "cli.diff.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "cli.diff.added": { vi: "thêm", en: "added" },
  "cli.diff.dropped": { vi: "bỏ", en: "dropped" },
  "cli.diff.raised": { vi: "nâng", en: "raised" },
  "cli.diff.lowered": { vi: "hạ", en: "lowered" },
  "cli.diff.changed": { vi: "đổi", en: "changed" },
  "cli.diff.unchanged": { vi: "giữ", en: "unchanged" },
  // Inputs and folders.
  "cli.input.configNotPlan": { vi: "{file}: là tệp cấu hình, không phải kế hoạch (hãy đưa các kế hoạch; {config} của chúng được tự tìm)", en: "{file}: a config, not a plan (give the plans; their {config} is found by itself)" },
  "cli.input.cannotList": { vi: "không liệt kê được các tệp đầu vào ({detail})", en: "cannot list the inputs ({detail})" },
  "cli.input.cannotListFolder": { vi: "{dir}: không liệt kê được thư mục ({detail})", en: "{dir}: cannot list ({detail})" },
  // cds registry
  "cli.registry.badDate": { vi: "--on cần một ngày dạng YYYY-MM-DD, không phải \"{value}\"", en: "--on wants a date as YYYY-MM-DD, not \"{value}\"" },
  "cli.registry.noDocument": { vi: "không có văn bản \"{symbol}\" trong danh mục (xem: cds registry list)", en: "no document \"{symbol}\" in the registry (see: cds registry list)" },
  // cds frameworks, and framework files given with --framework or in a config
  "cli.frameworks.unknown": { vi: "không có khung \"{id}\" (các khung: {ids})", en: "unknown framework \"{id}\" (known: {ids})" },
  "cli.frameworks.noVersion": { vi: "khung \"{id}\" không có phiên bản \"{version}\" (các phiên bản: {versions})", en: "framework \"{id}\" has no version \"{version}\" (versions: {versions})" },
  "cli.frameworks.noVersionForYear": { vi: "khung \"{id}\" không có phiên bản cho năm {year} (các phiên bản: {versions})", en: "framework \"{id}\" has no version for {year} (versions: {versions})" },
  "cli.frameworks.xlsxToTerminal": { vi: "không ghi tệp .xlsx ra màn hình: hãy cho -o TỆP", en: "an .xlsx is not written to the terminal: give -o FILE" },
  "cli.frameworks.oneError": { vi: "1 lỗi", en: "1 error" },
  "cli.frameworks.errorCount": { vi: "{count} lỗi", en: "{count} errors" },
  "cli.frameworks.moreProblems": { vi: "và {count} lỗi khác: cds frameworks check", en: "{count} more: cds frameworks check" },
  "cli.framework.cannotRead": { vi: "khung {path}: không đọc được ({detail})", en: "framework {path}: cannot read ({detail})" },
  "cli.framework.invalid": { vi: "khung {path}: {detail}", en: "framework {path}: {detail}" },
  "cli.output.exists": { vi: "{path}: đã có tệp này; hãy chọn đường dẫn khác bằng -o", en: "{path}: already exists; choose another path with -o" },
  // Config files (cds.config.json)
  "cli.config.cannotRead": { vi: "{path}: không đọc được tệp cấu hình ({detail})", en: "{path}: cannot read the config ({detail})" },
  "cli.config.invalid": { vi: "{path}: tệp cấu hình không hợp lệ: {problems}", en: "{path}: invalid config: {problems}" },
  "cli.config.unknownKey": { vi: "không có khóa {keys} trong cấu hình", en: "unknown key {keys}" },
  "cli.config.unknownKeys": { vi: "không có các khóa {keys} trong cấu hình", en: "unknown keys {keys}" },
  // Plugins loaded from outside (--plugin, the config's "plugins")
  "cli.plugin.noPackage": { vi: "plugin {spec}: không tìm thấy gói \"{spec}\" từ {dir} (hãy cài gói, hoặc cho đường dẫn như ./my-plugin.mjs)", en: "plugin {spec}: no package \"{spec}\" found from {dir} (install it, or give a path such as ./my-plugin.mjs)" },
  "cli.plugin.noSuchFile": { vi: "plugin {spec}: không có tệp {file}", en: "plugin {spec}: no such file {file}" },
  "cli.plugin.cannotLoad": { vi: "plugin {spec}: không nạp được ({detail})", en: "plugin {spec}: cannot load ({detail})" },
  "cli.plugin.noDefaultExport": { vi: "plugin {spec}: mô-đun không có export mặc định (export default definePlugin({ … }))", en: "plugin {spec}: the module has no default export (export default definePlugin({ … }))" },
  "cli.plugin.notUsable": { vi: "plugin {spec}: không dùng được làm plugin tỉnh: {problem}{more}", en: "plugin {spec}: not a usable province plugin: {problem}{more}" },
  "cli.plugin.moreProblems": { vi: "(và {count} vấn đề khác)", en: "(and {count} more)" },
} as const satisfies Catalogue;
