import { defineRule, lineIndex, lineOf, matchKey } from "@cdsvn/core";
import { bigramSimilarity, clauseSimilarity, figureStatements, wordBigrams, type FigureStatement } from "../../../analysis/figures.ts";
import { figureWording, strongCodes } from "../../../analysis/indicator-codes.ts";
import { docsUrl } from "../../helpers.ts";
import { z } from "zod";

const id = "consistency/conflicting-targets";

const words = (s: string) => matchKey(s).split(" ").filter((w) => w.length > 1);

/** A year named in a clause ("đến năm 2030", "giai đoạn 2026-2030"). */
const YEAR = /\b(20\d\d)\b/g;

/**
 * The same indicator must carry the same target wherever the plan states it (objectives, tasks,
 * appendix), and must not be listed twice in the same part. Two statements are the same indicator
 * when their wordings are alike (word bigrams), or when core's matcher maps both, strongly, to the
 * same framework indicator: a task's prose ("số hóa 100% kết quả giải quyết TTHC") then compares
 * with the objective it restates ("Trên 80% hồ sơ, kết quả giải quyết TTHC được số hóa").
 */
export const conflictingTargets = defineRule<{ similarity: number; frameworkSimilarity: number }>({
  meta: {
    id,
    category: "internal-consistency",
    severity: "warning",
    docs: {
      description: { vi: "Cùng một chỉ tiêu không được có hai mức khác nhau, hay bị lặp lại", en: "One indicator must not carry two different targets, nor be listed twice" },
      rationale: { vi: "Hai mức cho một chỉ tiêu khiến không thể đánh giá kết quả cuối năm.", en: "Two targets for one indicator make the year-end assessment impossible." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        conflict: "Chỉ tiêu \"{clause}\" ghi {raw} ở đây nhưng {otherRaw} ở dòng {otherLine}",
        duplicate: "Chỉ tiêu \"{clause}\" lặp lại (đã có ở dòng {otherLine})",
      },
      en: {
        conflict: "Indicator \"{clause}\" is {raw} here but {otherRaw} on line {otherLine}",
        duplicate: "Indicator \"{clause}\" is listed twice (also on line {otherLine})",
      },
    },
    // frameworkSimilarity: the wording overlap still required of two statements the matcher maps to
    // one framework indicator (a loose keyword match alone can join "hồ sơ công việc" and "văn bản")
    options: z.object({ similarity: z.number().min(0).max(1).default(0.6), frameworkSimilarity: z.number().min(0).max(1).default(0.3) }),
    defaultOptions: { similarity: 0.6, frameworkSimilarity: 0.3 },
    tags: ["indicator"],
  },
  create(context) {
    const threshold = context.options.similarity;
    const starts = lineIndex(context.text);
    const lineNo = (offset: number) => lineOf(starts, offset);
    const short = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s);
    return {
      "plan:exit"(plan) {
        if (context.text) {
          const figs = figureStatements(context.text).filter((f) => !f.review && f.words.length >= 3);
          // every pair is compared: line numbers and bigrams once per statement, not once per pair
          const lineOfFig = figs.map((f) => lineNo(f.start));
          const grams = figs.map((f) => wordBigrams(f.words));
          const reportedDup = new Set<FigureStatement>();
          // framework codes only for statements of the plan year: a clause that names another year
          // ("đến năm 2030 đạt 100%") is a horizon, not a second target for the same year
          const frameworks = context.knowledge.frameworks;
          const codes = figs.map((f) => (frameworks.length > 0 && !namesOtherYear(f.clause, context.planYear) ? strongCodes(figureWording(f), frameworks) : []));
          for (let i = 0; i < figs.length; i++) {
            for (let j = i + 1; j < figs.length; j++) {
              const a = figs[i]!, b = figs[j]!;
              // two figures of one line are one statement ("từ 80% lên 90%"); list items of one cell are not
              // compared either: a cell lists neighbouring indicators whose wordings are too alike to tell apart
              if (lineOfFig[i] === lineOfFig[j]) continue;
              const sim = bigramSimilarity(grams[i]!, grams[j]!);
              if (sim < threshold && !(a.value !== b.value && sim >= context.options.frameworkSimilarity && sharesCode(codes[i]!, codes[j]!))) continue;
              if (a.value !== b.value) {
                for (const [x, y] of [[a, b], [b, a]] as const) {
                  context.report({
                    messageId: "conflict",
                    data: { clause: short(x.clause), raw: x.raw, otherRaw: y.raw, otherLine: lineNo(y.start) },
                    span: { start: x.start, end: x.end },
                    actual: x.value,
                    expected: y.value,
                  });
                }
              } else if (sim >= 0.95 && a.appendix === b.appendix && a.inTable === b.inTable && !reportedDup.has(b)) {
                reportedDup.add(b);
                context.report({ messageId: "duplicate", data: { clause: short(b.clause), otherLine: lineNo(a.start) }, span: { start: b.start, end: b.end } });
              }
            }
          }
          return;
        }
        // a plan read from JSON: compare its indicators
        const inds = plan.indicators.map((x, i) => ({ x, i, w: words(x.text) }));
        for (let i = 0; i < inds.length; i++) {
          for (let j = i + 1; j < inds.length; j++) {
            const a = inds[i]!, b = inds[j]!;
            if (a.x.target.unit !== b.x.target.unit) continue;
            const sim = clauseSimilarity(a.w, b.w);
            if (sim < threshold) continue;
            if (a.x.target.value !== b.x.target.value) {
              context.report({ messageId: "conflict", data: { clause: short(b.x.text), raw: b.x.target.raw, otherRaw: a.x.target.raw, otherLine: "—" }, span: b.x.span, path: `/indicators/${b.i}`, actual: b.x.target.value, expected: a.x.target.value });
            } else if (sim >= 0.95 && a.x.section === b.x.section) {
              context.report({ messageId: "duplicate", data: { clause: short(b.x.text), otherLine: "—" }, span: b.x.span, path: `/indicators/${b.i}` });
            }
          }
        }
      },
    };
  },
});

function namesOtherYear(clause: string, planYear: number | null): boolean {
  for (const m of clause.matchAll(YEAR)) if (Number(m[1]) !== planYear) return true;
  return false;
}

function sharesCode(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && a.some((c) => b.includes(c));
}
