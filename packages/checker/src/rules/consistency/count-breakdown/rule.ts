import { defineRule, parseVnNumber } from "@cdsvn/core";
import { analyze } from "../../../analysis/document.ts";
import { docsUrl } from "../../helpers.ts";

const id = "consistency/count-breakdown";

/** "826; trong đó, … 729 hồ sơ, … 91, … 0" — a count, then its parts up to the end of the sentence. */
interface Breakdown {
  readonly start: number;
  readonly end: number;
  readonly total: string;
  readonly parts: string;
}

const OF_WHICH = "trong do";
/** The count right before "trong đó": a number, a few words, a mark, blanks, an opening bracket. */
const COUNT_BEFORE = /(?<![\d.])(\d[\d.]*)[a-z \t]{0,24}[;,:(]?\s{0,8}\(?$/;
/** How far back the count is looked for: the number, 24 characters of words, a mark and 8 blanks. */
const COUNT_WINDOW = 80;
const LEAD_IN = /\s*(?:[,:]\s*)?/y;
/** The parts, up to the sentence's end (". ", ")", a final "." or the line's end) within 240 characters. */
const PARTS = /([^\n]{0,240}?)(?:\.\s|\)|\.$|$)/y;
const isNumberChar = (code: number) => (code >= 48 && code <= 57) || code === 46;

/**
 * The breakdowns of a line, left to right, each after the last. Three linear steps rather than one
 * pattern searched over the line (recheck rated that one 4th-degree polynomial: every digit retried
 * every bounded run to every "trong do"): each "trong do" by indexOf, the count in a bounded window
 * before it, the parts from its end (sticky).
 */
function* breakdowns(line: string): Generator<Breakdown> {
  let after = 0;
  for (let at = line.indexOf(OF_WHICH); at >= 0; at = line.indexOf(OF_WHICH, Math.max(at + 1, after))) {
    const windowStart = Math.max(after, at - COUNT_WINDOW);
    const count = COUNT_BEFORE.exec(line.slice(windowStart, at));
    if (!count) continue;
    const start = windowStart + count.index;
    // the window may cut a number (too long to be a count) or start right after the last breakdown
    if (isNumberChar(line.charCodeAt(start - 1))) continue;
    LEAD_IN.lastIndex = at + OF_WHICH.length;
    LEAD_IN.exec(line);
    PARTS.lastIndex = LEAD_IN.lastIndex;
    const parts = PARTS.exec(line);
    if (!parts) continue;
    after = PARTS.lastIndex;
    yield { start, end: after, total: count[1]!, parts: parts[1]! };
  }
}

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
          for (const breakdown of breakdowns(line.ascii)) {
            const total = parseVnNumber(breakdown.total);
            if (!total.ok) continue;
            const parts: number[] = [];
            PART.lastIndex = 0;
            for (let p = PART.exec(breakdown.parts); p; p = PART.exec(breakdown.parts)) {
              const v = parseVnNumber(p[1]!.replace(/\.$/, ""));
              if (v.ok) parts.push(v.value);
            }
            if (parts.length < 2) continue;
            const sum = parts.reduce((a, b) => a + b, 0);
            if (sum === total.value) continue;
            // two parts that fall short may be a partial list ("trong đó có …"); more than the total never is
            const certain = sum > total.value || parts.length >= 3;
            const start = line.start + breakdown.start;
            context.report({
              messageId: "partsMismatch",
              data: { total: total.value, parts: parts.join(" + "), sum, difference: Math.abs(total.value - sum) },
              span: { start, end: line.start + breakdown.end },
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
