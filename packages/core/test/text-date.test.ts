import { describe, expect, it } from "vitest";
import { parseVnDate, toIso } from "../src/index.ts";
import { expectFailure } from "./text-helpers.ts";

describe("parseVnDate", () => {
  it.each([
    ["ngày 03 tháng 6 năm 2020", 2020, 6, 3, "2020-06-03"],
    ["Ngày 15 tháng 6 năm 2021", 2021, 6, 15, "2021-06-15"],
    ["Hải Phòng, ngày 22 tháng 12 năm 2024", 2024, 12, 22, "2024-12-22"],
    ["ngày 3 tháng 6 năm 2020", 2020, 6, 3, "2020-06-03"],
    ["NGÀY 03 THÁNG 6 NĂM 2020", 2020, 6, 3, "2020-06-03"],
    ["ngày 03 tháng 6 năm 2020".normalize("NFD"), 2020, 6, 3, "2020-06-03"],
    ["03/6/2020", 2020, 6, 3, "2020-06-03"],
    ["3-6-2020", 2020, 6, 3, "2020-06-03"],
    ["03.6.2020", 2020, 6, 3, "2020-06-03"],
    ["03 / 06 / 2020", 2020, 6, 3, "2020-06-03"],
    ["ngày 22/12/2024", 2024, 12, 22, "2024-12-22"],
    ["29/02/2024", 2024, 2, 29, "2024-02-29"],
    ["ngày   tháng 7 năm 2026", 2026, 7, null, "2026-07"],
    ["ngày    tháng    năm 2026", 2026, null, null, "2026"],
    ["ngày … tháng … năm 2026", 2026, null, null, "2026"],
    ["ngày ..... tháng 7 năm 2026", 2026, 7, null, "2026-07"],
    ["ngày …/…/2026", 2026, null, null, "2026"],
    ["ngày ../../2026", 2026, null, null, "2026"],
    ["ngày /7/2026", 2026, 7, null, "2026-07"],
    ["ngày/7/2026", 2026, 7, null, "2026-07"],
    ["ngày /01/2026", 2026, 1, null, "2026-01"],
    ["tháng 01/2026", 2026, 1, null, "2026-01"],
    ["01/2026", 2026, 1, null, "2026-01"],
    ["năm 2026", 2026, null, null, "2026"],
    ["2026", 2026, null, null, "2026"],
  ])("%j → %s-%s-%s", (s, year, month, day, iso) =>
    expect(parseVnDate(s)).toEqual({ ok: true, value: { year, month, day, iso } }));

  it("a fully blank date is null, not a failure", () =>
    expect(parseVnDate("ngày   tháng   năm")).toEqual({ ok: true, value: { year: null, month: null, day: null, iso: null } }));

  it.each([
    "",
    "   ",
    "31/02/2026",
    "29/02/2025",
    "31/4/2026",
    "32/1/2026",
    "00/1/2026",
    "1/13/2026",
    "1/0/2026",
    "ngày 31 tháng 02 năm 2026",
    "ngày 3 tháng 13 năm 2026",
    "03/6/1800",
    "03/6/2101",
    "ngày 03 tháng 6 năm 1900",
    "13/2026",
    "năm 3000",
    "ngày 10/10 hằng năm",
    "Thường xuyên",
    "không rõ",
    "x".repeat(201),
  ])("%j is a typed failure", (s) => expectFailure(parseVnDate(s), "InvalidDate", s));
});

describe("toIso", () => {
  it.each([
    [2026, 6, 3, "2026-06-03"],
    [2026, 6, null, "2026-06"],
    [2026, null, null, "2026"],
    [null, 6, 3, null],
  ] as const)("%s %s %s → %s", (y, m, d, iso) => expect(toIso(y, m, d)).toBe(iso));
});
