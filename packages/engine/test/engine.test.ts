import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { message } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { createEngine, InputRejected, pluginProblems } from "../src/index.ts";

const root = resolve(import.meta.dirname, "../../..");
const example = new Uint8Array(readFileSync(resolve(root, "examples/xa-an-phu-2026.txt")));
const plugins = [haTinh, haiPhong, thanhHoa, ngheAn];
const withProvince = (bytes: Uint8Array, sentence: string) =>
  new TextEncoder().encode(new TextDecoder().decode(bytes).replace("Triển khai đồng bộ", `${sentence} Triển khai đồng bộ`));

describe("createEngine", () => {
  it("carries its package.json version into every report", async () => {
    const engine = createEngine();
    expect(engine.version).toBe(pkg.version);
    const report = await engine.analyze({ bytes: example, fileName: "xa-an-phu-2026.txt" });
    expect(report.ruleset!.engine).toBe(pkg.version);
    expect(report.file).toBe("xa-an-phu-2026.txt");
  });

  it("detects the province among the plugins it was given, and checks with that plugin's rules", async () => {
    const bytes = withProvince(example, "Căn cứ tình hình thực tế của tỉnh Hà Tĩnh.");
    const national = await createEngine().analyzeDetailed({ bytes, fileName: "p.txt" });
    const provincial = await createEngine({ plugins }).analyzeDetailed({ bytes, fileName: "p.txt" });
    expect(provincial.province.id).toBe("ha-tinh");
    expect(provincial.report.ruleset!.rules).toBe(national.report.ruleset!.rules + haTinh.rules.length);
  });

  it("compares only when asked, and the comparison names the frameworks it used", async () => {
    const engine = createEngine({ plugins });
    expect((await engine.analyze({ bytes: example, fileName: "p.txt" })).comparison).toBeNull();
    const compared = await engine.analyze({ bytes: example, fileName: "p.txt" }, { compare: true });
    expect(compared.comparison).not.toBeNull();
    expect(compared.ruleset!.frameworks.length).toBeGreaterThan(0);
    expect(compared.diagnostics.some((d) => d.ruleId.startsWith("framework/"))).toBe(true);
  });

  it("applies its config: a rule turned off is not reported; an option's config replaces it per input", async () => {
    const engine = createEngine({ plugins, config: { rules: { "meta/document-fields": "off" } } });
    const blank = new TextEncoder().encode(new TextDecoder().decode(example).replace("Số: 15/KH-UBND", "Số:     /KH-UBND"));
    const off = await engine.analyze({ bytes: blank, fileName: "p.txt" });
    expect(off.diagnostics.some((d) => d.ruleId === "meta/document-fields")).toBe(false);
    const on = await engine.analyze({ bytes: blank, fileName: "p.txt" }, { config: {} });
    expect(on.diagnostics.some((d) => d.ruleId === "meta/document-fields")).toBe(true);
  });

  it("takes a Plan JSON object and reports the same plan it was given", async () => {
    const engine = createEngine({ plugins });
    const { report } = await engine.analyzeDetailed({ bytes: example, fileName: "p.txt" });
    const again = await engine.analyze({ plan: report.plan, fileName: "p.json" });
    expect(again.plan?.indicators).toEqual(report.plan?.indicators);
    expect(again.plan?.meta.title).toBe(report.plan?.meta.title);
  });

  it("rejects what it cannot read with InputRejected, saying where", async () => {
    const engine = createEngine();
    await expect(engine.analyze({ bytes: new Uint8Array(), fileName: "empty.txt" })).rejects.toBeInstanceOf(InputRejected);
    await expect(engine.analyze({ plan: { schemaVersion: "1" }, fileName: "x.json" })).rejects.toThrow(/not a plan .*\/meta/);
    await expect(engine.analyze({ bytes: new TextEncoder().encode("{ \"a\": }"), fileName: "x.json" })).rejects.toThrow(/line 1, column 8/);
  });

  it("refuses a document that holds nothing of a plan, at every input, with the catalogue's reason", async () => {
    const engine = createEngine({ plugins });
    const minutes = new TextEncoder().encode("Biên bản họp giao ban. Các đồng chí trao đổi công việc trong tuần và thống nhất lịch trực.\n");
    for (const input of [{ bytes: minutes, fileName: "bien-ban.txt" }, { bytes: minutes, fileName: "bien-ban.md" }]) {
      const refused = await engine.analyze(input).then(() => null, (e: unknown) => e);
      expect(refused).toBeInstanceOf(InputRejected);
      expect(refused).toMatchObject({ fileName: input.fileName, reasonId: "engine.input.notAPlan", reason: message("en", "engine.input.notAPlan") });
      await expect(engine.read(input)).rejects.toMatchObject({ reasonId: "engine.input.notAPlan" });
    }
    // a Plan JSON that holds nothing either, whether built by an application or read from a file
    const { report } = await engine.analyzeDetailed({ bytes: example, fileName: "p.txt" });
    const empty = { ...report.plan!, meta: { ...report.plan!.meta, title: null }, indicators: [], tasks: [], budget: { declaredTotal: null, lines: [] }, legalBases: [] };
    await expect(engine.analyze({ plan: empty, fileName: "p.json" })).rejects.toMatchObject({ reasonId: "engine.input.notAPlan" });
    await expect(engine.analyze({ bytes: new TextEncoder().encode(JSON.stringify(empty)), fileName: "p.json" })).rejects.toMatchObject({ reasonId: "engine.input.notAPlan" });
    // one thing of a plan is enough: a title alone is a plan to review (and to find wanting)
    const titled = new TextEncoder().encode("KẾ HOẠCH\nChuyển đổi số xã An Phú năm 2026\n");
    expect((await engine.analyze({ bytes: titled, fileName: "k.txt" })).plan?.meta.title).not.toBeNull();
    // the reader's own refusals keep their reason and carry no catalogue id
    await expect(engine.analyze({ bytes: new Uint8Array(), fileName: "empty.txt" })).rejects.toMatchObject({ reason: "the file is empty", reasonId: null });
  });

  it("lets a later plugin with the same id replace an earlier one, in its place", () => {
    const copy = { ...haTinh, rules: [] };
    const engine = createEngine({ plugins: [...plugins, copy] });
    expect(engine.plugins.map((p) => p.meta.id)).toEqual(["ha-tinh", "hai-phong", "thanh-hoa", "nghe-an"]);
    expect(engine.findPlugin("Hà Tĩnh")).toBe(copy);
  });
});

describe("pluginProblems", () => {
  it("passes the bundled plugins", () => {
    for (const p of plugins) expect(pluginProblems(p)).toEqual([]);
  });
  it("says what is wrong with something that is not a plugin", () => {
    expect(pluginProblems(null)).toEqual([expect.stringMatching(/^not a province plugin/)]);
    expect(pluginProblems({ meta: {} })).toEqual([expect.stringMatching(/frameworks, documents, rules, recommendedConfig missing/)]);
  });
  it("refuses a plugin made for another engine version, and a range that is not semver", () => {
    expect(pluginProblems({ ...haTinh, meta: { ...haTinh.meta, engine: "^9.0.0" } })).toEqual([expect.stringMatching(/made for engine \^9\.0\.0, this is @cdsvn\/engine/)]);
    expect(pluginProblems({ ...haTinh, meta: { ...haTinh.meta, engine: "soon" } })).toEqual(['/meta/engine: "soon" is not a semver range']);
  });
});

describe("frameworks given as data", () => {
  const national = createEngine({ plugins }).setup("ha-tinh").knowledge.frameworks;
  const own = haTinh.frameworks[0]!;

  it("join the bundled ones for their province (or every province when national), and replace one with their id", () => {
    const newer = { ...own, version: "2026.1" };
    const quangNinh = { ...own, id: "quang-ninh-2026", province: "quang-ninh" };
    const engine = createEngine({ plugins, frameworks: [newer, quangNinh] });
    const forHaTinh = engine.setup("ha-tinh").knowledge.frameworks;
    expect(forHaTinh.filter((f) => f.id === own.id)).toEqual([newer]);
    expect(forHaTinh).toHaveLength(national.length);
    expect(forHaTinh.some((f) => f.id === "quang-ninh-2026")).toBe(false);
    expect(engine.setup("quang-ninh").knowledge.frameworks.some((f) => f.id === "quang-ninh-2026")).toBe(true);
  });

  it("are selected by year when comparing: the report names the framework it used", async () => {
    const quangNinh = { ...own, id: "quang-ninh-2026", province: "quang-ninh", years: { from: 2026, to: 2026 },
      indicators: own.indicators.map((i) => ({ ...i, targets: i.targets.map((t) => ({ ...t, from: 2026, to: 2026 })) })) };
    const engine = createEngine({ plugins, frameworks: [quangNinh] });
    const report = await engine.analyze({ bytes: example, fileName: "p.txt" }, { compare: true, province: "quang-ninh" });
    expect(report.ruleset!.province).toBe("quang-ninh");
    expect(report.ruleset!.frameworks).toContain("quang-ninh-2026");
  });
});
