import { defineRule, matchKey } from "@cdsvn/core";
import { duties, unitKey, type Duty } from "../../../analysis/duties.ts";
import { bigramSimilarity, wordBigrams } from "../../../analysis/figures.ts";
import { docsUrl } from "../../helpers.ts";

const id = "consistency/lead-conflict";

const words = (s: string) => matchKey(s).split(" ").filter((w) => w.length > 1);

/**
 * One task must have one lead unit: the same task listed twice with two different leads is a conflict,
 * and so is a task of the table led by one unit while "Tổ chức thực hiện" says another unit leads it
 * ("Văn phòng …: Chủ trì tham mưu … ứng dụng AI" vs the row "Triển khai ứng dụng AI …, Phòng Văn hóa - Xã hội").
 */
export const leadConflict = defineRule({
  meta: {
    id,
    category: "internal-consistency",
    severity: "warning",
    docs: {
      description: { vi: "Một nhiệm vụ được giao cho hai đơn vị chủ trì khác nhau", en: "One task assigned to two different lead units" },
      rationale: { vi: "Hai đơn vị cùng chủ trì thì không ai chịu trách nhiệm.", en: "With two leads, nobody is accountable." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        twoLeads: "Nhiệm vụ \"{task}\" do {lead} chủ trì, nhưng ở chỗ khác lại giao {other}",
        dutyLead: "Nhiệm vụ \"{task}\" do {lead} chủ trì, nhưng mục Tổ chức thực hiện (dòng {line}) giao {other} chủ trì",
      },
      en: {
        twoLeads: "Task \"{task}\" is led by {lead}, but elsewhere by {other}",
        dutyLead: "Task \"{task}\" is led by {lead}, but the implementation section (line {line}) has {other} lead it",
      },
    },
    tags: ["task"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        // keys and bigrams once per task, not once per pair
        const tasks = plan.tasks
          .map((t, i) => ({ t, i, w: words(t.name), lead: t.lead ? matchKey(t.lead) : "" }))
          .filter((x) => x.t.lead && x.w.length >= 3)
          .map((x) => ({ ...x, grams: wordBigrams(x.w) }));
        for (let i = 0; i < tasks.length; i++) {
          for (let j = i + 1; j < tasks.length; j++) {
            const a = tasks[i]!, b = tasks[j]!;
            if (a.lead === b.lead) continue;
            if (bigramSimilarity(a.grams, b.grams) < 0.8) continue;
            context.report({ messageId: "twoLeads", data: { task: b.t.name.slice(0, 80), lead: b.t.lead, other: a.t.lead }, span: b.t.span, path: `/tasks/${b.i}/lead`, actual: b.t.lead, expected: a.t.lead });
          }
        }
        if (!context.text) return;
        const stated = duties(context.text);
        if (stated.length === 0) return;
        plan.tasks.forEach((t, i) => {
          if (!t.lead) return;
          const leadKey = unitKey(t.lead);
          const name = ` ${matchKey(t.name)} `;
          const duty = stated.find((d) => !sameUnit(d.unitKey, leadKey) && describes(d, name));
          if (!duty) return;
          context.report({
            messageId: "dutyLead",
            data: { task: t.name.slice(0, 80), lead: t.lead, other: duty.unit, line: duty.line.index + 1 },
            span: t.span,
            path: `/tasks/${i}/lead`,
            actual: t.lead,
            expected: duty.unit,
          });
        });
      },
    };
  },
});

/** Words that say what kind of work, not which work: a duty and a task sharing only these are not one. */
const GENERIC = new Set(
  ("thuc hien trien khai cac don vi co quan lien nhiem vu ke hoach nay phoi hop voi huong dan doc tham muu to chuc " +
    "xay dung tren trong cua cho va de ve theo nham dam bao tiep tuc day manh tang cuong kiem tra tong hop bao cao ket qua xa")
    .split(" "),
);
const content = (key: string) => key.split(" ").filter((w) => w.length > 0 && !GENERIC.has(w));

const dutyGramCache = new WeakMap<Duty, ReadonlySet<string>>();
/** A duty's bigrams of substance, once per duty (duties are cached per text). */
function dutyBigrams(duty: Duty): ReadonlySet<string> {
  let g = dutyGramCache.get(duty);
  if (!g) dutyGramCache.set(duty, (g = wordBigrams(content(duty.key))));
  return g;
}

/** Two writings of one unit: most words shared, after abbreviations are expanded. */
function sameUnit(a: string, b: string): boolean {
  if (a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)) return true;
  const A = new Set(a.split(" ")), B = new Set(b.split(" "));
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return (2 * shared) / (A.size + B.size) >= 0.8;
}

/**
 * The duty names the task: one of its list items, three syllables or more, two of substance, is a phrase
 * of the task's name ("ứng dụng AI"), or the duty sentence holds most of the task's substantive words.
 */
function describes(duty: Duty, name: string): boolean {
  if (duty.items.some((item) => item.split(" ").length >= 3 && content(item).length >= 2 && name.includes(` ${item} `))) return true;
  // bigrams, not syllables: Vietnamese words are two syllables, and single syllables ("số", "thông")
  // are shared by any two sentences of the genre
  const grams = wordBigrams(content(name.trim()));
  if (grams.size < 5) return false;
  const dutyGrams = dutyBigrams(duty);
  let shared = 0;
  for (const g of grams) if (dutyGrams.has(g)) shared++;
  return shared >= 5 && shared / grams.size >= 0.4;
}

