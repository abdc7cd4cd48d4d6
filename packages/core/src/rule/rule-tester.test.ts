import { describe, expect, it } from "vitest";
import { emptyPlan, type Plan } from "../model/plan.ts";
import { defineRule } from "./contract.ts";
import { RuleTester, type RuleTests } from "./rule-tester.ts";

/**
 * A toy reader: one task per line starting with "- ", its lead after " | ". The real reader is injected
 * by the packages that can import it; core tests the tester on its own.
 */
function read(text: string): Plan {
  const plan = emptyPlan();
  let at = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("- ")) {
      const [name, lead] = line.slice(2).split(" | ");
      plan.tasks.push({ name: name!, lead: lead ?? null, partners: [], deadline: null, output: null, span: { start: at, end: at + line.length } });
    }
    at += line.length + 1;
  }
  return plan;
}

const noLead = defineRule({
  meta: {
    id: "test/no-lead",
    category: "other",
    severity: "warning",
    docs: { description: { vi: "x", en: "x" }, url: "https://example.org" },
    messages: { vi: { noLead: "Nhiệm vụ {task} không có đơn vị chủ trì", noTasks: "Không có nhiệm vụ" }, en: { noLead: "Task {task} has no lead", noTasks: "No tasks" } },
  },
  create(context) {
    return {
      task(t) { if (!t.lead) context.report({ messageId: "noLead", data: { task: t.name }, span: t.span }); },
      "plan:exit"(plan) { if (plan.tasks.length === 0) context.report({ messageId: "noTasks" }); },
    };
  },
});

/** Runs the tester's registered tests and returns each one's outcome. */
async function outcomes(tests: RuleTests): Promise<Record<string, string>> {
  const registered: [string, () => Promise<void> | void][] = [];
  const path: string[] = [];
  const tester = new RuleTester({
    read,
    describe: (name, body) => { path.push(name); body(); path.pop(); },
    it: (name, body) => { registered.push([[...path, name].join(" > "), body]); },
  });
  tester.run(noLead, tests);
  const out: Record<string, string> = {};
  for (const [name, body] of registered) {
    try { await body(); out[name] = "ok"; } catch (e) { out[name] = (e as Error).message; }
  }
  return out;
}

const good: RuleTests = {
  valid: [{ text: "- Số hóa hồ sơ | Văn phòng" }, { text: "- Tập huấn | Công an xã\n- Số hóa | Văn phòng" }],
  invalid: [
    { text: "- Số hóa hồ sơ", errors: [{ messageId: "noLead", line: 1, data: { task: "Số hóa hồ sơ" } }] },
    { text: "Không có gì", errors: [{ messageId: "noTasks", line: null }] },
  ],
};

describe("RuleTester", () => {
  it("passes a rule whose cases hold, each case a test of its own", async () => {
    const result = await outcomes(good);
    expect(Object.keys(result)).toHaveLength(5);
    expect(Object.values(result).every((r) => r === "ok")).toBe(true);
  });

  it("fails a case whose line, messageId or data differ, and data left unasserted", async () => {
    const result = await outcomes({
      ...good,
      invalid: [
        { text: "- Số hóa hồ sơ", errors: [{ messageId: "noLead", line: 2, data: { task: "Số hóa hồ sơ" } }] },
        { text: "\n- Tập huấn", errors: [{ messageId: "noLead", line: 2 }] },
        { text: "Không có gì", errors: [{ messageId: "noTasks", line: null }] },
      ],
    });
    expect(result["test/no-lead > invalid > - Số hóa hồ sơ"]).toContain("line 1, expected 2");
    expect(result["test/no-lead > invalid > - Tập huấn"]).toContain('data {"task":"Tập huấn"} is not asserted');
  });

  it("fails a valid case that reports", async () => {
    const result = await outcomes({ ...good, valid: [...good.valid, { text: "- Không chủ trì" }] });
    expect(result["test/no-lead > valid > - Không chủ trì"]).toContain("expected no report");
  });

  it("fails when a messageId is never exercised, a case is duplicated or cases are too few", async () => {
    const result = await outcomes({ valid: [good.valid[0]!, { ...good.valid[0]!, name: "again" }], invalid: [good.invalid[0]!] });
    const check = result["test/no-lead > has well-formed cases that exercise every message"]!;
    expect(check).toContain('messageId "noTasks" is never exercised');
    expect(check).toContain("duplicate case");
    expect(check).toContain("1 invalid case(s): at least two are required");
  });
});
