import { defineRule, matchKey, unitKey, type DutyFact } from "@cdsvn/core";
import { candidatePairs, groupByKey } from "../../../analysis/similar-pairs.ts";
import { bigramSimilarity, wordBigrams } from "../../../analysis/similarity.ts";
import { docsUrl, dutiesOf } from "../../helpers.ts";

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
        // keys and bigrams once per task; tasks of one name are one group, groups paired through shared
        // bigrams, and a task meets only the first task of each lead on the other side: the set of other
        // leads a task is reported with is the same as over every pair, at linear cost for repeated names
        const tasks = plan.tasks
          .map((t, i) => ({ t, i, w: words(t.name), lead: t.lead ? matchKey(t.lead) : "" }))
          .filter((x) => x.t.lead && x.w.length >= 3)
          .map((x) => ({ ...x, key: x.w.join(" "), grams: wordBigrams(x.w) }));
        type Item = typeof tasks[number];
        const groups = groupByKey(tasks);
        const firstOfEachLead = (members: readonly Item[]) => {
          const seen = new Map<string, Item>();
          for (const m of members) if (!seen.has(m.lead)) seen.set(m.lead, m);
          return [...seen.values()];
        };
        const judge = (x: Item, y: Item) => {
          if (x.lead === y.lead) return;
          const [a, b] = x.i < y.i ? [x, y] : [y, x];
          context.report({ messageId: "twoLeads", data: { task: b.t.name.slice(0, 80), lead: b.t.lead, other: a.t.lead }, span: b.t.span, path: `/tasks/${b.i}/lead`, actual: b.t.lead, expected: a.t.lead });
        };
        for (const g of groups) {
          if (bigramSimilarity(g.grams, g.grams) < SAME_TASK) continue;
          const firsts = firstOfEachLead(g.members);
          for (const x of g.members) for (const y of firsts) if (y.i < x.i) judge(x, y);
        }
        for (const [i, j] of candidatePairs(groups, (a, b) => Math.ceil(SAME_TASK * Math.min(a.grams.size, b.grams.size) - 1e-9))) {
          const A = groups[i]!, B = groups[j]!;
          if (bigramSimilarity(A.grams, B.grams) < SAME_TASK) continue;
          const firstsA = firstOfEachLead(A.members), firstsB = firstOfEachLead(B.members);
          for (const x of B.members) for (const y of firstsA) if (y.i < x.i) judge(x, y);
          for (const x of A.members) for (const y of firstsB) if (y.i < x.i) judge(x, y);
        }

        const stated = dutiesOf(plan);
        if (stated.length === 0) return;
        // one answer per (lead, task name): a plan that repeats a task asks once; a plan has a handful of
        // leads, so each lead's key and the duties of other units are found once per lead
        const memo = new Map<string, DutyFact | null>();
        const byLead = new Map<string, { key: string; others: readonly DutyFact[] }>();
        plan.tasks.forEach((t, i) => {
          if (!t.lead) return;
          let lead = byLead.get(t.lead);
          if (!lead) {
            const key = unitKey(t.lead);
            byLead.set(t.lead, (lead = { key, others: stated.filter((d) => !sameUnit(d.unitKey, key)) }));
          }
          const name = ` ${matchKey(t.name)} `;
          const memoKey = `${lead.key}\u0000${name}`;
          let duty = memo.get(memoKey);
          if (duty === undefined) {
            const grams = wordBigrams(content(name.trim()));
            memo.set(memoKey, (duty = lead.others.find((d) => describes(dutyIndex(d), name, grams)) ?? null));
          }
          if (!duty) return;
          context.report({
            messageId: "dutyLead",
            data: { task: t.name.slice(0, 80), lead: t.lead, other: duty.unit, line: duty.line + 1 },
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

/** Two task names at least this alike (word bigrams) are one task. */
const SAME_TASK = 0.8;

/** Words that say what kind of work, not which work: a duty and a task sharing only these are not one. */
const GENERIC = new Set(
  ("thuc hien trien khai cac don vi co quan lien nhiem vu ke hoach nay phoi hop voi huong dan doc tham muu to chuc " +
    "xay dung tren trong cua cho va de ve theo nham dam bao tiep tuc day manh tang cuong kiem tra tong hop bao cao ket qua xa")
    .split(" "),
);
const content = (key: string) => key.split(" ").filter((w) => w.length > 0 && !GENERIC.has(w));

/** What `describes` reads of a duty: computed once per duty, not once per task it is held against. */
interface DutyIndex {
  /** Its list items of three syllables or more, two of substance, each padded with spaces. */
  readonly phrases: readonly string[];
  /** Its bigrams of substance. */
  readonly grams: ReadonlySet<string>;
}

const dutyIndexCache = new WeakMap<DutyFact, DutyIndex>();
function dutyIndex(duty: DutyFact): DutyIndex {
  let index = dutyIndexCache.get(duty);
  if (!index) {
    const phrases = duty.items.filter((item) => item.split(" ").length >= 3 && content(item).length >= 2).map((item) => ` ${item} `);
    dutyIndexCache.set(duty, (index = { phrases, grams: wordBigrams(content(duty.key)) }));
  }
  return index;
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
 * The duty names the task (`name`, its padded match key; `grams`, its bigrams of substance): one of
 * its list items, three syllables or more, two of substance, is a phrase of the task's name ("ứng
 * dụng AI"), or the duty sentence holds most of the task's substantive words.
 */
function describes(duty: DutyIndex, name: string, grams: ReadonlySet<string>): boolean {
  if (duty.phrases.some((phrase) => name.includes(phrase))) return true;
  // bigrams, not syllables: Vietnamese words are two syllables, and single syllables ("số", "thông")
  // are shared by any two sentences of the genre
  if (grams.size < 5) return false;
  let shared = 0;
  for (const g of grams) if (duty.grams.has(g)) shared++;
  return shared >= 5 && shared / grams.size >= 0.4;
}
