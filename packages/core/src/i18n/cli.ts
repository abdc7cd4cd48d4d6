import type { Catalogue } from "./catalogue.ts";

/**
 * What the command line says to a person: usage errors, file errors, notes on stderr. One term for one
 * thing, as in the reports ("tỉnh", "khung quốc gia", "quy tắc").
 */
export const CLI_MESSAGES = {
  // "Did you mean …?" after an unknown province, rule or flag.
  "cli.didYouMean": { vi: "có phải ý bạn là {candidates}?", en: "did you mean {candidates}?" },
  "cli.or": { vi: " hoặc ", en: " or " },
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
} as const satisfies Catalogue;
