import { describe, expect, it } from "vitest";
import { NATIONAL_FRAMEWORKS } from "../src/index.ts";
import { findOutdatedUses } from "../src/institutions/facts.ts";

describe("national frameworks from the full texts", () => {
  const byId = (id: string) => NATIONAL_FRAMEWORKS.find((f) => f.id === id)!;
  const items = (id: string, from: number) =>
    byId(id).indicators.flatMap((i) => i.targets.filter((t) => t.from === from).map((t) => t.source.article)).filter((a) => a?.startsWith("Phụ lục I"));

  it("QĐ 2629/QĐ-TTg: every item of Phụ lục I, 10 for 2025–2027 and 12 for 2028–2030 (II.2.1–2 count as one row here: level 5 is not a percentage of units)", () => {
    expect(new Set(items("qd-2629", 2025))).toEqual(new Set(["I.1.1", "I.1.2", "I.1.3", "I.2.1", "I.2.2", "I.2.3", "I.2.4", "I.2.5", "I.2.6", "I.2.7"].map((i) => `Phụ lục I, mục ${i}`)));
    expect(new Set(items("qd-2629", 2028)).size).toBe(11);
  });

  it("QĐ 2629: 100% work files electronic with personal signatures for 2025–2027 at commune level, confirmed, with its item", () => {
    const hscv = byId("qd-2629").indicators.find((i) => i.code === "CQS-HSCV-DIEN-TU")!;
    const commune = hscv.targets.find((t) => t.level === "commune")!;
    expect([commune.from, commune.to, commune.value, commune.confidence, commune.source.article, commune.source.date]).toEqual([2025, 2027, 100, "confirmed", "Phụ lục I, mục I.2.2", "2025-12-01"]);
  });

  it("TB 624/TB-VPCP and QĐ 11/QĐ-BCĐCP set the 2026 commune targets; QĐ 11 is from the press and says so", () => {
    expect(byId("tb-624").indicators.filter((i) => i.targets.some((t) => t.level === "commune" && t.to >= 2026)).map((i) => i.code).sort())
      .toEqual(["CQS-PHI-DIA-GIOI", "CQS-TTHC-DOANH-NGHIEP-TRUC-TUYEN"]);
    const qd11 = byId("qd-11-bcdcp");
    expect(qd11.indicators.flatMap((i) => i.targets).every((t) => t.confidence === "secondary")).toBe(true);
    expect(qd11.effective).toBe("2026-02-28");
  });

  it("cites no press article as a confirmed source, and no site that is not a publisher", () => {
    for (const f of NATIONAL_FRAMEWORKS) for (const i of f.indicators) for (const t of i.targets) {
      expect(`${t.source.article ?? ""}`, `${f.id} ${i.code}`).not.toMatch(/bài báo/);
      expect(t.source.url ?? "", `${f.id} ${i.code}`).not.toMatch(/cuoc|bet|tinthethao/);
    }
  });

  it("marks the shares of communes and the replaced DVCTT levels so no commune is held to them", () => {
    const all = NATIONAL_FRAMEWORKS.flatMap((f) => f.indicators);
    expect(all.find((i) => i.code === "HT-CAP-QUANG-XA")?.aggregate).toBe(true);
    expect(all.find((i) => i.code === "CQS-DVCTT-DA-PHUONG-TIEN")?.superseded?.from).toBe("2022-08-15");
  });
});

describe("findOutdatedUses", () => {
  const ids = (text: string, asOf?: string) => findOutdatedUses(text, undefined, asOf).map((u) => u.fact.id);
  it("finds merged bodies, the district level, and DVCTT levels, with offsets into the text", () => {
    const text = "Sở Thông tin và Truyền thông chủ trì; UBND huyện phối hợp; dịch vụ công trực tuyến mức độ 3, 4; Bộ TT&TT.";
    const uses = findOutdatedUses(text);
    expect(uses.map((u) => u.fact.id)).toEqual([
      "so-tttt-merged-into-so-khcn",
      "district-level-abolished",
      "dvctt-levels-replaced",
      "bo-tttt-merged-into-bo-khcn",
    ]);
    expect(uses[0]!.text).toBe("Sở Thông tin và Truyền thông");
    expect(uses[1]!.text).toBe("UBND huyện");
  });
  it("honours the date: nothing was outdated in 2024 but the DVCTT levels", () => {
    expect(ids("Sở TT&TT; Bộ phận Một cửa; DVCTT mức độ 4", "2024-12-31")).toEqual(["dvctt-levels-replaced"]);
    expect(ids("Bộ phận Một cửa của xã", "2025-07-01")).toEqual(["mot-cua-replaced-by-ttpvhcc"]);
  });
  it("leaves current names alone", () => {
    expect(ids("Sở Khoa học và Công nghệ; Trung tâm Phục vụ hành chính công xã; dịch vụ công trực tuyến toàn trình")).toEqual([]);
  });
});
