import { defineRule, matchKey, type FigureStatement } from "@cdsvn/core";
import { bigramSimilarity, wordBigrams } from "../../../analysis/similarity.ts";
import { candidatePairs, groupByKey } from "../../../analysis/similar-pairs.ts";
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
    const short = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s);
    return {
      "plan:exit"(plan) {
        if (plan.facts) {
          compareStatements(plan.facts.figures);
          return;
        }
        // a plan written without facts: compare its indicators, grouped and paired like the statements
        const inds = plan.indicators
          .map((x, i) => ({ x, i, key: `${x.target.unit}|${words(x.text).join(" ")}`, grams: wordBigrams(words(x.text)) }));
        type Item = typeof inds[number];
        const groups = groupByKey(inds);
        const judge = (p: Item, q: Item, sim: number) => {
          const [a, b] = p.i < q.i ? [p, q] : [q, p];
          if (a === b || a.x.target.unit !== b.x.target.unit || sim < threshold) return;
          if (a.x.target.value !== b.x.target.value) {
            context.report({ messageId: "conflict", data: { clause: short(b.x.text), raw: b.x.target.raw, otherRaw: a.x.target.raw, otherLine: "—" }, span: b.x.span, path: `/indicators/${b.i}`, actual: b.x.target.value, expected: a.x.target.value });
          } else if (sim >= 0.95 && a.x.section === b.x.section) {
            context.report({ messageId: "duplicate", data: { clause: short(b.x.text), otherLine: "—" }, span: b.x.span, path: `/indicators/${b.i}` });
          }
        };
        const firsts = (members: readonly Item[]) => {
          const seen = new Map<string, Item>();
          for (const m of members) if (!seen.has(`${m.x.target.value}|${m.x.section}`)) seen.set(`${m.x.target.value}|${m.x.section}`, m);
          return [...seen.values()];
        };
        for (const g of groups) {
          const sim = bigramSimilarity(g.grams, g.grams);
          const f = firsts(g.members);
          for (const x of g.members) for (const y of f) if (y.i < x.i) judge(x, y, sim);
        }
        for (const [i, j] of candidatePairs(groups, (a, b) => Math.ceil(threshold * Math.min(a.grams.size, b.grams.size) - 1e-9))) {
          const A = groups[i]!, B = groups[j]!;
          const sim = bigramSimilarity(A.grams, B.grams);
          const fa = firsts(A.members), fb = firsts(B.members);
          for (const x of B.members) for (const y of fa) judge(x, y, sim);
          for (const x of A.members) for (const y of fb) judge(x, y, sim);
        }
      },
    };

    /**
     * Statements of one wording are one group; groups are paired through the bigrams they share
     * (a pair sharing fewer than the threshold allows cannot reach it), and inside a pair each
     * statement meets the first statement of each value of the other side: linear in the statements
     * for a plan that repeats itself, where scoring every pair was quadratic.
     */
    function compareStatements(all: readonly FigureStatement[]): void {
      const figs = all
        .filter((f) => !f.review && f.words.length >= 3)
        .map((f, order) => ({ f, order, key: f.words.join(" "), grams: wordBigrams(f.words) }));
      const groups = groupByKey(figs);
      const lowest = Math.min(threshold, context.options.frameworkSimilarity);
      const pairs = candidatePairs(groups, (a, b) => Math.ceil(lowest * Math.min(a.grams.size, b.grams.size) - 1e-9));
      // framework codes once per wording, and only for statements of the plan year: a clause that names
      // another year ("đến năm 2030 đạt 100%") is a horizon, not a second target for the same year
      const frameworks = context.knowledge.frameworks;
      const codeMemo = new Map<Statement, readonly string[]>();
      const codesOf = (m: Statement) => {
        let c = codeMemo.get(m);
        if (!c) codeMemo.set(m, (c = frameworks.length > 0 && !namesOtherYear(m.f.clause, context.planYear) ? strongCodes(figureWording(m.f), frameworks) : []));
        return c;
      };
      const reportedDup = new Set<FigureStatement>();
      const firstOfEachValue = (members: readonly Statement[]) => {
        const seen = new Map<number, Statement>();
        for (const m of members) if (!seen.has(m.f.value)) seen.set(m.f.value, m);
        return [...seen.values()];
      };
      const judge = (x: Statement, y: Statement, sim: number, sharedCode: boolean) => {
        // two figures of one line are one statement ("từ 80% lên 90%"); list items of one cell are not
        // compared either: a cell lists neighbouring indicators whose wordings are too alike to tell apart
        if (x.f.line === y.f.line || x === y) return;
        const [a, b] = x.order < y.order ? [x.f, y.f] : [y.f, x.f];
        if (sim < threshold && !(a.value !== b.value && sim >= context.options.frameworkSimilarity && sharedCode)) return;
        if (a.value !== b.value) {
          for (const [p, q] of [[a, b], [b, a]] as const) {
            context.report({
              messageId: "conflict",
              data: { clause: short(p.clause), raw: p.raw, otherRaw: q.raw, otherLine: q.line + 1 },
              span: p.span,
              actual: p.value,
              expected: q.value,
            });
          }
        } else if (sim >= 0.95 && a.appendix === b.appendix && a.inTable === b.inTable && !reportedDup.has(b)) {
          reportedDup.add(b);
          context.report({ messageId: "duplicate", data: { clause: short(b.clause), otherLine: a.line + 1 }, span: b.span });
        }
      };
      // one wording: every statement against the first of each value before it
      for (const g of groups) {
        const firsts: Statement[] = [];
        for (const m of g.members) {
          for (const y of firsts) judge(m, y, g.grams.size > 0 ? bigramSimilarity(g.grams, g.grams) : 0, false);
          if (!firsts.some((y) => y.f.value === m.f.value)) firsts.push(m);
        }
      }
      // two wordings that share enough bigrams
      for (const [i, j] of pairs) {
        const A = groups[i]!, B = groups[j]!;
        const sim = bigramSimilarity(A.grams, B.grams);
        const firstsA = firstOfEachValue(A.members), firstsB = firstOfEachValue(B.members);
        // the framework is consulted only when the wording alone falls short of the threshold
        const shared = (x: Statement, y: Statement) => sim < threshold && x.f.value !== y.f.value && sharesCode(codesOf(x), codesOf(y));
        for (const x of B.members) for (const y of firstsA) judge(x, y, sim, shared(x, y));
        for (const x of A.members) for (const y of firstsB) judge(x, y, sim, shared(x, y));
      }
    }
  },
});

interface Statement {
  readonly f: FigureStatement;
  readonly order: number;
  readonly key: string;
  readonly grams: ReadonlySet<string>;
}

function namesOtherYear(clause: string, planYear: number | null): boolean {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(clause); m; m = YEAR.exec(clause)) if (Number(m[1]) !== planYear) return true;
  return false;
}

function sharesCode(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && a.some((c) => b.includes(c));
}
