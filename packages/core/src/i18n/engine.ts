import type { Catalogue } from "./catalogue.ts";

/**
 * What the engine writes for a person to read: the evidence a plan's province was told by
 * (`meta.provinceEvidence`, shown in the compare header and the reports), and the reasons it refuses
 * an input with (`InputRejected.reasonId`).
 */
export const ENGINE_MESSAGES = {
  "engine.evidence.qualifiedName": { vi: "\"{unit} {name}\" ×{count}", en: "\"{unit} {name}\" ×{count}" },
  "engine.evidence.bareName": { vi: "\"{name}\" ×{count}", en: "\"{name}\" ×{count}" },
  "engine.evidence.formerName": { vi: "\"{former}\" (đã nhập vào {name}) ×{count}", en: "\"{former}\" (merged into {name}) ×{count}" },
  "engine.evidence.citesDocument": { vi: "dẫn {symbol} ngày {date}", en: "cites {symbol} of {date}" },
  "engine.evidence.readerGuess": { vi: "phỏng đoán của bộ đọc", en: "the reader's guess" },
  "engine.input.notAPlan": { vi: "không phải kế hoạch (không có tiêu đề, chỉ tiêu, nhiệm vụ, dự toán hay căn cứ)", en: "not a plan (no title, indicators, tasks, budget or legal bases)" },
} as const satisfies Catalogue;
