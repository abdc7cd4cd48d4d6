import { describe, expect, it } from "vitest";
import { parseDeadline, parsePeriod } from "../src/index.ts";
import { expectFailure } from "./text-helpers.ts";

describe("parseDeadline", () => {
  it.each([
    ["Quý I/2026", "2026-01", "2026-03", false],
    ["Quý III/2026", "2026-07", "2026-09", false],
    ["Quý III/2026.", "2026-07", "2026-09", false],
    ["quý 3/2026", "2026-07", "2026-09", false],
    ["Quý I, II/2026", "2026-01", "2026-06", false],
    ["Quý I- II/2027", "2027-01", "2027-06", false],
    ["Quý I và quý II năm 2026", "2026-01", "2026-06", false],
    ["Quý IV năm 2026", "2026-10", "2026-12", false],
    ["Tháng 01/2026", "2026-01", "2026-01", false],
    ["tháng 10/2025", "2025-10", "2025-10", false],
    ["Tháng 6-8/2026", "2026-06", "2026-08", false],
    ["Tháng 6 - 8/2026", "2026-06", "2026-08", false],
    ["tháng 7 năm 2026", "2026-07", "2026-07", false],
    ["Năm 2027", "2027", "2027", false],
    ["2026", "2026", "2026", false],
    ["2025-2027", "2025", "2027", false],
    ["Giai đoạn 2026 - 2030", "2026", "2030", false],
    ["Trước 30/6/2026", null, "2026-06-30", false],
    ["trước ngày 01/7/2025", null, "2025-07-01", false],
    ["Chậm nhất ngày 15/12/2026", null, "2026-12-15", false],
    ["30/6/2026", "2026-06-30", "2026-06-30", false],
    ["6 tháng đầu năm 2026", "2026-01", "2026-06", false],
    ["6 tháng cuối năm 2026", "2026-07", "2026-12", false],
    ["Thường xuyên", null, null, true],
    ["Thường xuyên.", null, null, true],
    ["Hằng năm", null, null, true],
    ["Hàng năm", null, null, true],
    ["Hằng năm 2026", "2026", "2026", true],
    ["Định kỳ", null, null, true],
  ] as const)("%j → %s … %s (recurring %s)", (s, from, to, recurring) =>
    expect(parseDeadline(s)).toEqual({ ok: true, value: { raw: s.trim(), from, to, recurring } }));

  it("keeps the raw text with blanks collapsed", () =>
    expect(parseDeadline("  Quý  III/2026 ")).toMatchObject({ ok: true, value: { raw: "Quý III/2026" } }));

  it.each([
    "",
    "   ",
    "Quý V/2026",
    "Quý 5/2026",
    "Quý III/1800",
    "Tháng 13/2026",
    "Tháng 0/2026",
    "Tháng 8-6/2026",
    "31/02/2026",
    "2027-2025",
    "Năm 3000",
    "theo hướng dẫn của Sở Nội vụ thành phố",
    "Quý III",
    "x".repeat(301),
  ])("%j is a typed failure", (s) => expectFailure(parseDeadline(s), "InvalidPeriod", s));
});

describe("parsePeriod", () => {
  it.each([
    ["2025-2027", 2025, 2027],
    ["2025 – 2027", 2025, 2027],
    ["giai đoạn 2026 - 2030", 2026, 2030],
    ["Giai đoạn 2026 đến năm 2030", 2026, 2030],
    ["năm 2026", 2026, 2026],
    ["Năm 2027", 2027, 2027],
    ["2026", 2026, 2026],
  ])("%j → %d–%d", (s, from, to) => expect(parsePeriod(s)).toEqual({ ok: true, value: { from, to } }));
  it.each(["", "không", "2030-2026", "1800-1850", "năm 1800", "năm 2200", "12345"])("%j is a typed failure", (s) =>
    expectFailure(parsePeriod(s), "InvalidPeriod", s));
});
