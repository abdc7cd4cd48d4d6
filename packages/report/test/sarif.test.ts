import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { formatReports } from "../src/index.ts";
import { artifactUri } from "../src/format/sarif.ts";
import { richReport } from "./rich-sample.ts";
import { SAMPLE_FILE, SAMPLE_TEXT, sampleReport } from "./sample.ts";

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(resolve(here, "fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8"));
// Both are CommonJS modules whose export is also their own `.default`; that form types under NodeNext.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema has a pattern that is invalid under the u flag;
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function sarifOf(reports = [sampleReport()]) {
  return JSON.parse(formatReports(reports, "sarif", { locale: "vi", color: false, sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]) }));
}

describe("sarif", () => {
  it("validates against the SARIF 2.1.0 schema", () => {
    const log = sarifOf();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the schema check is real: a log with a bad level or no version fails", () => {
    const log = sarifOf();
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
    const { version: _drop, ...noVersion } = sarifOf();
    expect(validate(noVersion)).toBe(false);
  });

  it("still validates with an unreadable file, an absolute Vietnamese path and no findings", () => {
    const unreadable = { file: "/tmp/kế hoạch xã Đông Sơn.docx", plan: null, diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0 } };
    const log = sarifOf([unreadable, sampleReport()]);
    expect(validate(log)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].artifacts[0].location.uri).toBe("file:///tmp/k%E1%BA%BF%20ho%E1%BA%A1ch%20x%C3%A3%20%C4%90%C3%B4ng%20S%C6%A1n.docx");
  });

  it("has one result per finding, with levels, rules and lines", () => {
    const run = sarifOf().runs[0];
    expect(run.results).toHaveLength(5);
    const budget = run.results.find((r: { ruleId: string }) => r.ruleId === "budget/line-arithmetic");
    expect(budget.level).toBe("error");
    expect(budget.locations[0].physicalLocation.region.startLine).toBe(6);
    expect(budget.locations[0].physicalLocation.region.snippet.text).toContain("Trang bị thiết bị");
    expect(budget.properties.expected).toBe(90_000_000);
    expect(run.tool.driver.rules[budget.ruleIndex].id).toBe("budget/line-arithmetic");
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === "meta/blank-number").level).toBe("note");
    const framework = run.results.find((r: { ruleId: string }) => r.ruleId === "framework/coverage");
    expect(framework.locations[0].physicalLocation.region).toBeUndefined();
  });

  it("is written as JSON.stringify(log, null, 2) writes it, its results streamed part by part (none, one file, several)", () => {
    const ctx = { locale: "en", color: false, sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]) } as const;
    const unreadable = { file: "b.docx", plan: null, diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0 } };
    for (const reports of [[], [unreadable], [sampleReport()], [richReport(), unreadable, { ...sampleReport(), file: "c.txt" }]]) {
      const text = formatReports(reports, "sarif", ctx);
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
      expect(JSON.parse(text).runs[0].results).toHaveLength(reports.reduce((n, r) => n + r.diagnostics.length, 0));
    }
  });

  it("keeps relative paths relative to the source root", () => {
    expect(artifactUri("plans/xã An Phú.txt")).toEqual({ uri: "plans/x%C3%A3%20An%20Ph%C3%BA.txt", uriBaseId: "%SRCROOT%" });
    expect(artifactUri("C:\\plans\\a.txt").uri).toBe("file:///C:/plans/a.txt");
  });
});
