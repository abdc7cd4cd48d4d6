import { defineRule, matchesKeywords } from "@cdsvn/core";
import { CITY_TABLE_2026 } from "../../frameworks.ts";

/** Below this many of the 18 items, the plan is taken not to carry the city's table at all. */
const MIN_ITEMS = 12;

/**
 * Hải Phòng: a commune plan for 2026 carries the city's 18-item indicator table (section II of the
 * commune table, compiled from QĐ 2629/QĐ-TTg, CV 8177/BKHCN-CĐSQG and KH 238/KH-UBND). A plan that
 * answers fewer than two thirds of the items has dropped the table rather than a few rows.
 */
export const cityIndicatorTable = defineRule({
  meta: {
    id: "hai-phong/city-indicator-table",
    category: "framework-coverage",
    severity: "warning",
    docs: {
      description: {
        vi: "Kế hoạch năm 2026 của xã, phường thành phố Hải Phòng phải có bảng 18 chỉ tiêu chuyển đổi số của thành phố",
        en: "A Hải Phòng commune plan for 2026 must carry the city's 18-item digital-transformation indicator table",
      },
      url: "https://github.com/cdsvn/cds/blob/main/plugins/hai-phong/src/rules/city-indicator-table/doc.md",
    },
    messages: {
      vi: { tableMissing: "Kế hoạch chỉ có {found}/{total} chỉ tiêu của bảng chỉ tiêu cấp xã năm 2026 của thành phố (thiếu: {missing})" },
      en: { tableMissing: "The plan has only {found} of the {total} items of the city's 2026 commune indicator table (missing: {missing})" },
    },
    tags: ["hai-phong"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        if (context.planYear !== 2026) return;
        const missing = CITY_TABLE_2026.filter((item) => !plan.indicators.some((pi) => matchesKeywords(pi.text, item.keywords)));
        const found = CITY_TABLE_2026.length - missing.length;
        if (found >= MIN_ITEMS) return;
        context.report({
          messageId: "tableMissing",
          data: { found, total: CITY_TABLE_2026.length, missing: missing.map((m) => m.name).join("; ") },
          path: "/indicators",
          expected: CITY_TABLE_2026.length,
          actual: found,
          // The table is known from a commune plan, not from the city's own document.
          severity: "warning",
          source: CITY_TABLE_2026[0]!.targets[0]!.source,
        });
      },
    };
  },
});
