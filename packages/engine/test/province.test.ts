import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { emptyPlan, type Plan } from "@cdsvn/core";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { describe, expect, it } from "vitest";
import { createEngine, createProvinceDetector } from "../src/index.ts";

/** Province detection, plugin lookup and knowledge assembly (moved here from the CLI with their tests). */
const shared = resolve(import.meta.dirname, "../../../../shared");
const plugins = [haTinh, haiPhong, thanhHoa, ngheAn];
const engine = createEngine({ plugins });
const detectProvince = (plan: Plan, text: string, among: typeof plugins) => createProvinceDetector(among)(plan, text);
const findPlugin = (idOrName: string) => engine.findPlugin(idOrName);
const knowledgeFor = (province: string | null) => engine.setup(province).knowledge;

describe.skipIf(!existsSync(shared))("detectProvince on the seeds", () => {
  const cases: [string, string][] = [
    ["ha-tinh_ky-hoa_2026.txt", "ha-tinh"],
    ["ha-tinh_son-hong_2027.txt", "ha-tinh"],
    ["hai-phong_tan-ky_2026.txt", "hai-phong"],
    ["nghe-an_hop-minh_2025.txt", "nghe-an"],
    ["thanh-hoa_giao-an_2026.md", "thanh-hoa"],
  ];
  it.each(cases)("%s → %s, with the evidence", (file, id) => {
    const text = readFileSync(resolve(shared, "seeds", file), "utf8");
    const detected = detectProvince(emptyPlan(), text, plugins);
    expect(detected && "id" in detected ? detected.id : detected).toBe(id);
    expect(detected && "id" in detected ? detected.evidence.length : 0).toBeGreaterThan(0);
  });
});

describe("detectProvince", () => {
  it("reads the unit word and either tone placement, and is not fooled by 'công nghệ an toàn'", () => {
    const found = detectProvince(emptyPlan(), "UBND xã Giao An, tỉnh Thanh Hoá. Ứng dụng công nghệ an toàn thông tin.", plugins);
    expect(found).toEqual({ id: "thanh-hoa", evidence: ['"tỉnh Thanh Hóa" ×1'] });
    expect(detectProvince(emptyPlan(), "ứng dụng công nghệ an toàn, nghệ an ninh", plugins)).toBeNull();
  });
  it("counts a name after its unit word (each spelling, any spaces) as qualified, and the others as bare", () => {
    const text = "TP. Hải Phòng; TP  Hải Phòng; THÀNH PHỐ\u00A0Hải Phòng; thành phố Hải Phòng; Hải Phòng; xtỉnh Hải Phòng; tỉnhHải Phòng";
    const found = detectProvince(emptyPlan(), text, plugins);
    expect(found).toEqual({ id: "hai-phong", evidence: ['"thành phố Hải Phòng" ×4', '"Hải Phòng" ×2'] });
  });
  it("takes a former name as evidence for the province it merged into", () => {
    const found = detectProvince(emptyPlan(), "Kế hoạch số 1914/KH-UBND của UBND tỉnh Hải Dương", plugins);
    expect(found && "id" in found ? found.id : null).toBe("hai-phong");
  });
  it("words its evidence in the report's language (Vietnamese by default)", () => {
    const plan: Plan = { ...emptyPlan(), meta: { ...emptyPlan().meta, province: "hai-phong" } };
    const text = "Kế hoạch số 1914/KH-UBND của UBND tỉnh Hải Dương";
    const vi = createProvinceDetector(plugins)(plan, text);
    const en = createProvinceDetector(plugins)(plan, text, "en");
    expect(vi && "id" in vi ? vi.evidence : vi).toEqual(['"Hải Dương" (đã nhập vào Hải Phòng) ×1', "phỏng đoán của bộ đọc"]);
    expect(en && "id" in en ? en.evidence : en).toEqual(['"Hải Dương" (merged into Hải Phòng) ×1', "the reader's guess"]);
  });
  it("says when two provinces are named about equally", () => {
    const found = detectProvince(emptyPlan(), "Học tập kinh nghiệm tỉnh Hà Tĩnh và tỉnh Nghệ An", plugins);
    expect(found && "ambiguous" in found ? found.ambiguous.map((c) => c.id).sort() : found).toEqual(["ha-tinh", "nghe-an"]);
  });
});

describe("knowledgeFor", () => {
  it("adds the province's frameworks to the national ones, and nothing for an unknown province", () => {
    const national = knowledgeFor(null);
    const haTinh = knowledgeFor("ha-tinh");
    expect(haTinh.frameworks.length).toBeGreaterThan(national.frameworks.length);
    expect(haTinh.frameworks.some((f) => f.id === "ha-tinh-nq05-2025")).toBe(true);
    expect(national.frameworks.some((f) => f.province !== null)).toBe(false);
    expect(knowledgeFor("quang-ninh")).toEqual(national);
  });
  it("knows every province's documents whatever the plan's province: plans cite their neighbours' too", () => {
    const symbols = (k: ReturnType<typeof knowledgeFor>) => new Set(k.documents.map((d) => d.symbol));
    const national = symbols(knowledgeFor(null));
    const haTinh = symbols(knowledgeFor("ha-tinh"));
    expect(haTinh).toEqual(national);
    expect([...national].some((s) => /\/TU$/.test(s))).toBe(true); // province party documents are in the registry
  });
  it("finds a plugin by id or by any spelling of the name", () => {
    expect(findPlugin("Thanh Hoá")?.meta.id).toBe("thanh-hoa");
    expect(findPlugin("TP. Hải Phòng")?.meta.id).toBe("hai-phong");
    expect(findPlugin("hà tĩnh")?.meta.id).toBe("ha-tinh");
  });
});
