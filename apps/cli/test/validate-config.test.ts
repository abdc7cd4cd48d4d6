import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Config } from "@cdsvn/core";
import { afterAll, describe, expect, it } from "vitest";
import { cds, repoRoot } from "./helpers.ts";

const exampleConfig = resolve(repoRoot, "examples/cds.config.json");
const examplePlan = readFileSync(resolve(repoRoot, "examples/xa-an-phu-2026.txt"), "utf8");

// The example plan with two planted findings: a blank document number (meta/document-fields, a warning by
// default) and a misspelt province name (admin/place-spelling, on by default).
const planted = examplePlan
  .replace("Số: 15/KH-UBND", "Số:     /KH-UBND")
  .replace("Triển khai đồng bộ các nhiệm vụ chuyển đổi số trên địa bàn xã", "Triển khai đồng bộ các nhiệm vụ chuyển đổi số của tỉnh ghệ An trên địa bàn xã");

type Finding = { ruleId: string; severity: string };
const findings = (stdout: string): Finding[] => (JSON.parse(stdout) as { diagnostics: Finding[] }[]).flatMap((r) => r.diagnostics);

describe("cds validate honours cds.config.json", { timeout: 120_000 }, () => {
  const bare = mkdtempSync(join(tmpdir(), "cds-config-"));
  const withConfig = mkdtempSync(join(tmpdir(), "cds-config-"));
  afterAll(() => { rmSync(bare, { recursive: true, force: true }); rmSync(withConfig, { recursive: true, force: true }); });
  writeFileSync(join(bare, "plan.txt"), planted);
  writeFileSync(join(withConfig, "plan.txt"), planted);
  copyFileSync(exampleConfig, join(withConfig, "cds.config.json"));

  it("the example config is valid against the config schema", () => {
    const raw = JSON.parse(readFileSync(exampleConfig, "utf8"));
    expect(raw.$schema).toBe("../docs/schemas/config.schema.json");
    expect(Config.safeParse(raw).success).toBe(true);
  });

  it("without a config, the planted findings come at their default severities", () => {
    const r = cds(["validate", join(bare, "plan.txt"), "--format", "json"]);
    const list = findings(r.stdout);
    expect(list.filter((d) => d.ruleId === "meta/document-fields").map((d) => d.severity)).toEqual(["warning"]);
    expect(list.some((d) => d.ruleId === "admin/place-spelling")).toBe(true);
  });

  it("the nearest config turns a rule off and raises another to error (exit 1)", () => {
    const r = cds(["validate", join(withConfig, "plan.txt"), "--format", "json"]);
    expect(r.code).toBe(1);
    const list = findings(r.stdout);
    expect(list.filter((d) => d.ruleId === "meta/document-fields").map((d) => d.severity)).toEqual(["error"]);
    expect(list.some((d) => d.ruleId === "admin/place-spelling")).toBe(false);
  });

  it("--config applies a config from elsewhere", () => {
    const r = cds(["validate", join(bare, "plan.txt"), "--config", exampleConfig, "--format", "json"]);
    const list = findings(r.stdout);
    expect(list.some((d) => d.ruleId === "admin/place-spelling")).toBe(false);
    expect(list.filter((d) => d.ruleId === "meta/document-fields").map((d) => d.severity)).toEqual(["error"]);
  });

  it("a config naming an unknown rule is a usage error (exit 2)", () => {
    const bad = join(bare, "bad.json");
    writeFileSync(bad, JSON.stringify({ rules: { "budget/nope": "off" } }));
    const r = cds(["validate", join(bare, "plan.txt"), "--config", bad, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule "budget/nope"');
  });
});
