import { defineRule, matchKey, type InstitutionalFact } from "@cdsvn/core";
import { analyze, foldsToScan, lineAt } from "../../../analysis/document.ts";
import { docsUrl, planDate } from "../../helpers.ts";

const id = "outdated/institution";

/** A phrase as a pattern source over the ASCII fold, tolerant of punctuation and spacing ("mức độ 3,4"). */
function phraseSource(phrase: string): string {
  const words = matchKey(phrase).split(" ").filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return words.join("[^a-z0-9\\n]{1,4}");
}

/**
 * All of a fact's phrases as one pattern, longest first so the fullest wording wins, compiled once per
 * fact. The literal leads (no lookbehind) so the engine can search for it; the character before a
 * hit is checked by hand.
 */
const factPatterns = new WeakMap<InstitutionalFact, FactPattern>();
function patternOf(fact: InstitutionalFact): FactPattern {
  let p = factPatterns.get(fact);
  if (!p) {
    const sources = [...new Set(fact.old.map(phraseSource).filter(Boolean))].sort((a, b) => b.length - a.length);
    const firstWords = [...new Set(fact.old.map((phrase) => matchKey(phrase).split(" ").find(Boolean)).filter((w): w is string => w !== undefined))];
    p = { sticky: new RegExp(`(?:${sources.join("|")})(?![a-z0-9])`, "y"), firstWords };
    factPatterns.set(fact, p);
  }
  return p;
}

/**
 * A fact's phrases as one sticky pattern, and the first word of each phrase: every match starts with
 * one of them, so the pattern is tried only where one of them is (found by indexOf), not at every
 * position of the text (an alternation of words cannot be searched for as one literal).
 */
interface FactPattern {
  readonly sticky: RegExp;
  readonly firstWords: readonly string[];
}

/** The first match of the fact's pattern at or after `from`: what a global search from `from` finds. */
function execFrom(p: FactPattern, ascii: string, from: number, next: number[]): RegExpExecArray | null {
  for (let at = from; at <= ascii.length; ) {
    // the nearest place one of the first words stands (each word's next place is kept between calls)
    let candidate = -1;
    p.firstWords.forEach((w, k) => {
      if (next[k]! !== -1 && next[k]! < at) next[k] = ascii.indexOf(w, at);
      if (next[k]! !== -1 && (candidate === -1 || next[k]! < candidate)) candidate = next[k]!;
    });
    if (candidate === -1) return null;
    p.sticky.lastIndex = candidate;
    const m = p.sticky.exec(ascii);
    if (m) return m;
    at = candidate + 1;
  }
  return null;
}

/**
 * Bodies, levels and concepts that changed before the plan was written, from the institutional
 * facts the caller supplies: "Bộ/Sở Thông tin và Truyền thông" (merged into KH&CN from 1 March
 * 2025), "dịch vụ công trực tuyến mức độ 3, 4" (now toàn trình / một phần), "Bộ phận Một cửa" of
 * a commune (now its Trung tâm Phục vụ hành chính công).
 */
export const institution = defineRule({
  meta: {
    id,
    category: "outdated-reference",
    severity: "warning",
    docs: {
      description: { vi: "Cơ quan, khái niệm đã bị thay thế (Bộ/Sở TT&TT, \"mức độ 3, 4\", Bộ phận Một cửa …)", en: "Superseded bodies and concepts (Ministry/Department of Information and Communications, \"level 3, 4\" services …)" },
      rationale: { vi: "Giao việc cho cơ quan không còn, hay dùng khái niệm đã bỏ, cho thấy kế hoạch chép từ văn bản cũ.", en: "Tasks for bodies that no longer exist, or retired concepts, show a plan copied from an old one." },
      url: docsUrl(id),
    },
    messages: {
      vi: { outdated: "\"{phrase}\" đã lỗi thời từ {date}: {replacement}", outdatedReview: "\"{phrase}\" (phần đánh giá) đã lỗi thời từ {date}: {replacement}" },
      en: { outdated: "\"{phrase}\" is outdated since {date}: {replacement}", outdatedReview: "\"{phrase}\" (review part) is outdated since {date}: {replacement}" },
    },
    tags: ["institutions"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        const when = planDate(plan, context.planYear);
        if (!context.text || when === null) return;
        const facts = context.knowledge.institutions.filter((f: InstitutionalFact) => f.kind !== "abolition" && f.kind !== "province-merger" && f.effectiveDate <= when);
        if (facts.length === 0) return;
        // raw text: superseded names appear anywhere in prose; the outline says whether a line is in the report part
        const doc = analyze(context.text, context.plan);
        const seen = new Set<number>();
        const covered: [number, number][] = [];
        // The phrases never match nor look across a line end: one scan of the whole fold per fact.
        const scans = foldsToScan(doc);
        for (const fact of facts) {
          const pattern = patternOf(fact);
          const [y, m, d] = fact.effectiveDate.split("-");
          for (const { ascii, start: base } of scans) {
            const next = pattern.firstWords.map(() => -2); // -2: not looked for yet; -1: none left
            for (let from = 0, hit = execFrom(pattern, ascii, from, next); hit; hit = execFrom(pattern, ascii, from, next)) {
              from = hit.index + hit[0].length;
              if (hit.index > 0 && /[a-z0-9]/.test(ascii[hit.index - 1]!)) {
                from = hit.index + 1; // inside a word: look again from the next character
                continue;
              }
              const start = base + hit.index;
              const line = lineAt(doc, start)!;
              const end = start + hit[0].length;
              // one finding per phrase: "dịch vụ công trực tuyến mức độ 3" and "mức độ 3, 4" of one sentence overlap
              if (seen.has(start) || covered.some(([a, b]) => start < b && end > a)) continue;
              seen.add(start);
              covered.push([start, end]);
              context.report({
                messageId: line.review ? "outdatedReview" : "outdated",
                data: { phrase: context.text.slice(start, start + hit[0].length), date: `${d}/${m}/${y}`, replacement: fact.replacement ?? fact.description },
                span: { start, end: start + hit[0].length },
                source: fact.source,
                confidence: fact.confidence,
                suggestion: fact.replacement,
                ...(line.review ? { severity: "info" as const } : {}),
              });
            }
          }
        }
      },
    };
  },
});
