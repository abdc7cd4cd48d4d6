import { defineRule, matchKey } from "@cdsvn/core";
import { clauseSimilarity } from "../../../analysis/figures.ts";
import { docsUrl } from "../../helpers.ts";

const id = "consistency/lead-conflict";

const words = (s: string) => matchKey(s).split(" ").filter((w) => w.length > 1);

/** One task must have one lead unit: the same task listed twice with two different leads is a conflict. */
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
      vi: { twoLeads: "Nhiệm vụ \"{task}\" do {lead} chủ trì, nhưng ở chỗ khác lại giao {other}" },
      en: { twoLeads: "Task \"{task}\" is led by {lead}, but elsewhere by {other}" },
    },
    tags: ["task"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        const tasks = plan.tasks.map((t, i) => ({ t, i, w: words(t.name) })).filter((x) => x.t.lead && x.w.length >= 3);
        for (let i = 0; i < tasks.length; i++) {
          for (let j = i + 1; j < tasks.length; j++) {
            const a = tasks[i]!, b = tasks[j]!;
            if (matchKey(a.t.lead!) === matchKey(b.t.lead!)) continue;
            if (clauseSimilarity(a.w, b.w) < 0.8) continue;
            context.report({ messageId: "twoLeads", data: { task: b.t.name.slice(0, 80), lead: b.t.lead, other: a.t.lead }, span: b.t.span, path: `/tasks/${b.i}/lead`, actual: b.t.lead, expected: a.t.lead });
          }
        }
      },
    };
  },
});
