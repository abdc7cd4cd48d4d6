import { defineRule, type Span } from "@cdsvn/core";
import { analyze, lineAt } from "../../../analysis/document.ts";
import { docsUrl, figuresOf } from "../../helpers.ts";

/** Words before a figure that make it a growth rate, not a share. */
const GROWTH = /tăng|gấp|so với|vượt/;

const id = "percent/out-of-range";

/**
 * A share cannot exceed 100% or fall below 0. "Trên 100%" is impossible (error); "≥ 100%" and
 * "từ 100% trở lên" can only mean "= 100%" (warning: the wording should say so).
 */
export const outOfRange = defineRule({
  meta: {
    id,
    category: "percent-range",
    severity: "error",
    docs: {
      description: { vi: "Tỷ lệ phần trăm phải nằm trong 0–100%; \"trên 100%\" là không thể", en: "Percentages must lie within 0–100%; \"over 100%\" is impossible" },
      rationale: { vi: "Chỉ tiêu không thể đạt được thì không thể đánh giá; thường là lỗi chép hoặc gõ.", en: "A target that cannot be reached cannot be assessed; usually a typo or a copy error." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        above100: "Chỉ tiêu \"{raw}\" vượt 100%: tỷ lệ không thể lớn hơn 100%",
        overHundred: "Chỉ tiêu \"{raw}\": tỷ lệ không thể trên 100%",
        atLeastHundred: "Chỉ tiêu \"{raw}\" chỉ có thể hiểu là đúng 100%; nên ghi \"100%\"",
      },
      en: {
        above100: "Target \"{raw}\" exceeds 100%: a share cannot be larger than 100%",
        overHundred: "Target \"{raw}\": a share cannot be over 100%",
        atLeastHundred: "Target \"{raw}\" can only mean exactly 100%; write \"100%\"",
      },
    },
    tags: ["indicator"],
  },
  create(context) {
    const reported = new Set<number>();
    const judge = (value: number, comparator: string, raw: string, span: Span | null, path: string | null) => {
      // "tăng 120%" (growth) is not a share, whether the reader made it an indicator or not
      if (value > 100 && span && GROWTH.test(context.text.slice(Math.max(0, span.start - 25), span.start).toLowerCase())) return;
      if (span && context.text.length > 0) {
        // one finding per line: the indicator and the raw-text pass see the same figure
        const line = lineAt(analyze(context.text, context.plan), span.start)?.index ?? -1;
        if (reported.has(line)) return;
        reported.add(line);
      }
      if (value > 100) context.report({ messageId: "above100", data: { raw }, span, path, actual: value, expected: 100, suggestion: "100%" });
      else if (value === 100 && comparator === ">") context.report({ messageId: "overHundred", data: { raw }, span, path, actual: raw, expected: "100%", suggestion: "100%" });
      else if (value === 100 && comparator === ">=") context.report({ messageId: "atLeastHundred", data: { raw }, span, path, severity: "warning", suggestion: "100%" });
    };
    return {
      indicator(ind, index) {
        if (ind.target.unit !== "%") return;
        judge(ind.target.comparator === "range" ? (ind.target.max ?? ind.target.value) : ind.target.value, ind.target.comparator, ind.target.raw, ind.span, `/indicators/${index}`);
      },
      "plan:exit"() {
        // targets the extractor did not turn into indicators: every percentage of the forward-looking text
        for (const f of figuresOf(context.plan)) {
          if (f.review) continue;
          const span = f.span;
          if (f.value > 100) {
            judge(f.value, f.comparator, f.raw, span, null);
          } else if (f.value === 100 && (f.comparator === ">" || f.comparator === ">=")) {
            judge(f.value, f.comparator, f.raw, span, null);
          }
        }
      },
    };
  },
});
