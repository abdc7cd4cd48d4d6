/**
 * Planted defects: each example plan is checked clean, then once per defect kind with one defect planted
 * in it. The rule for that kind must fire at the planted line, and nothing else may change: the planted
 * plan's findings, less the clean plan's, are exactly the expected ones.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "@cdsvn/core";
import { knowledge } from "@cdsvn/national";
import { readPlan } from "@cdsvn/reader";
import { describe, expect, it } from "vitest";
import { check, genericRules } from "../src/index.ts";

const examplesDir = join(dirname(fileURLToPath(import.meta.url)), "../../../examples");
const examples = readdirSync(examplesDir).filter((f) => f.endsWith(".txt"));

async function validate(text: string): Promise<Diagnostic[]> {
  const { plan, tree } = await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" });
  return check({ plan, tree, text: tree.text, rules: genericRules, knowledge: knowledge() });
}

const linesOf = (text: string) => text.normalize("NFC").split("\n");
/** A finding as it reads whatever lines were added or removed above it: rule, message, and its line's text. */
const keyOf = (lines: readonly string[], d: Diagnostic) => `${d.ruleId}|${d.messageId}|${d.line === null ? "(document)" : lines[d.line - 1]?.trim()}`;

/** The planted plan's findings that the clean plan does not have. */
function added(clean: string, cleanFindings: Diagnostic[], planted: string, plantedFindings: Diagnostic[]): Diagnostic[] {
  const before = new Map<string, number>();
  for (const d of cleanFindings) before.set(keyOf(linesOf(clean), d), (before.get(keyOf(linesOf(clean), d)) ?? 0) + 1);
  return plantedFindings.filter((d) => {
    const key = keyOf(linesOf(planted), d);
    const n = before.get(key) ?? 0;
    if (n > 0) { before.set(key, n - 1); return false; }
    return true;
  });
}

interface Plant {
  readonly name: string;
  readonly ruleId: string;
  /** Turns a clean plan into the planted one; null when the plan offers no place for this defect. */
  readonly plant: (text: string) => string | null;
  /** Text on the planted line (null: a whole-document finding, with no line). */
  readonly at: string | null;
  /** Findings the defect brings elsewhere by its nature (a broken row also breaks its group's sum). */
  readonly consequences?: (d: Diagnostic, plantedLine: number | null, text: string) => boolean;
}

/** Replaces the first match of `re` through `fn`, or null when there is none. */
const edit = (text: string, re: RegExp, fn: (...m: string[]) => string): string | null => (re.test(text) ? text.replace(re, fn as (s: string) => string) : null);
const lineNumberOf = (text: string, needle: string): number | null => {
  const i = linesOf(text).findIndex((l) => l.includes(needle));
  return i < 0 ? null : i + 1;
};

const PLANTS: readonly Plant[] = [
  {
    name: "an amount changed on a budget row",
    ruleId: "budget/line-arithmetic",
    // a row "… <qty> <unit price> <amount>": the amount grows by a tenth
    plant: (t) => edit(t, /^(\d+\t[^\t\n]+\t[^\t\n]+\t\d+\t[\d.]+\t)([\d.]+)$/m, (_, head, amount) => `${head}${fmt(Number(amount!.replace(/\./g, "")) * 1.1)}`),
    at: "@row",
    // the row's group no longer adds up either; group-sum says so at the group row and names the row to fix
    consequences: (d) => d.ruleId === "budget/group-sum",
  },
  { name: "a target raised to 120%", ruleId: "percent/out-of-range", plant: (t) => edit(t, /^(- (?:Tối thiểu|Trên|Đạt) )(\d+)%/m, (_, head) => `${head}120%`), at: "120%" },
  { name: "a deadline's year swapped for the year before", ruleId: "year/plan-year", plant: (t) => edit(t, /(\tQuý [IV]+\/)(20\d\d)/, (_, head, y) => `${head}${Number(y) - 1}`), at: "@deadline" },
  { name: "\"phường\" written in a xã plan", ruleId: "admin/unit-kind", plant: (t) => edit(t, /(Ủy ban nhân dân )xã( [^\n]+ ban hành)/, (_, a, b) => `${a}phường${b}`), at: "ban hành" },
  { name: "Bộ Thông tin và Truyền thông as a current actor", ruleId: "outdated/institution", plant: (t) => edit(t, /^- Sở Khoa học và Công nghệ;$/m, () => "- Bộ Thông tin và Truyền thông;"), at: "Bộ Thông tin và Truyền thông" },
  { name: "the document number blanked", ruleId: "meta/document-fields", plant: (t) => edit(t, /^Số: \d+\/KH-UBND/m, () => "Số:     /KH-UBND"), at: "Số:     /KH-UBND" },
  {
    name: "a target lowered below the result already reached",
    ruleId: "regression/below-result",
    // the clean plan states last year's result first (so the clean run covers it too), then the target drops below it
    plant: (t) => edit(t, /^- Từ (\d+)% trở lên người dân/m, (_, v) => `- Từ ${Number(v) - 15}% trở lên người dân`),
    at: "% trở lên người dân",
  },
  {
    name: "the budget section deleted",
    ruleId: "sections/required-parts",
    plant: (t) => {
      const from = t.search(/^IV\. KINH PHÍ/m);
      const to = t.search(/^V\. TỔ CHỨC/m);
      return from < 0 || to < from ? null : t.slice(0, from) + t.slice(to);
    },
    at: null,
  },
  { name: "a Quyết định cited as a Nghị quyết", ruleId: "legal/citation", plant: (t) => edit(t, /Căn cứ Quyết định số 2629\/QĐ-TTg ngày 01\/12\/2025/, () => "Căn cứ Nghị quyết số 749/QĐ-TTg ngày 03/6/2020"), at: "749/QĐ-TTg" },
  {
    name: "an indicator repeated with a different target",
    ruleId: "consistency/conflicting-targets",
    plant: (t) => edit(t, /^- 100% cán bộ, công chức xã được bồi dưỡng kỹ năng số cơ bản\.$/m, () => "- Trên 90% hồ sơ thủ tục hành chính được xử lý trực tuyến."),
    at: "Trên 90% hồ sơ thủ tục hành chính",
    // a conflict has two sides: the statement it contradicts is flagged too, pointing back at the planted line
    consequences: (d, line) => d.ruleId === "consistency/conflicting-targets" && d.data?.otherLine === line,
  },
];

function fmt(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** The clean plan with last year's result stated in a review part, so a lowered target has something to fall below. */
function withReview(text: string): string {
  return text.replace(/^I\. MỤC ĐÍCH, YÊU CẦU$/m, "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\nNăm 2025, 65% người dân trưởng thành có tài khoản định danh điện tử mức độ 2.\n\nII. MỤC ĐÍCH, YÊU CẦU");
}

describe.each(examples)("planted defects in examples/%s", (file) => {
  const original = readFileSync(join(examplesDir, file), "utf8").normalize("NFC");

  it("the example is clean", async () => {
    expect((await validate(original)).map((d) => `${d.line}: ${d.ruleId} ${d.message}`)).toEqual([]);
    expect((await validate(withReview(original))).map((d) => `${d.line}: ${d.ruleId} ${d.message}`)).toEqual([]);
  });

  for (const p of PLANTS) {
    it(`${p.name} → ${p.ruleId} at the planted line, nothing else`, async () => {
      const clean = p.ruleId === "regression/below-result" ? withReview(original) : original;
      const planted = p.plant(clean);
      expect(planted, "the example offers a place for this defect").not.toBeNull();
      const cleanFindings = await validate(clean);
      const plantedFindings = await validate(planted!);
      const fresh = added(clean, cleanFindings, planted!, plantedFindings);

      const changed = linesOf(planted!).findIndex((l, i) => l !== linesOf(clean)[i]) + 1;
      const line = p.at === null ? null : p.at.startsWith("@") ? changed : lineNumberOf(planted!, p.at);
      const hits = fresh.filter((d) => d.ruleId === p.ruleId && d.line === line);
      expect(hits.length, `${p.ruleId} at line ${line}; got ${fresh.map((d) => `${d.line} ${d.ruleId}`).join(", ")}`).toBeGreaterThan(0);

      const elsewhere = fresh.filter((d) => !hits.includes(d) && !p.consequences?.(d, line, planted!));
      expect(elsewhere.map((d) => `${d.line}: ${d.ruleId} ${d.message}`)).toEqual([]);
    });
  }
});
