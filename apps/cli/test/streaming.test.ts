import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makePlans } from "../bench/make-plans.ts";
import { cds } from "./helpers.ts";

/**
 * Reports are formatted in the workers and written file by file in input order (report-output.ts): the
 * bytes must not depend on how many workers ran, nor on whether a report went to stdout as it came or to
 * a file at the end.
 */
const dir = mkdtempSync(join(tmpdir(), "cds-streaming-"));
const plans = join(dir, "plans");
const names = makePlans(plans, 7).map((f) => f.slice(plans.length + 1)).sort();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS = ["json", "markdown", "html", "sarif", "stylish"] as const;

function outputs(jobs: number): Record<string, string> {
  const args = FORMATS.map((f) => `--format=${f}:${join(dir, `${jobs}.${f}`)}`);
  const r = cds(["compare", plans, "--jobs", String(jobs), ...args]);
  expect([0, 1]).toContain(r.code);
  return Object.fromEntries(FORMATS.map((f) => [f, readFileSync(join(dir, `${jobs}.${f}`), "utf8")]));
}

describe("reports written as they are ready", () => {
  it("one worker and two write the same bytes in every format, the plans in the folder's order", () => {
    const one = outputs(1);
    const two = outputs(2);
    for (const f of FORMATS) expect(two[f], f).toBe(one[f]);
    const reports = JSON.parse(one.json!) as Array<{ file: string }>;
    expect(reports.map((r) => r.file.slice(plans.length + 1))).toEqual(names);
    const sarif = JSON.parse(one.sarif!) as { runs: Array<{ artifacts: unknown[]; results: Array<{ ruleIndex: number }>; tool: { driver: { rules: unknown[] } } }> };
    expect(sarif.runs[0]!.artifacts).toHaveLength(names.length);
    // Every result names a rule of the run's table, whichever file it came from.
    const rules = sarif.runs[0]!.tool.driver.rules.length;
    expect(sarif.runs[0]!.results.every((r) => r.ruleIndex >= 0 && r.ruleIndex < rules)).toBe(true);
    expect(one.markdown!.endsWith("\n") && !one.markdown!.endsWith("\n\n")).toBe(true);
    expect(one.html).toContain(`id="file-${names.length}"`);
  });

  it("a report on stdout, written as each file is ready, is the report written to a file", () => {
    const file = join(dir, "validate.json");
    const toFile = cds(["validate", plans, "--jobs", "2", "--format", `json:${file}`]);
    const toStdout = cds(["validate", plans, "--jobs", "2", "--format", "json"]);
    expect(toStdout.code).toBe(toFile.code);
    expect(toStdout.stdout).toBe(readFileSync(file, "utf8"));
  });
});
