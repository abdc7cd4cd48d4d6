import { defineRule, parseVnNumber } from "@cdsvn/core";
import { analyze } from "../../../analysis/document.ts";
import { docsUrl } from "../../helpers.ts";

const id = "consistency/count-breakdown";

/** "826; trong đó, … 729 hồ sơ, … 91, … 0" — a count, then its parts up to the end of the sentence. */
// Linear: the total starts a number (lookbehind), the words and blanks between it and "trong đó" are
// bounded, no two blank runs are adjacent, and the parts are looked for within 240 characters (an
// unbounded lazy tail that finds no end retried the rest of the line from every "trong đó").
const BREAKDOWN = /(?<![\d.])(\d[\d.]*)[a-z \t]{0,24}[;,:(]?\s{0,8}\(?trong do(?:\s*[,:])?\s*([^\n]{0,240}?)(?:\.\s|\)|\.$|$)/g;
const PART = /(?<![\d./])(\d[\d.]*)(?![\d/]|\s*%)/g;

/** A stated count must equal the sum of the parts it is broken down into. */
export const countBreakdown = defineRule({
  meta: {
    id,
    category: "internal-consistency",
    severity: "error",
    docs: {
      description: { vi: "Tổng số phải bằng tổng các thành phần \"trong đó\"", en: "A stated count must equal the sum of its \"of which\" parts" },
      rationale: { vi: "Số liệu báo cáo không khớp làm mất căn cứ của các tỷ lệ tính từ chúng.", en: "Counts that do not add up undermine every rate computed from them." },
      url: docsUrl(id),
    },
    messages: {
      vi: { partsMismatch: "Tổng số {total} nhưng các thành phần {parts} = {sum} (lệch {difference})" },
      en: { partsMismatch: "The total is {total} but the parts {parts} add up to {sum} (off by {difference})" },
    },
    tags: ["numbers"],
  },
  create(context) {
    return {
      "plan:exit"() {
        if (!context.text) return;
        // raw text: results of the past period ("820; trong đó …") are not part of the plan's entities
        for (const line of analyze(context.text, context.plan).lines) {
          if (!line.ascii.includes("trong do")) continue;
          BREAKDOWN.lastIndex = 0;
          for (let m = BREAKDOWN.exec(line.ascii); m; m = BREAKDOWN.exec(line.ascii)) {
            const total = parseVnNumber(m[1]!);
            if (!total.ok) continue;
            const partsText = m[2]!;
            const parts: number[] = [];
            PART.lastIndex = 0;
            for (let p = PART.exec(partsText); p; p = PART.exec(partsText)) {
              const v = parseVnNumber(p[1]!.replace(/\.$/, ""));
              if (v.ok) parts.push(v.value);
            }
            if (parts.length < 2) continue;
            const sum = parts.reduce((a, b) => a + b, 0);
            if (sum === total.value) continue;
            // two parts that fall short may be a partial list ("trong đó có …"); more than the total never is
            const certain = sum > total.value || parts.length >= 3;
            const start = line.start + m.index;
            context.report({
              messageId: "partsMismatch",
              data: { total: total.value, parts: parts.join(" + "), sum, difference: Math.abs(total.value - sum) },
              span: { start, end: start + m[0].length },
              expected: sum,
              actual: total.value,
              ...(certain ? {} : { severity: "warning" as const }),
            });
          }
        }
      },
    };
  },
});
