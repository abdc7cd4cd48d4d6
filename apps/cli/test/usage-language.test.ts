import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cds, repoRoot } from "./helpers.ts";

/**
 * The usage errors of the registry, the frameworks, config files and framework files speak the run's
 * language: Vietnamese by default, English with --lang en. Each is one line on stderr, exit 2.
 */
const work = mkdtempSync(join(tmpdir(), "cds-usage-lang-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const plan = resolve(repoRoot, "examples/xa-an-phu-2026.txt");

function oneLine(args: readonly string[]): string {
  const r = cds(args);
  expect(r.code, args.join(" ")).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trim().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  return lines[0]!;
}

describe("usage errors in the run's language", { timeout: 120_000 }, () => {
  it("cds registry: a bad --on date and an unknown document", () => {
    expect(oneLine(["registry", "list", "--on", "06/12/2026"])).toBe('cds: --on cần một ngày dạng YYYY-MM-DD, không phải "06/12/2026"');
    expect(oneLine(["registry", "list", "--on", "06/12/2026", "--lang", "en"])).toBe('cds: --on wants a date as YYYY-MM-DD, not "06/12/2026"');
    expect(oneLine(["registry", "show", "QĐ 99999"])).toMatch(/^cds: không có văn bản "QĐ 99999" trong danh mục/);
  });

  it("cds frameworks: an unknown framework, a missing version, an .xlsx to the terminal", () => {
    expect(oneLine(["frameworks", "show", "khong-co"])).toMatch(/^cds: không có khung "khong-co" \(các khung: .+\)$/);
    expect(oneLine(["frameworks", "show", "khong-co", "--lang", "en"])).toMatch(/^cds: unknown framework "khong-co" \(known: .+\)$/);
    expect(oneLine(["frameworks", "template", "--to", "xlsx", "-o", "-"])).toBe("cds: không ghi tệp .xlsx ra màn hình: hãy cho -o TỆP");
  });

  it("a config with a value of the wrong type is explained in Vietnamese too (zod's own Vietnamese)", () => {
    const config = join(work, "wrong-type.json");
    writeFileSync(config, JSON.stringify({ planYear: "năm nay" }));
    const vi = oneLine(["validate", plan, "--config", config]);
    expect(vi).toMatch(/^cds: .*wrong-type\.json: tệp cấu hình không hợp lệ: planYear: /);
    expect(vi).not.toMatch(/expected|invalid input/i);
    expect(oneLine(["validate", plan, "--config", config, "--lang", "en"])).toMatch(/^cds: .*wrong-type\.json: invalid config: planYear: /);
  });

  it("a framework file that is missing or wrong", () => {
    expect(oneLine(["validate", plan, "--framework", join(work, "none.xlsx")])).toBe("cds: khung " + join(work, "none.xlsx") + ": không đọc được (không có tệp này)");
    const bad = join(work, "bad.csv");
    writeFileSync(bad, "không phải khung\n1,2,3\n");
    const vi = oneLine(["validate", plan, "--framework", bad]);
    expect(vi).toMatch(/^cds: khung .*bad\.csv: /);
    const en = oneLine(["validate", plan, "--framework", bad, "--lang", "en"]);
    expect(en).toMatch(/^cds: framework .*bad\.csv: /);
    expect(vi.slice(vi.indexOf("bad.csv"))).not.toBe(en.slice(en.indexOf("bad.csv")));
  });
});
