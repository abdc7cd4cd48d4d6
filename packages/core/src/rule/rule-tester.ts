import type { Plan } from "../model/plan.ts";
import { lineIndex, lineOf } from "../text/lines.ts";
import { EMPTY_KNOWLEDGE, type Knowledge, type Locale, type Rule, type RuleReport } from "./contract.ts";
import { visitPlan } from "./visit.ts";

/**
 * A strict rule tester in ESLint's manner (`RuleTester` of eslint/eslint): a rule's valid and invalid
 * cases are plan *texts*, read by the reader the caller injects (core cannot import it), so a rule is
 * tested on what the product really extracts. Strict where a lax tester lets defects through:
 * - every invalid case lists its reports, each with messageId, line and (when the rule gives any) data;
 * - a messageId the rule declares but no invalid case produces fails the run (an untested message);
 * - duplicate cases, fewer than two valid or two invalid cases, and messages with placeholders the
 *   report's data does not fill are errors;
 * - messages exist in every locale with the same ids.
 */

/** What the case runs with besides its text. */
export interface RuleTestCase {
  /** Shown in the test name; defaults to the text's first line. */
  readonly name?: string;
  /** The plan as a commune would write it (plain text, read by the injected reader). */
  readonly text: string;
  /** Rule options, validated by the rule's schema (defaults apply). */
  readonly options?: unknown;
  /** Overrides of what the plan says: the year it is checked for, the province. */
  readonly planYear?: number | null;
  readonly province?: string | null;
  /** The knowledge for this case; defaults to the tester's. */
  readonly knowledge?: Knowledge;
}

/** One report an invalid case expects. */
export interface ExpectedReport {
  readonly messageId: string;
  /** 1-based line of the report's span in the text; null for a finding about the whole plan. */
  readonly line: number | null;
  /** Required when the rule reports data: asserted exactly. */
  readonly data?: Readonly<Record<string, string | number | null>>;
}

/** A case the rule must report on, with every report it expects, in the order the engine sorts them. */
export interface InvalidRuleTestCase extends RuleTestCase {
  readonly errors: readonly ExpectedReport[];
}

/**
 * A rule's cases for `RuleTester.run`: at least two valid and two invalid, no duplicates, and together
 * they produce every message the rule declares.
 */
export interface RuleTests {
  readonly valid: readonly RuleTestCase[];
  readonly invalid: readonly InvalidRuleTestCase[];
}

/**
 * How a RuleTester reads and runs cases: the reader that turns a case's text into a Plan (core cannot
 * import @cdsvn/reader, so the caller injects it), the knowledge and locale, and the test framework's
 * `describe` and `it`.
 */
export interface RuleTesterOptions {
  /** Turns a plan text into the plan the product would check (the reader). */
  readonly read: (text: string) => Plan | Promise<Plan>;
  readonly knowledge?: Knowledge;
  readonly locale?: Locale;
  /** The test framework's `describe` and `it` (vitest's, node:test's). */
  readonly describe: (name: string, body: () => void) => void;
  readonly it: (name: string, body: () => Promise<void> | void) => void;
}

/** A report as the tester sees it: with its line, sorted like the engine's output. */
export interface TestedReport extends RuleReport {
  readonly line: number | null;
}

/**
 * The strict rule tester, in ESLint's manner: registers a rule's valid and invalid cases as tests of the
 * caller's test framework. Cases are plan texts read by the injected reader. Every invalid case lists
 * its reports (messageId, 1-based line, data when the rule gives any); a declared message no case
 * produces, duplicate cases, fewer than two valid or two invalid cases, and placeholders the data
 * leaves unfilled all fail, each with a message that says which.
 *
 * @example
 * ```ts
 * import { RuleTester } from "@cdsvn/core";
 * import { readPlan } from "@cdsvn/reader";
 * import { describe, it } from "vitest";
 * import { nq09Date } from "./rule.ts";
 *
 * const read = async (text: string) => (await readPlan(new TextEncoder().encode(text), { fileName: "plan.txt" })).plan;
 * // A case is a plan as a commune writes it: the header, then the lines under test (line 7 on).
 * const plan = (line: string) => `ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 15/KH-UBND\nAn Phú, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\nChuyển đổi số xã An Phú năm 2026\n${line}`;
 * const doubtful = [{ messageId: "doubtfulDate", line: 7, data: { cited: "15/10/2021", expected: "05/8/2022" } }];
 *
 * new RuleTester({ read, describe, it }).run(nq09Date, {
 *   valid: [
 *     { text: plan("Căn cứ Nghị quyết số 09-NQ/TU ngày 05/8/2022 của Ban Chấp hành Đảng bộ tỉnh;") },
 *     { text: plan("Căn cứ Nghị quyết số 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh;") },
 *   ],
 *   invalid: [
 *     { text: plan("Căn cứ Nghị quyết số 09-NQ/TU ngày 15/10/2021 của Tỉnh ủy;"), errors: doubtful },
 *     { text: plan("Căn cứ Nghị quyết số 09-NQ/TU ngày 15 tháng 10 năm 2021 của Tỉnh ủy;"), errors: doubtful },
 *   ],
 * });
 * ```
 */
export class RuleTester {
  private readonly options: RuleTesterOptions;
  constructor(options: RuleTesterOptions) {
    this.options = options;
  }

  /** Registers one test per case, and one that checks the cases themselves. */
  run(rule: Rule, tests: RuleTests): void {
    const { describe, it } = this.options;
    describe(rule.meta.id, () => {
      it("has well-formed cases that exercise every message", () => {
        const problems = caseProblems(rule, tests);
        if (problems.length > 0) throw new Error(`${rule.meta.id}:\n- ${problems.join("\n- ")}`);
      });
      describe("valid", () => {
        for (const c of tests.valid) {
          it(caseName(c), async () => {
            const reports = await this.reports(rule, c);
            if (reports.length > 0) throw new Error(`expected no report, got:\n${reports.map(show).join("\n")}`);
          });
        }
      });
      describe("invalid", () => {
        for (const c of tests.invalid) {
          it(caseName(c), async () => {
            const problems = compare(rule, await this.reports(rule, c), c.errors);
            if (problems.length > 0) throw new Error(problems.join("\n"));
          });
        }
      });
    });
  }

  /** What the rule reports on one case, with lines, in the engine's order (line, then position). */
  async reports(rule: Rule, c: RuleTestCase): Promise<TestedReport[]> {
    const plan = await this.options.read(c.text);
    const text = plan.facts?.text ?? c.text;
    const starts = lineIndex(text);
    const out: TestedReport[] = [];
    const meta = rule.meta;
    const options = meta.options ? meta.options.parse(c.options ?? meta.defaultOptions ?? {}) : (c.options ?? meta.defaultOptions);
    const visitors = rule.create({
      plan,
      tree: null,
      text,
      options,
      planYear: c.planYear !== undefined ? c.planYear : plan.meta.planYear,
      province: c.province !== undefined ? c.province : plan.meta.province,
      knowledge: c.knowledge ?? this.options.knowledge ?? EMPTY_KNOWLEDGE,
      locale: this.options.locale ?? "vi",
      report: (r) => out.push({ ...r, line: r.span && text.length > 0 ? lineOf(starts, Math.min(r.span.start, text.length)) : null }),
    });
    visitPlan(plan, visitors);
    return out
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (a.r.line ?? 0) - (b.r.line ?? 0) || (a.r.span?.start ?? 0) - (b.r.span?.start ?? 0) || a.i - b.i)
      .map(({ r }) => r);
  }
}

function caseName(c: RuleTestCase): string {
  return c.name ?? (c.text.split("\n").find((l) => l.trim()) ?? "(empty)").trim().slice(0, 90);
}

const key = (c: RuleTestCase) => stable({ ...c, name: undefined });

function caseProblems(rule: Rule, tests: RuleTests): string[] {
  const problems: string[] = [];
  const ids = Object.keys(rule.meta.messages.vi).sort();
  for (const locale of Object.keys(rule.meta.messages) as Locale[]) {
    const other = Object.keys(rule.meta.messages[locale]).sort();
    if (stable(other) !== stable(ids)) problems.push(`messages in "${locale}" (${other.join(", ")}) differ from "vi" (${ids.join(", ")})`);
  }
  if (tests.valid.length < 2) problems.push(`${tests.valid.length} valid case(s): at least two are required`);
  if (tests.invalid.length < 2) problems.push(`${tests.invalid.length} invalid case(s): at least two are required`);
  const seen = new Set<string>();
  for (const c of [...tests.valid, ...tests.invalid]) {
    const k = key(c);
    if (seen.has(k)) problems.push(`duplicate case: ${caseName(c)}`);
    seen.add(k);
  }
  const exercised = new Set<string>();
  for (const c of tests.invalid) {
    if (c.errors.length === 0) problems.push(`invalid case with no expected report: ${caseName(c)}`);
    for (const e of c.errors) {
      if (!ids.includes(e.messageId)) problems.push(`unknown messageId "${e.messageId}" in: ${caseName(c)}`);
      exercised.add(e.messageId);
    }
  }
  for (const id of ids) if (!exercised.has(id)) problems.push(`messageId "${id}" is never exercised by an invalid case`);
  return problems;
}

function compare(rule: Rule, actual: readonly TestedReport[], expected: readonly ExpectedReport[]): string[] {
  const problems: string[] = [];
  if (actual.length !== expected.length) {
    problems.push(`expected ${expected.length} report(s), got ${actual.length}:\n${actual.map(show).join("\n")}`);
    return problems;
  }
  actual.forEach((a, i) => {
    const e = expected[i]!;
    const at = `report ${i + 1}`;
    if (a.messageId !== e.messageId) problems.push(`${at}: messageId "${a.messageId}", expected "${e.messageId}"`);
    if (a.line !== e.line) problems.push(`${at}: line ${a.line}, expected ${e.line}`);
    const data = a.data ?? {};
    if (e.data === undefined && Object.keys(data).length > 0) problems.push(`${at}: data ${stable(data)} is not asserted`);
    if (e.data !== undefined && stable(data) !== stable(e.data)) problems.push(`${at}: data ${stable(data)}, expected ${stable(e.data)}`);
    for (const locale of Object.keys(rule.meta.messages) as Locale[]) {
      const template = rule.meta.messages[locale][a.messageId] ?? "";
      for (const m of template.matchAll(/\{(\w+)\}/g)) {
        if (!(m[1]! in data)) problems.push(`${at}: the "${locale}" message needs {${m[1]}}, which the report's data lacks`);
      }
    }
  });
  return problems;
}

function show(r: TestedReport): string {
  return `  line ${r.line}: ${r.messageId} ${stable(r.data ?? {})}`;
}

/** JSON with sorted keys, undefined dropped: equal values give equal strings. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}
