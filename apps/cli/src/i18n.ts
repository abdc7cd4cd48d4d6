import type { Locale } from "@cdsvn/core";

/** The CLI's own words, one table per locale (rule messages live with the rules). */
const MESSAGES = {
  vi: {
    unit: "Đơn vị",
    province: "Tỉnh/thành",
    planYear: "Năm kế hoạch",
    number: "Số văn bản",
    issued: "Ngày ban hành",
    blank: "(để trống)",
    unknown: "(không rõ)",
    legalBases: "Căn cứ",
    indicators: "Chỉ tiêu",
    tasks: "Nhiệm vụ",
    budgetLines: "Dòng dự toán",
    total: "tổng",
    dong: "đồng",
    parseNotes: "Phần chưa đọc được",
    noTitle: "(không tìm thấy tiêu đề)",
  },
  en: {
    unit: "Unit",
    province: "Province",
    planYear: "Plan year",
    number: "Document number",
    issued: "Issued",
    blank: "(blank)",
    unknown: "(unknown)",
    legalBases: "Legal bases",
    indicators: "Indicators",
    tasks: "Tasks",
    budgetLines: "Budget lines",
    total: "total",
    dong: "VND",
    parseNotes: "Parts not understood",
    noTitle: "(no title found)",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type CliMessageId = keyof (typeof MESSAGES)["vi"];

export function t(locale: Locale, id: CliMessageId): string {
  return MESSAGES[locale][id];
}

/** 3711000000 → "3.711.000.000" (vi) or "3,711,000,000" (en). */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 }).format(n);
}
