import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { NATIONAL_FRAMEWORKS } from "@cdsvn/national";
import { parseFrameworkFile, readPlan } from "@cdsvn/reader";
import { describe, expect, it } from "vitest";
import { compareWithFrameworks } from "../src/index.ts";
import { endOf } from "../src/compare/effective-framework.ts";

/**
 * A province without a plugin (a made-up Quảng Ngãi commune plan, examples/) compared with a framework
 * its Department gives as a file: the same rows from .xlsx (made by LibreOffice), .csv and .json.
 */
const examples = resolve(import.meta.dirname, "../../../examples/quang-ngai");
const planFile = "xa-nghia-thuan-2026.txt";

async function compareWith(format: "xlsx" | "csv" | "json") {
  const read = await readPlan(readFileSync(resolve(examples, planFile)), { fileName: planFile });
  const file = await parseFrameworkFile(readFileSync(resolve(examples, `quang-ngai-2026.${format}`)), `quang-ngai-2026.${format}`);
  expect(file.problems).toEqual([]);
  const outcome = compareWithFrameworks({ plan: read.plan, text: read.tree.text, frameworks: [...NATIONAL_FRAMEWORKS, ...file.frameworks], province: null });
  if (!outcome.ran) throw new Error(outcome.message);
  return { ...outcome, plan: read.plan };
}

describe.each(["xlsx", "csv", "json"] as const)("a Quảng Ngãi commune plan against the Department's framework (.%s)", (format) => {
  it("gives met, below and missing rows, each with the file's own source", async () => {
    const { comparison } = await compareWith(format);
    const own = Object.fromEntries(comparison.items.filter((i) => i.code?.startsWith("QN26-")).map((i) => [i.code, i.status]));
    expect(own).toEqual({
      "QN26-HSCV": "met",
      "QN26-DVCTT": "below-target",
      "QN26-HAI-LONG": "below-target",
      "QN26-TO-CNS": "met",
      "QN26-KY-NANG-SO": "missing",
      "QN26-TRO-LY-AO": "not-applicable", // its document (20/02/2026) came after the plan (12/01/2026)
    });
    for (const row of comparison.items.filter((i) => i.code?.startsWith("QN26-") && i.status !== "not-applicable")) {
      expect([row.source?.document, row.source?.date, row.frameworkId]).toEqual(["210/KH-UBND", "2025-12-25", "quang-ngai-2026"]);
      expect(row.source?.article).toMatch(/^Mục II\./);
    }
    // the national floor stays beside the province's rows
    expect(comparison.items.find((i) => i.code === "CQS-DVCTT-TOAN-TRINH")?.status).toBe("below-target");
  });

  it("turns a press figure into an info, a confirmed one into an error, and holds no row from a document issued after the plan", async () => {
    const { diagnostics, comparison, plan } = await compareWith(format);
    const byCode = Object.fromEntries(diagnostics.map((d) => [(d.data as { code: string }).code, d.severity]));
    expect([byCode["QN26-DVCTT"], byCode["QN26-HAI-LONG"], byCode["QN26-KY-NANG-SO"]]).toEqual(["error", "info", "warning"]);
    expect(diagnostics.find((d) => (d.data as { code: string }).code === "QN26-HAI-LONG")!.message).toContain("nguồn thứ cấp");
    for (const row of comparison.items) if (row.source?.date && row.status !== "not-applicable") expect(endOf(row.source.date) <= endOf(plan.meta.issuedDate!), row.code!).toBe(true);
  });
});
