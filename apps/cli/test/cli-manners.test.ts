import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cds, repoRoot } from "./helpers.ts";

// Issue 15 item 5: an unknown --province, rule id or flag gets the closest ids; one rule for --province
// in validate, compare and export; an implausible --year is a usage error.
const shared = resolve(repoRoot, "../shared/seeds");
const seed = resolve(shared, "ha-tinh_ky-hoa_2026.txt");

describe.skipIf(!existsSync(seed))("CLI manners", () => {
  for (const command of [["validate"], ["compare"], ["export", "--to", "json"]]) {
    it(`${command[0]}: a mistyped --province is refused (exit 2) with the closest id, in the user's language`, () => {
      const r = cds([...command, seed, "--province", "ha-tihn"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim()).toBe('cds: --province: không biết tỉnh "ha-tihn"; có phải ý bạn là ha-tinh?');
    });
  }

  it("a province of Vietnam without a plugin is accepted, with national checks and a note", () => {
    const r = cds(["validate", seed, "--province", "Quảng Ngãi", "--format", "json", "--lang", "en"]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toContain("cds: --province quang-ngai: no plugin for this province; national checks only");
    const reports = JSON.parse(r.stdout) as { plan: { meta: { province: string } } }[];
    expect(reports[0]!.plan.meta.province).toBe("quang-ngai");
  });

  it("a word that is no province and near none lists the provinces with a plugin", () => {
    const r = cds(["validate", seed, "--province", "atlantis", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown province "atlantis"; provinces with a plugin: .*ha-tinh/);
  });

  it("a province merged on 1 July 2025 suggests the one it is now part of first", () => {
    const r = cds(["validate", seed, "--province", "Hà Nam", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown province "Hà Nam"; did you mean ninh-binh\b/);
  });

  it("--year outside the plausible plan years is a usage error, before any file is read", () => {
    const r = cds(["compare", "no-such-file.txt", "--year", "1990"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("cds: --year 1990: năm kế hoạch phải trong khoảng 2000–2050");
  });

  it("cds explain suggests the closest rule id", () => {
    const r = cds(["explain", "budget/grup-sum", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('cds: unknown rule "budget/grup-sum" (cds rules lists them); did you mean budget/group-sum?');
  });

  it("an unknown flag gets effect/cli's own suggestion", () => {
    const r = cds(["validate", seed, "--provnce", "ha-tinh"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--province");
  });
});
