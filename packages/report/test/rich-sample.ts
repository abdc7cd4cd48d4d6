import type { ComparisonItem, FileReport } from "@cdsvn/core";
import { sampleReport } from "./sample.ts";

const item = (code: string | null, name: string, status: ComparisonItem["status"], required: number | null, planned: number | null, confidence: string | null): ComparisonItem => ({
  code, name, status,
  required: required === null ? null : { comparator: ">=", value: required, unit: "%", raw: `≥ ${required}%` },
  planned: planned === null ? null : { comparator: "=", value: planned, unit: "%", raw: `${planned}%` },
  planIndicators: [],
  source: code === null ? null : { document: "2629/QĐ-TTg", date: "2022-10-03", article: "Phụ lục I, mục 3" },
  // The comparer records how far each figure is trusted; the report shows it in words.
  ...(confidence ? { confidence } : {}),
} as ComparisonItem);

/** The sample with a fuller comparison: rows that apply, one that does not, extras; sources with dates. */
export function richReport(): FileReport {
  const r = sampleReport();
  r.plan!.meta.issuedDate = "2026-01-15";
  r.plan!.meta.documentNumber = "15/KH-UBND";
  r.diagnostics[0] = { ...r.diagnostics[0]!, suggestion: "90000000" };
  r.comparison = {
    ...r.comparison!,
    items: [
      item("CQS-TTHC-TRUC-TUYEN", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", "met", 80, 120, "confirmed"),
      item("XHS-DANH-TINH-SO", "Tỷ lệ người dân trưởng thành có danh tính số", "missing", 90, null, "confirmed"),
      item("HT-CAP-QUANG", "Tỷ lệ thôn có cáp quang", "below-target", 100, 85, "secondary"),
      item("NL-CBCC-KY-SO", "Tỷ lệ cán bộ, công chức cấp xã có chữ ký số cá nhân", "ambiguous", 100, null, "unconfirmed"),
      item("KTS-GDP", "Tỷ trọng kinh tế số trong GRDP", "not-applicable", 30, null, "confirmed"),
      item(null, "Tỷ lệ hộ gia đình có đường truyền Internet cáp quang", "extra", null, 95, null),
      item(null, "Số buổi tập huấn kỹ năng số cho người dân", "extra", null, 12, null),
    ],
    counts: { met: 1, "below-target": 1, missing: 1, ambiguous: 1, "not-applicable": 1, extra: 2 },
  };
  return r;
}
