import type { Catalogue } from "./catalogue.ts";

/**
 * What the engine writes into a report for a person to read: the evidence a plan's province was told by
 * (`meta.provinceEvidence`, shown in the compare header and the reports).
 */
export const ENGINE_MESSAGES = {
  "engine.evidence.qualifiedName": { vi: "\"{unit} {name}\" ×{count}", en: "\"{unit} {name}\" ×{count}" },
  "engine.evidence.bareName": { vi: "\"{name}\" ×{count}", en: "\"{name}\" ×{count}" },
  "engine.evidence.formerName": { vi: "\"{former}\" (đã nhập vào {name}) ×{count}", en: "\"{former}\" (merged into {name}) ×{count}" },
  "engine.evidence.citesDocument": { vi: "dẫn {symbol} ngày {date}", en: "cites {symbol} of {date}" },
  "engine.evidence.readerGuess": { vi: "phỏng đoán của bộ đọc", en: "the reader's guess" },
} as const satisfies Catalogue;
