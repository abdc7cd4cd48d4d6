import { emptyPlan, summarize, type Diagnostic, type FileReport, type Plan } from "@cdsvn/core";

/** A small plan text and the report a validator would produce on it; shared by the formatter tests. */
export const SAMPLE_FILE = "plans/xa-tan-ky-2026.txt";

export const SAMPLE_TEXT = [
  "ỦY BAN NHÂN DÂN XÃ TÂN KỲ",
  "Số: /KH-UBND",
  "KẾ HOẠCH Chuyển đổi số xã Tân Kỳ năm 2026",
  "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;",
  "- Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt 120%;",
  "5 | Trang bị thiết bị điểm hỗ trợ số cộng đồng tại 6 thôn | Thôn | 6 | 15.000.000 | 900.000.000",
  "Sở Thông tin và Truyền thông hướng dẫn triển khai.",
].join("\n");

function offsetOfLine(line: number): number {
  return SAMPLE_TEXT.split("\n").slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
}

function finding(partial: Partial<Diagnostic> & Pick<Diagnostic, "ruleId" | "category" | "severity" | "message">, line: number | null): Diagnostic {
  const start = line === null ? null : offsetOfLine(line);
  return {
    messageId: "default",
    span: start === null ? null : { start, end: start + 5 },
    line,
    path: null,
    ...partial,
  };
}

export function samplePlan(): Plan {
  const plan = emptyPlan();
  plan.meta = { ...plan.meta, title: "Kế hoạch Chuyển đổi số xã Tân Kỳ năm 2026", unitName: "Tân Kỳ", unitKind: "xa", province: "demo", planYear: 2026 };
  plan.legalBases = [{ symbol: "749/QĐ-TTg", number: "749", kind: "quyet-dinh", date: "2020-06-03", issuer: "Thủ tướng Chính phủ", span: null }];
  plan.indicators = [
    { text: "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", target: { comparator: "=", value: 120, unit: "%", raw: "120%" }, baseline: null, period: { from: 2026, to: 2026 }, section: "body", span: null },
  ];
  plan.tasks = [{ name: "Xây dựng kế hoạch", lead: "Văn phòng HĐND và UBND", partners: [], deadline: { raw: "Tháng 01/2026" }, output: "Kế hoạch", span: null }];
  plan.budget = {
    declaredTotal: 1_000_000_000,
    lines: [
      { code: "A", path: ["A"], content: "Hạ tầng số", unit: null, quantity: null, unitPrice: null, amount: 900_000_000, isGroup: true, span: null },
      { code: "5", path: ["A", "5"], content: "Trang bị thiết bị điểm hỗ trợ số cộng đồng tại 6 thôn", unit: "Thôn", quantity: 6, unitPrice: 15_000_000, amount: 900_000_000, span: null },
    ],
  };
  return plan;
}

export function sampleReport(): FileReport {
  const diagnostics: Diagnostic[] = [
    finding({ ruleId: "budget/line-arithmetic", messageId: "amountMismatch", category: "budget-arithmetic", severity: "error", message: "Thành tiền 900.000.000 ≠ 6 × 15.000.000 = 90.000.000", path: "/budget/lines/1", expected: 90_000_000, actual: 900_000_000 }, 6),
    finding({ ruleId: "percent/over-100", category: "percent-range", severity: "error", message: "Tỷ lệ 120% vượt quá 100%", path: "/indicators/0" }, 5),
    finding({ ruleId: "outdated/ministry-name", category: "outdated-reference", severity: "warning", message: "Sở Thông tin và Truyền thông đã hợp nhất vào Sở Khoa học và Công nghệ" }, 7),
    finding({ ruleId: "meta/blank-number", category: "document-metadata", severity: "info", message: "Số văn bản để trống", path: "/meta/documentNumber" }, 2),
    finding({ ruleId: "framework/coverage", category: "framework-coverage", severity: "warning", message: "Chưa có chỉ tiêu \"Tỷ lệ người dân có danh tính số\"", source: { document: "2629/QĐ-TTg", article: "Phụ lục I, mục 3" } }, null),
  ];
  return {
    file: SAMPLE_FILE,
    plan: samplePlan(),
    diagnostics,
    comparison: {
      frameworkId: "demo-2026",
      frameworkVersion: "1",
      province: "demo",
      year: 2026,
      items: [
        { code: "1", name: "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", status: "met", required: { comparator: ">=", value: 80, unit: "%", raw: "≥ 80%" }, planned: { comparator: "=", value: 120, unit: "%", raw: "120%" }, planIndicators: [0], source: { document: "2629/QĐ-TTg" } },
        { code: "3", name: "Tỷ lệ người dân có danh tính số", status: "missing", required: { comparator: ">=", value: 90, unit: "%", raw: "≥ 90%" }, planned: null, planIndicators: [], source: { document: "2629/QĐ-TTg" } },
      ],
      counts: { met: 1, "below-target": 0, missing: 1, ambiguous: 0, "not-applicable": 0, extra: 0 },
    },
    summary: summarize(diagnostics),
    ruleset: { engine: "0.1.0", rules: 12, province: "demo", frameworks: ["demo-2026"] },
  };
}
