import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FileReport } from "@cdsvn/core";
import { afterAll, describe, expect, it } from "vitest";
import { cds, repoRoot } from "./helpers.ts";

/** Files, folders and globs are taken the same way by validate, compare and export (and parse). */
const work = mkdtempSync(join(tmpdir(), "cds-inputs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dir = join(work, "plans");
mkdirSync(join(dir, "nam-2026"), { recursive: true });
copyFileSync(resolve(repoRoot, "examples/xa-an-phu-2026.txt"), join(dir, "a.txt"));
copyFileSync(resolve(repoRoot, "examples/xa-an-phu-2026.html"), join(dir, "nam-2026", "b.html"));
writeFileSync(join(dir, ".hidden.txt"), "not shown");
writeFileSync(join(dir, "cds.config.json"), "{}");

const files = (stdout: string) => (JSON.parse(stdout) as FileReport[]).map((r) => r.file);
const expected = [join(dir, "a.txt"), join(dir, "nam-2026", "b.html")];

describe("inputs", { timeout: 180_000 }, () => {
  it("a folder is every file under it, sorted, without hidden files or the config", () => {
    expect(files(cds(["validate", dir, "--format", "json"]).stdout)).toEqual(expected);
    expect(files(cds(["export", dir, "--to", "json"]).stdout)).toEqual(expected);
  });

  it("a glob the shell did not expand is its matches, sorted; one that matches nothing is a missing file", () => {
    expect(files(cds(["compare", join(dir, "**", "*.{txt,html}"), "--format", "json"]).stdout)).toEqual(expected);
    const none = cds(["validate", join(dir, "*.pdf")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("không có tệp này");
  });

  it("a cds.config.json named among the plans (the shell's expansion of plans/*) is left out, and alone is a usage error", () => {
    expect(files(cds(["validate", join(dir, "a.txt"), join(dir, "cds.config.json"), "--format", "json"]).stdout)).toEqual([join(dir, "a.txt")]);
    const alone = cds(["validate", join(dir, "cds.config.json"), "--lang", "en"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr.trim()).toBe(`cds: ${join(dir, "cds.config.json")}: a config, not a plan (give the plans; their cds.config.json is found by itself)`);
  });
});
