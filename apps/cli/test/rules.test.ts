import { describe, expect, it } from "vitest";
import { cds } from "./helpers.ts";

describe("cds rules", { timeout: 120_000 }, () => {
  it("lists generic and plugin rules with category and severity, in Vietnamese by default", () => {
    const r = cds(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^Quy tắc\s+Nhóm\s+Mức\s+Mô tả$/);
    expect(r.stdout).toMatch(/^budget\/group-sum\s+budget-arithmetic\s+error\s+Tổng các dòng con/m);
    expect(r.stdout).toMatch(/^nghe-an\/nq09-date\s+legal-reference\s+info\s+/m);
  });
  it("prints JSON in English", () => {
    const r = cds(["rules", "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; category: string; severity: string; description: string; plugin: string | null }[];
    const row = rows.find((x) => x.id === "percent/out-of-range");
    expect(row).toMatchObject({ category: "percent-range", severity: "error", plugin: null });
    expect(row?.description).toMatch(/^Percentages must lie within/);
    expect(rows.find((x) => x.id === "ha-tinh/budget-estimate")?.plugin).toBe("@cdsvn/plugin-ha-tinh");
  });
});

describe("cds explain", { timeout: 120_000 }, () => {
  it("prints a rule's doc", () => {
    const r = cds(["explain", "budget/line-arithmetic"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("# budget/line-arithmetic\n")).toBe(true);
    expect(r.stdout).toContain("## Thông điệp / Messages");
  });
  it("prints a plugin rule's doc", () => {
    const r = cds(["explain", "nghe-an/nq09-date"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("**Plugin:** @cdsvn/plugin-nghe-an");
  });
  it("rejects an unknown id with one line and exit 2", () => {
    const r = cds(["explain", "budget/nope", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual(['cds: unknown rule "budget/nope" (cds rules lists them)']);
  });
});
