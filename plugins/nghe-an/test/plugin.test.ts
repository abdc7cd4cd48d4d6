import { checkPlugin, emptyPlan, runRule, type LegalBasis } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { nq09Date, plugin } from "../src/index.ts";

describe("@cdsvn/plugin-nghe-an", () => {
  it("passes the conformance kit", () => {
    expect(checkPlugin(plugin)).toEqual([]);
  });
});

describe("nghe-an/nq09-date", () => {
  const planCiting = (symbol: string, date: string | null) => {
    const p = emptyPlan();
    const basis: LegalBasis = { symbol, number: symbol.split("-")[0]!, kind: "nghi-quyet", date, issuer: "Ban Chấp hành Đảng bộ tỉnh", span: { start: 10, end: 40 } };
    p.legalBases.push(basis);
    return p;
  };
  it("accepts the press date, an undated citation and other documents", () => {
    expect(runRule(nq09Date, { plan: planCiting("09-NQ/TU", "2022-08-05") })).toEqual([]);
    expect(runRule(nq09Date, { plan: planCiting("09-NQ/TU", null) })).toEqual([]);
    expect(runRule(nq09Date, { plan: planCiting("57-NQ/TW", "2021-10-15") })).toEqual([]);
  });
  it("points at a citation dated 15/10/2021", () => {
    const reports = runRule(nq09Date, { plan: planCiting("09-NQ/TU", "2021-10-15") });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ messageId: "doubtfulDate", path: "/legalBases/0", expected: "2022-08-05", severity: "info" });
  });
});
