import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FileReport } from "@cdsvn/core";
import haTinh from "@cdsvn/plugin-ha-tinh";
import { afterAll, describe, expect, it } from "vitest";
import { cds, repoRoot } from "./helpers.ts";

/**
 * Config and plugins the way ESLint and Prettier do them: one strict config for every command, and a
 * province plugin from outside the workspace (a plain .mjs in a temp folder, importing nothing) loaded by
 * path and used by detection, validate, compare, export and explain.
 */
const work = mkdtempSync(join(tmpdir(), "cds-plugins-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const example = readFileSync(resolve(repoRoot, "examples/xa-an-phu-2026.txt"), "utf8");
/** The example plan with a blank document number: meta/document-fields reports it (a warning by default). */
const blankNumber = example.replace("Số: 15/KH-UBND", "Số:     /KH-UBND");
/** The example plan as a commune of Quảng Ninh writes it. */
const quangNinhPlan = example.replace("Triển khai đồng bộ", "Căn cứ chỉ đạo của UBND tỉnh Quảng Ninh, tỉnh Quảng Ninh. Triển khai đồng bộ");

const PLUGIN = `// A province plugin as an outside package would ship it: a plain module, no import needed.
const hello = {
  meta: {
    id: "quang-ninh/hello",
    category: "missing-section",
    severity: "warning",
    docs: { description: { vi: "Chào Quảng Ninh", en: "Hello Quảng Ninh" }, url: "./rules/hello.md" },
    messages: { vi: { hello: "Kế hoạch của {unit} thuộc tỉnh Quảng Ninh" }, en: { hello: "A plan of {unit} in Quảng Ninh" } },
  },
  create(context) {
    return { plan(plan) { context.report({ messageId: "hello", data: { unit: plan.meta.unitName ?? "?" } }); } };
  },
};
export default {
  meta: { id: "quang-ninh", name: "Quảng Ninh", names: ["Quảng Ninh", "tỉnh Quảng Ninh"], kind: "tinh", code: "22", engine: "^0.1.0" },
  frameworks: [],
  documents: [],
  rules: [hello],
  recommendedConfig: { province: "quang-ninh" },
};
`;

const pluginDir = join(work, "cds-plugin-quang-ninh");
mkdirSync(join(pluginDir, "rules"), { recursive: true });
writeFileSync(join(pluginDir, "index.mjs"), PLUGIN);
writeFileSync(join(pluginDir, "rules", "hello.md"), "# quang-ninh/hello\n\nChào từ tài liệu của plugin ngoài.\n");
const pluginFile = join(pluginDir, "index.mjs");

/** A framework file for Quảng Ninh 2026: Hà Tĩnh's indicators, renamed, as a province would publish its own. */
const frameworkFile = join(work, "khung-quang-ninh-2026.json");
writeFileSync(frameworkFile, JSON.stringify({
  ...haTinh.frameworks[0]!,
  id: "quang-ninh-2026",
  province: "quang-ninh",
  years: { from: 2026, to: 2026 },
  indicators: haTinh.frameworks[0]!.indicators.map((i) => ({ ...i, code: i.code.replace(/^HT-/, "QN-"), targets: i.targets.map((t) => ({ ...t, from: 2026, to: 2026 })) })),
}));

const planDir = join(work, "plans");
mkdirSync(planDir);
writeFileSync(join(planDir, "xa-quang-ninh.txt"), quangNinhPlan);

const reports = (stdout: string) => JSON.parse(stdout) as FileReport[];

describe("a province plugin from outside the workspace", { timeout: 180_000 }, () => {
  it("loads by path with --plugin: detection picks it, validate runs its rule", () => {
    const r = cds(["validate", join(planDir, "xa-quang-ninh.txt"), "--plugin", pluginFile, "--format", "json"]);
    const [report] = reports(r.stdout);
    expect(report!.ruleset!.province).toBe("quang-ninh");
    expect(report!.plan!.meta.provinceEvidence).toMatch(/"tỉnh Quảng Ninh" ×2/);
    expect(report!.diagnostics.filter((d) => d.ruleId === "quang-ninh/hello").map((d) => d.message)).toEqual(["Kế hoạch của An Phú thuộc tỉnh Quảng Ninh"]);
  });

  it("is used by compare, with a framework file added by --framework", () => {
    const r = cds(["compare", join(planDir, "xa-quang-ninh.txt"), "--plugin", pluginFile, "--framework", frameworkFile, "--format", "json"]);
    const [report] = reports(r.stdout);
    expect(report!.ruleset!.province).toBe("quang-ninh");
    expect(report!.ruleset!.frameworks).toContain("quang-ninh-2026");
    expect(report!.comparison!.items.some((i) => i.code?.startsWith("QN-"))).toBe(true);
  });

  it("--province takes its id or its name", () => {
    const r = cds(["compare", resolve(repoRoot, "examples/xa-an-phu-2026.txt"), "--plugin", pluginFile, "--province", "Quảng Ninh", "--format", "json"]);
    expect(reports(r.stdout)[0]!.ruleset!.province).toBe("quang-ninh");
  });

  it("loads from a config's \"plugins\" (relative to the config), for validate, export, explain and rules", () => {
    const dir = join(work, "with-config");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "plan.txt"), quangNinhPlan);
    writeFileSync(join(dir, "cds.config.json"), JSON.stringify({ plugins: ["../cds-plugin-quang-ninh/index.mjs"], rules: { "quang-ninh/hello": "error" } }));
    const v = cds(["validate", join(dir, "plan.txt"), "--format", "json"]);
    expect(v.code).toBe(1);
    expect(reports(v.stdout)[0]!.diagnostics.find((d) => d.ruleId === "quang-ninh/hello")?.severity).toBe("error");
    const e = cds(["export", join(dir, "plan.txt"), "--to", "json"]);
    expect(reports(e.stdout)[0]!.diagnostics.some((d) => d.ruleId === "quang-ninh/hello")).toBe(true);
    const x = cds(["explain", "quang-ninh/hello", "--config", join(dir, "cds.config.json")]);
    expect(x.code).toBe(0);
    expect(x.stdout).toContain("Chào từ tài liệu của plugin ngoài.");
    const list = cds(["rules", "--plugin", pluginFile, "--format", "json"]);
    expect((JSON.parse(list.stdout) as { id: string }[]).some((row) => row.id === "quang-ninh/hello")).toBe(true);
  });

  it("is refused with one line and exit 2 when it is not a plugin, is made for another engine, or is missing", () => {
    const notAPlugin = join(work, "not-a-plugin.mjs");
    writeFileSync(notAPlugin, "export default { hello: 1 };\n");
    const wrongEngine = join(work, "old-plugin.mjs");
    writeFileSync(wrongEngine, PLUGIN.replace('engine: "^0.1.0"', 'engine: "^9.0.0"'));
    const plan = join(planDir, "xa-quang-ninh.txt");
    for (const [plugin, why] of [
      [notAPlugin, /not a usable province plugin: not a province plugin .*meta, frameworks, documents, rules, recommendedConfig missing/],
      [wrongEngine, /made for engine \^9\.0\.0, this is @cdsvn\/engine 0\.1\.0/],
      [join(work, "nowhere.mjs"), /no such file/],
      ["@nobody/cds-plugin-nowhere", /no package "@nobody\/cds-plugin-nowhere" found/],
    ] as const) {
      const r = cds(["validate", plan, "--plugin", plugin, "--lang", "en"]);
      expect(r.code, plugin).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n"), plugin).toHaveLength(1);
      expect(r.stderr).toMatch(why);
    }
    // Without --lang the line is in Vietnamese, the CLI's default language.
    const vi = cds(["validate", plan, "--plugin", notAPlugin]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/^cds: plugin .*not-a-plugin\.mjs: không dùng được làm plugin tỉnh: /);
  });
});

describe("cds.config.json is one strict config for every command", { timeout: 180_000 }, () => {
  const dir = join(work, "strict");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "plan.txt"), blankNumber);

  it("an unknown key is exit 2, naming the key and the file, for every command that checks", () => {
    const bad = join(dir, "typo.json");
    writeFileSync(bad, JSON.stringify({ provinec: "ha-tinh" }));
    for (const command of ["validate", "compare", "export"]) {
      const r = cds([command, join(dir, "plan.txt"), "--config", bad, ...(command === "export" ? ["--to", "json"] : []), "--lang", "en"]);
      expect(r.code, command).toBe(2);
      expect(r.stderr.trim(), command).toBe(`cds: ${bad}: invalid config: unknown key "provinec"`);
    }
    const vi = cds(["validate", join(dir, "plan.txt"), "--config", bad]);
    expect(vi.code).toBe(2);
    expect(vi.stderr.trim()).toBe(`cds: ${bad}: tệp cấu hình không hợp lệ: không có khóa "provinec" trong cấu hình`);
  });

  it("a rule turned off is off in validate, export and the folder run; the config's province is used by compare", () => {
    writeFileSync(join(dir, "cds.config.json"), JSON.stringify({ province: "ha-tinh", rules: { "meta/document-fields": "off" } }));
    const has = (stdout: string) => reports(stdout).some((r) => r.diagnostics.some((d) => d.ruleId === "meta/document-fields"));
    expect(has(cds(["validate", join(dir, "plan.txt"), "--format", "json"]).stdout)).toBe(false);
    expect(has(cds(["export", join(dir, "plan.txt"), "--to", "json"]).stdout)).toBe(false);
    const folder = cds(["compare", dir, "--format", "json"]);
    expect(reports(folder.stdout).map((r) => r.file)).toEqual([join(dir, "plan.txt")]);
    expect(has(folder.stdout)).toBe(false);
    const c = reports(cds(["compare", join(dir, "plan.txt"), "--format", "json"]).stdout)[0]!;
    expect([c.ruleset!.province, c.plan!.meta.provinceEvidence]).toEqual(["ha-tinh", "cds.config.json"]);
    // Without the config the same plan gets the finding: the test would pass for the wrong reason otherwise.
    expect(has(cds(["validate", join(dir, "plan.txt"), "--config", resolve(repoRoot, "examples/cds.config.json"), "--format", "json"]).stdout)).toBe(true);
  });

  it("cds.config.json inside a plans folder is never taken for a plan, by validate or the folder run", () => {
    const v = cds(["validate", dir, "--format", "json"]);
    expect(v.stderr).not.toContain("cds.config.json");
    expect(reports(v.stdout).map((r) => r.file)).toEqual([join(dir, "plan.txt")]);
    const folder = cds(["compare", dir]);
    expect(folder.stdout).not.toContain("cds.config.json");
  });
});
