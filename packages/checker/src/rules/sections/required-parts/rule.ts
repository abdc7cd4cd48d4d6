import { defineRule, matchKey, type Task } from "@cdsvn/core";
import { analyze, type DocLine } from "../../../analysis/document.ts";
import { similarityOfCounts, wordBigrams } from "../../../analysis/similarity.ts";
import { docsUrl, figuresOf, lineSpan } from "../../helpers.ts";

const id = "sections/required-parts";

/** An amount of money: "1.420.000.000", "150 triệu đồng", "2,5 tỷ"; not "12\tTỷ lệ …" (a row number, then "tỷ lệ"). */
// An amount starts a number (lookbehind): a long run of digits is one attempt, not one per digit.
const MONEY = /(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,}|\d+(?:[.,]\d+)? *(?:trieu|ty)(?! *le\b)(?: *dong)?\b)/;
const ASSIGNMENT = /chu tri|thoi gian (?:thuc hien|hoan thanh)|don vi thuc hien|hoan thanh (?:trong|truoc|quy|thang|nam)|thoi han/;

/**
 * The parts a reviewer needs: a budget estimate with amounts, tasks with lead units and deadlines,
 * quantified targets. Each is reported once, at the section that should have held it.
 */
export const requiredParts = defineRule({
  meta: {
    id,
    category: "missing-section",
    severity: "warning",
    docs: {
      description: { vi: "Thiếu dự toán kinh phí, nhiệm vụ không có đơn vị chủ trì hay thời hạn, không có chỉ tiêu", en: "No budget estimate, tasks without lead units or deadlines, no targets" },
      rationale: { vi: "Không có dự toán thì không bố trí được kinh phí; nhiệm vụ không người chủ trì, không thời hạn thì không theo dõi được.", en: "No estimate, no funding; tasks without an owner or a deadline cannot be followed up." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        noBudget: "Không có dự toán kinh phí: mục kinh phí chỉ nêu nguồn, không có số tiền",
        noTasks: "Không có nhiệm vụ nào có đơn vị chủ trì hoặc thời hạn",
        unassignedTasks: "Các nhiệm vụ ở mục \"{section}\" không có đơn vị chủ trì, thời hạn",
        unassignedGroups: "Các nhóm nhiệm vụ {groups} của mục \"{section}\" không có đơn vị chủ trì, thời hạn và phần lớn không có trong bảng nhiệm vụ, trong khi các nhóm khác có",
        taskWithoutLead: "Nhiệm vụ \"{task}\" không có đơn vị chủ trì",
        noIndicators: "Không có chỉ tiêu định lượng nào",
      },
      en: {
        noBudget: "No budget estimate: the funding section names sources but no amounts",
        noTasks: "No task carries a lead unit or a deadline",
        unassignedTasks: "The tasks under \"{section}\" have no lead unit or deadline",
        unassignedGroups: "Task groups {groups} under \"{section}\" have no lead unit or deadline and are mostly absent from the task table, while the other groups have them",
        taskWithoutLead: "Task \"{task}\" has no lead unit",
        noIndicators: "No quantified target",
      },
    },
    tags: ["structure"],
  },
  create(context) {
    return {
      task(task, index) {
        if (task.lead === null && task.deadline !== null) {
          context.report({ messageId: "taskWithoutLead", data: { task: task.name.slice(0, 80) }, span: task.span, path: `/tasks/${index}/lead` });
        }
      },
      "plan:exit"(plan) {
        // raw text: a missing part is judged from what the section does say (amounts, assignments), not from entities
        const lines = context.text ? analyze(context.text, context.plan).lines : [];
        const heading = (re: RegExp) => lines.find((l) => l.heading && !l.review && re.test(l.ascii));
        // budget: no lines, no total, and no amount written in the funding section
        if (plan.budget.lines.length === 0 && plan.budget.declaredTotal === null) {
          const h = heading(/kinh phi/);
          const section = h ? sectionOf(lines, h) : [];
          const appendixMoney = lines.some((l) => l.appendix && MONEY.test(l.ascii));
          if (!section.some((l) => MONEY.test(l.ascii)) && !appendixMoney) {
            context.report({ messageId: "noBudget", span: h ? lineSpan(section.find((l) => !l.heading && l.ascii.trim()) ?? h) : null, path: "/budget" });
          }
        }
        if (plan.tasks.length === 0 && context.text) {
          // no task table; point at the section that lists tasks without owners
          const h = heading(/nhiem vu/);
          context.report({ messageId: "noTasks", span: h ? lineSpan(h) : null, path: "/tasks" });
        }
        // a forward-looking task section whose items name no lead unit and no deadline
        const h = heading(/nhiem vu|giai phap/);
        if (h && plan.tasks.length > 0) {
          const section = sectionOf(lines, h);
          const items = section.filter((l) => /^\s*(?:[-+•*–]|\d+\.|[a-z]\))\s/.test(l.ascii) || l.heading).length;
          if (items >= 3 && !section.some((l) => ASSIGNMENT.test(l.ascii) || l.text.includes("\t"))) {
            context.report({ messageId: "unassignedTasks", data: { section: h.text.trim().slice(0, 70) }, span: lineSpan(h), path: "/tasks" });
          } else {
            const groups = unassignedGroups(section, plan.tasks);
            if (groups.length > 0) {
              context.report({
                messageId: "unassignedGroups",
                data: { groups: groups.map((g) => g.number).join(", "), section: h.text.trim().slice(0, 70) },
                span: lineSpan(groups[0]!.heading),
                path: "/tasks",
              });
            }
          }
        }
        if (plan.indicators.length === 0 && !figuresOf(plan).some((f) => !f.review)) {
          context.report({ messageId: "noIndicators", span: null, path: "/indicators" });
        }
      },
    };
  },
});

/** The lines under a top-level heading, up to the next heading of the same kind (Roman numeral or part). */
function sectionOf(lines: readonly DocLine[], heading: DocLine): DocLine[] {
  const top = /^\s*(?:#+\s*)?(?:\*\*)?(?:phan\s|[ivx]+\s*[.)]\s|phu luc)/;
  const out: DocLine[] = [heading];
  for (let i = heading.index + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.heading && top.test(l.ascii)) break;
    out.push(l);
  }
  return out;
}

const GROUP_HEADING = /^\s*(?:#+\s*)?(?:\*\*)?(\d+)\s*[.)]\s/;
const ITEM = /^\s*(?:[-+•*–]|[a-z]\))\s/;

/**
 * In a task section where some numbered groups assign a lead unit or a deadline, the groups that
 * assign neither and whose items are mostly missing from the task table (the appendix): those tasks
 * have no owner anywhere. A plan that assigns no group at all is reported as a whole instead.
 */
function unassignedGroups(section: readonly DocLine[], tasks: readonly Task[]): { number: string; heading: DocLine }[] {
  const groups: { number: string; heading: DocLine; lines: DocLine[] }[] = [];
  for (const l of section.slice(1)) {
    const m = l.heading ? GROUP_HEADING.exec(l.ascii) : null;
    if (m) groups.push({ number: m[1]!, heading: l, lines: [] });
    else groups.at(-1)?.lines.push(l);
  }
  const assigned = (g: (typeof groups)[number]) => g.lines.some((l) => ASSIGNMENT.test(l.ascii));
  if (!groups.some(assigned)) return [];
  const taskGrams = tasks.map((t) => wordBigrams(matchKey(t.name).split(" ")));
  // Only a task sharing a bigram with the item can score above 0: each item is scored against those alone.
  const tasksByGram = new Map<string, number[]>();
  taskGrams.forEach((grams, i) => {
    for (const g of grams) {
      const list = tasksByGram.get(g);
      if (list) list.push(i);
      else tasksByGram.set(g, [i]);
    }
  });
  const inTable = (item: DocLine) => {
    const grams = wordBigrams(matchKey(item.text.replace(/^\s*(?:[-+•*–]|[a-z]\))\s/, "")).split(" "));
    // shared bigrams per task, counted through the index: the similarity needs only the counts
    const shared = new Map<number, number>();
    for (const g of grams) for (const i of tasksByGram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) if (similarityOfCounts(n, grams.size, taskGrams[i]!.size) >= 0.5) return true;
    return false;
  };
  return groups.filter((g) => {
    if (assigned(g)) return false;
    const items = g.lines.filter((l) => ITEM.test(l.ascii));
    return items.length >= 2 && items.filter((i) => !inTable(i)).length * 2 > items.length;
  });
}
