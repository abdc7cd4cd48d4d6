import { describe, expect, it } from "vitest";
import { cds } from "./helpers.ts";

describe("cds frameworks", { timeout: 120_000 }, () => {
  it("lists every national framework version", () => {
    const r = cds(["frameworks", "list"]);
    expect(r.code).toBe(0);
    for (const id of ["qd-749@2020-06-03", "nq-57@2025-01-09", "nq-57@2025-04-01", "qd-411@2022-03-31", "qd-2629@2025-12-01", "bcd-tw-2026@2026"]) {
      expect(r.stdout).toContain(id);
    }
  });

  it("shows the version in force for a year, with only that year's targets and their sources", () => {
    const r = cds(["frameworks", "show", "qd-2629", "--year", "2028", "--format", "json"]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout) as { indicators: { code: string; targets: { from: number; to: number; value: number; source: { document: string } }[] }[] };
    const satisfaction = f.indicators.find((i) => i.code === "CQS-HAI-LONG-DVCTT")!;
    expect(new Set(satisfaction.targets.map((t) => t.value))).toEqual(new Set([99]));
    expect(f.indicators.some((i) => i.code === "CQS-DVCTT-TOAN-TRINH")).toBe(false); // 2025–2027 only
    expect(satisfaction.targets.every((t) => t.source.document === "2629/QĐ-TTg")).toBe(true);
  });

  it("prints Vietnamese by default and English with --lang en", () => {
    expect(cds(["frameworks", "show", "nq-57", "--year", "2026"]).stdout).toContain("nguồn: 57-NQ/TW");
    expect(cds(["frameworks", "show", "nq-57", "--year", "2026", "--lang", "en"]).stdout).toContain("source: 57-NQ/TW");
  });

  it("chooses NQ 71 for a 2026 plan, and a version named with @", () => {
    expect(cds(["frameworks", "show", "nq-57", "--year", "2026"]).stdout).toContain("nq-57@2025-04-01");
    expect(cds(["frameworks", "show", "nq-57@2025-01-09"]).stdout).toContain("NQ 03/NQ-CP");
  });

  it("exits 2 with one line on an unknown framework or version", () => {
    const r = cds(["frameworks", "show", "qd-9999"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(cds(["frameworks", "show", "bcd-tw-2026", "--year", "2030"]).code).toBe(2);
  });
});

describe("cds registry", { timeout: 120_000 }, () => {
  it("shows a document found the way plans write it, with its status history and sources", () => {
    const r = cds(["registry", "show", "Nghị định số 73/2019/NĐ-CP"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("73/2019/NĐ-CP");
    expect(r.stdout).toMatch(/bị thay thế bởi 45\/2026\/NĐ-CP/);
    expect(r.stdout).toContain("https://");
  });

  it("flags the wrong kind word in 'NQ 749/QĐ-TTG' and answers JSON", () => {
    const r = cds(["registry", "show", "NQ 749/QĐ-TTG", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ document: { symbol: "749/QĐ-TTg" }, kindMismatch: true });
  });

  it("lists the registry with the status on a date", () => {
    const r = cds(["registry", "list", "--on", "2026-04-01", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/82\/2024\/NĐ-CP .* replaced by 45\/2026\/NĐ-CP/);
    expect(cds(["registry", "list", "--on", "April"]).code).toBe(2);
  });

  it("exits 2 on an unknown document", () => {
    const r = cds(["registry", "show", "QĐ 99999"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("QĐ 99999");
  });
});
