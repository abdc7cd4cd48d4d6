import { describe, expect, it } from "vitest";
import { findOutdatedUses, frameworksInForce, NATIONAL_FRAMEWORKS, targetsFor } from "../src/index.ts";

const codes = (xs: { indicator: { code: string } }[]) => [...new Set(xs.map((x) => x.indicator.code))];

describe("frameworksInForce", () => {
  it("takes the NQ 57 version in effect: NQ 71 for 2025 and later, NQ 03 if read before April 2025", () => {
    const v = (year: number, asOf?: string) => frameworksInForce(NATIONAL_FRAMEWORKS, year, asOf).find((f) => f.id === "nq-57")?.version;
    expect(v(2025)).toBe("2025-04-01");
    expect(v(2026)).toBe("2025-04-01");
    expect(v(2025, "2025-02-01")).toBe("2025-01-09");
  });
  it("drops frameworks whose years do not cover the plan year", () => {
    const ids = (y: number) => frameworksInForce(NATIONAL_FRAMEWORKS, y).map((f) => f.id).sort();
    expect(ids(2026)).toContain("bcd-tw-2026");
    expect(ids(2027)).not.toContain("bcd-tw-2026");
    expect(ids(2024)).not.toContain("qd-2629");
  });
});

describe("targetsFor a commune plan", () => {
  it("2026: 100% DVCTT toàn trình (QĐ 2629, 2025–2027) and 100% hồ sơ công việc (Ban Chỉ đạo TW 2026); not QĐ 749's 2025 figures", () => {
    const ts = targetsFor({ year: 2026, frameworks: NATIONAL_FRAMEWORKS });
    const toanTrinh = ts.filter((t) => t.indicator.code === "CQS-DVCTT-TOAN-TRINH");
    expect(toanTrinh.map((t) => [t.framework.id, t.target.value])).toEqual([["qd-2629", 100]]);
    const hscv = ts.filter((t) => t.indicator.code === "CQS-HSCV-DIEN-TU" && t.target.confidence !== "unconfirmed");
    expect(hscv.map((t) => [t.framework.id, t.target.value])).toEqual([["bcd-tw-2026", 100]]);
    expect(ts.every((t) => t.target.level === "commune" && t.due === "year")).toBe(true);
    expect(ts.some((t) => t.framework.id === "qd-749")).toBe(false);
    expect(codes(ts)).toContain("NL-CAN-BO-XA-THIET-BI-CHU-KY-SO");
  });
  it("2025: QĐ 749's 60% of commune work files", () => {
    const ts = targetsFor({ year: 2025, frameworks: NATIONAL_FRAMEWORKS }).filter((t) => t.indicator.code === "CQS-HSCV-DIEN-TU");
    expect(ts.find((t) => t.framework.id === "qd-749")?.target.value).toBe(60);
  });
  it("2028: QĐ 2629's second phase (99% satisfaction), no first-phase figure", () => {
    const ts = targetsFor({ year: 2028, frameworks: NATIONAL_FRAMEWORKS }).filter((t) => t.indicator.code === "CQS-HAI-LONG-DVCTT");
    expect(ts.map((t) => t.target.value)).toEqual([99]);
  });
  it("with horizon, adds the 2030 targets (NQ 03/NQ 71 Annex I) as due later", () => {
    const ts = targetsFor({ year: 2026, frameworks: NATIONAL_FRAMEWORKS, horizon: true });
    const later = ts.filter((t) => t.due === "horizon" && t.indicator.code === "CQS-DVCTT-TOAN-TRINH");
    expect(later.map((t) => [t.framework.version, t.target.to, t.target.value])).toEqual([["2025-04-01", 2030, 90]]);
  });
  it("national aggregates only on request", () => {
    expect(codes(targetsFor({ year: 2026, frameworks: NATIONAL_FRAMEWORKS }))).not.toContain("KTS-TY-TRONG-GDP");
    const withNational = targetsFor({ year: 2026, frameworks: NATIONAL_FRAMEWORKS, includeNational: true });
    expect(withNational.find((t) => t.indicator.code === "KTS-TY-TRONG-GDP")?.target.value).toBe(14.5);
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
