import { defineRule, lineIndex, lineOf, type Comparator, type FigureStatement } from "@cdsvn/core";
import { groupByKey } from "../../../analysis/similar-pairs.ts";
import { bigramSimilarity, wordBigrams } from "../../../analysis/similarity.ts";
import { docsUrl, figuresOf } from "../../helpers.ts";
import { z } from "zod";

const id = "regression/below-result";

const weakens = (c: Comparator) => c !== "<" && c !== "<=";

/**
 * A target must not be below the result already reached: on the same row (baseline), or as the
 * plan's own review of the previous year states it ("đã đạt trên 80%" → target "trên 70%").
 */
export const belowResult = defineRule<{ similarity: number }>({
  meta: {
    id,
    category: "target-regression",
    severity: "warning",
    docs: {
      description: { vi: "Chỉ tiêu thấp hơn kết quả đã đạt", en: "Target below the result already reached" },
      rationale: { vi: "Đặt chỉ tiêu thấp hơn kết quả năm trước là lùi, không phải kế hoạch.", en: "A target below last year's result plans a step back." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        belowBaseline: "Chỉ tiêu {target} thấp hơn kết quả đã đạt {baseline} trên cùng dòng",
        belowReview: "Chỉ tiêu {target} thấp hơn kết quả đã đạt {result} nêu ở dòng {line}",
      },
      en: {
        belowBaseline: "Target {target} is below the result already reached on the same row ({baseline})",
        belowReview: "Target {target} is below the result already reached, {result}, stated on line {line}",
      },
    },
    options: z.object({ similarity: z.number().min(0).max(1).default(0.5) }),
    defaultOptions: { similarity: 0.5 },
    tags: ["indicator"],
  },
  create(context) {
    const starts = lineIndex(context.text);
    const lineNo = (offset: number) => lineOf(starts, offset);
    const reportedLines = new Set<number>();
    return {
      indicator(ind, index) {
        const b = ind.baseline;
        if (!b || b.unit !== ind.target.unit || !weakens(ind.target.comparator)) return;
        const target = ind.target.comparator === "range" ? (ind.target.max ?? ind.target.value) : ind.target.value;
        if (target >= b.value) return;
        if (ind.span) reportedLines.add(lineNo(ind.span.start));
        context.report({ messageId: "belowBaseline", data: { target: ind.target.raw, baseline: b.raw }, span: ind.span, path: `/indicators/${index}`, expected: b.value, actual: target });
      },
      "plan:exit"() {
        const figs = figuresOf(context.plan);
        // a table row with a result column and then a target column: "98,17%	≥ 98%"
        const byLine = new Map<number, FigureStatement[]>();
        for (const f of figs) {
          if (!f.inTable) continue;
          const line = f.line + 1;
          const row = byLine.get(line);
          if (row) row.push(f);
          else byLine.set(line, [f]);
        }
        for (const [line, row] of byLine) {
          if (row.length !== 2 || reportedLines.has(line)) continue;
          const [result, target] = row as [typeof figs[0], typeof figs[0]];
          if (result.comparator !== "=" || !weakens(target.comparator) || target.value >= result.value) continue;
          reportedLines.add(line);
          context.report({ messageId: "belowBaseline", data: { target: target.raw, baseline: result.raw }, span: target.span, expected: result.value, actual: target.value });
        }
        // results of one wording are one group, reached through the bigrams a target shares with it, and
        // inside a group the first result above the target is found by binary search over the running
        // maximum: the first result in text order that the target falls below, without scoring every pair
        const results = groupByKey(figs.filter((f) => f.review && f.words.length >= 2).map((f) => ({ f, key: f.words.join(" "), grams: wordBigrams(f.words) })));
        const runningMax = results.map((g) => { let max = -Infinity; return g.members.map((m) => (max = Math.max(max, m.f.value))); });
        const postings = new Map<string, number[]>();
        results.forEach((g, i) => { for (const gram of g.grams) { const list = postings.get(gram); if (list) list.push(i); else postings.set(gram, [i]); } });
        const targets = figs.filter((f) => !f.review && f.words.length >= 2 && weakens(f.comparator));
        for (const t of targets) {
          const line = t.line + 1;
          if (reportedLines.has(line)) continue;
          const grams = wordBigrams(t.words);
          const candidates = new Set<number>();
          for (const gram of grams) for (const i of postings.get(gram) ?? []) candidates.add(i);
          let r: FigureStatement | undefined;
          for (const i of candidates) {
            if (bigramSimilarity(results[i]!.grams, grams) < context.options.similarity) continue;
            const at = firstAbove(runningMax[i]!, t.value);
            const found = at < 0 ? undefined : results[i]!.members[at]!.f;
            if (found && (!r || found.span.start < r.span.start)) r = found;
          }
          if (!r) continue;
          reportedLines.add(line);
          context.report({ messageId: "belowReview", data: { target: t.raw, result: r.raw, line: r.line + 1 }, span: t.span, expected: r.value, actual: t.value });
        }
      },
    };
  },
});

/** The first index whose running maximum exceeds `value` (the maximum never decreases), or -1. */
function firstAbove(runningMax: readonly number[], value: number): number {
  let lo = 0, hi = runningMax.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runningMax[mid]! > value) hi = mid;
    else lo = mid + 1;
  }
  return lo < runningMax.length ? lo : -1;
}
