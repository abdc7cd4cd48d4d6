import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { cds, repoRoot } from "./helpers.ts";

/**
 * What `cds parse` and `cds validate` print must validate against the JSON Schemas published in
 * docs/schemas (generated from the zod model): the contract other apps code against.
 */
const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, "docs/schemas", name), "utf8")) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validPlan = ajv.compile(schema("plan.schema.json"));
const validReport = ajv.compile(schema("report.schema.json"));

const shared = join(repoRoot, "..", "shared", "seeds");
const seeds = existsSync(shared) ? readdirSync(shared).map((f) => join(shared, f)) : [];

describe("published JSON Schemas", () => {
  it.each(["examples/xa-an-phu-2026.txt", "examples/xa-an-phu-2026.docx", ...seeds])("cds parse %s --format json is a valid Plan", (file) => {
    const r = cds(["parse", file, "--format", "json"]);
    expect(r.code).toBe(0);
    const ok = validPlan(JSON.parse(r.stdout));
    expect(validPlan.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("cds validate --format json is a valid Report", () => {
    const r = cds(["validate", "examples/xa-an-phu-2026.txt", "--format", "json"]);
    expect([0, 1]).toContain(r.code);
    const ok = validReport(JSON.parse(r.stdout));
    expect(validReport.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects what is not a plan", () => {
    expect(validPlan({ schemaVersion: "1", meta: {} })).toBe(false);
  });
});
