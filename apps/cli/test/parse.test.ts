import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Plan } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { cds } from "./helpers.ts";

describe("cds parse", () => {
  it("prints the plan JSON contract, valid against the Plan schema", () => {
    const r = cds(["parse", "examples/xa-an-phu-2026.txt", "--format", "json"]);
    expect(r.code).toBe(0);
    const plan = Plan.parse(JSON.parse(r.stdout));
    expect(plan.meta.unitName).toBe("An Phú");
    expect(plan.meta.planYear).toBe(2026);
  });

  it("prints a Vietnamese summary by default and English with --lang en", () => {
    expect(cds(["parse", "examples/xa-an-phu-2026.txt"]).stdout).toContain("Năm kế hoạch: 2026");
    expect(cds(["parse", "examples/xa-an-phu-2026.txt", "--lang", "en"]).stdout).toContain("Plan year: 2026");
  });

  it("exits 2 with one line naming a missing file", () => {
    const r = cds(["parse", "missing.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["cds: missing.txt: không có tệp này"]);
    expect(r.stdout).toBe("");
  });

  it("exits 2 on an image", () => {
    const dir = mkdtempSync(join(tmpdir(), "cds-"));
    const png = join(dir, "image.png");
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const r = cds(["parse", png]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/image\.png: định dạng không hỗ trợ: ảnh PNG/);
  });

  it("exits 2 on a usage error", () => {
    expect(cds(["parse"]).code).toBe(2);
    expect(cds(["parse", "x.txt", "--format", "yaml"]).code).toBe(2);
  });
});
