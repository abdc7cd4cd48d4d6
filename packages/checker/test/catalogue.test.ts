import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { genericCatalogue, genericRules, renderRuleIndex, renderRulePage, rulePageName } from "../src/index.ts";

const docsDir = join(dirname(fileURLToPath(import.meta.url)), "../../../docs/rules");
const entryDir = join(dirname(fileURLToPath(import.meta.url)), "../src");
/** The docs beside the entry module, as the package ships them (the checker itself reads no files). */
const readDoc = (path: string) => (existsSync(join(entryDir, path)) ? readFileSync(join(entryDir, path), "utf8") : null);

describe("rule catalogue", () => {
  it("names a page after the rule id", () => {
    expect(rulePageName("budget/line-arithmetic")).toBe("budget-line-arithmetic.md");
    expect(rulePageName("ha-tinh/budget-estimate")).toBe("ha-tinh-budget-estimate.md");
  });

  for (const entry of genericCatalogue(readDoc)) {
    const id = entry.rule.meta.id;
    it(`${id}: has a hand-written doc, a committed page, and a docs url that points at it`, () => {
      expect(entry.doc).not.toBeNull();
      const page = join(docsDir, rulePageName(id));
      expect(existsSync(page)).toBe(true);
      expect(entry.rule.meta.docs.url.endsWith(`/docs/rules/${rulePageName(id)}`)).toBe(true);
      // The committed page is what the generator writes now (pnpm docs:check says the same for CI).
      expect(readFileSync(page, "utf8")).toBe(renderRulePage(entry));
    });
  }

  it("renders a page with the metadata header, every messageId and the config snippet", () => {
    const entry = genericCatalogue(readDoc).find((e) => e.rule.meta.id === "budget/group-sum")!;
    const page = renderRulePage(entry);
    expect(page.startsWith("# budget/group-sum\n")).toBe(true);
    expect(page).toContain("**Category / Nhóm:** budget-arithmetic");
    for (const key of Object.keys(entry.rule.meta.messages.vi)) expect(page).toContain(`\`${key}\``);
    expect(page).toContain('"budget/group-sum": "error"');
  });

  it("renders messages from the metadata when a rule has no doc", () => {
    const rule = genericRules[0]!;
    const page = renderRulePage({ rule, plugin: "@x/plugin", doc: null });
    expect(page).toContain("**Plugin:** @x/plugin");
    expect(page).toContain(rule.meta.docs.description.en);
    for (const key of Object.keys(rule.meta.messages.vi)) expect(page).toContain(`\`${key}\``);
  });

  it("lists every rule in the index with a link to its page", () => {
    const index = renderRuleIndex(genericCatalogue(readDoc));
    for (const rule of genericRules) expect(index).toContain(`[${rule.meta.id}](${rulePageName(rule.meta.id)})`);
  });
});
