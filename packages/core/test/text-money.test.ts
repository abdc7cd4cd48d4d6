import { describe, expect, it } from "vitest";
import { declaredMoneyUnit, moneyMultiplier, parseMoney } from "../src/index.ts";
import { expectFailure } from "./text-helpers.ts";

describe("moneyMultiplier", () => {
  it.each([
    ["đồng", 1],
    ["Đồng", 1],
    ["đ", 1],
    ["VNĐ", 1],
    ["VND", 1],
    ["vnđ", 1],
    ["nghìn đồng", 1_000],
    ["ngàn đồng", 1_000],
    ["Nghìn", 1_000],
    ["triệu đồng", 1_000_000],
    ["Triệu đồng", 1_000_000],
    ["triệu", 1_000_000],
    ["tr.đ", 1_000_000],
    ["trđ", 1_000_000],
    ["tỷ", 1_000_000_000],
    ["tỉ", 1_000_000_000],
    ["tỷ đồng", 1_000_000_000],
    ["TỶ ĐỒNG", 1_000_000_000],
    ["(ĐVT: triệu đồng)", 1_000_000],
    ["Đơn vị tính: đồng", 1],
    ["(Đơn vị tính: nghìn đồng)", 1_000],
    ["đồng".normalize("NFD"), 1],
  ])("%j → %d", (s, n) => expect(moneyMultiplier(s)).toEqual({ ok: true, value: n }));
  it.each(["", "người", "%", "cuộc", "USD", "tiền", "x".repeat(201)])("%j is a typed failure", (s) =>
    expectFailure(moneyMultiplier(s), "InvalidMoney", s));
});

describe("declaredMoneyUnit", () => {
  it.each([
    ["Kinh phí dự kiến (ĐVT: triệu đồng)", 1_000_000],
    ["ĐVT: đồng", 1],
    ["ĐVT:  nghìn   đồng", 1_000],
    ["Đơn vị tính: đồng", 1],
    ["Đơn vị tính: triệu đồng", 1_000_000],
    ["Đơn vị tính: VNĐ", 1],
    ["(Đơn vị: 1.000 đồng)", 1_000],
    ["Đơn vị: tỷ đồng", 1_000_000_000],
    ["Kinh phí (triệu đồng)", 1_000_000],
    ["Thành tiền ( nghìn đồng )", 1_000],
    ["<b>Kinh phí dự kiến (ĐVT: triệu đồng)</b>", 1_000_000],
    // A PDF's text layer drops the space beside an accented letter: the unit is still declared.
    ["Đơn vịtính: nghìn đồng", 1_000],
    ["Đơnvị tính: triệu đồng", 1_000_000],
  ])("%j → %d", (s, n) => expect(declaredMoneyUnit(s)).toBe(n));
  it.each(["", "Đơn vị chủ trì: Văn phòng HĐND", "Kinh phí thực hiện", "đồng bộ dữ liệu", "cộng đồng số"])(
    "%j declares no unit",
    (s) => expect(declaredMoneyUnit(s)).toBeNull(),
  );
});

describe("parseMoney", () => {
  it.each([
    ["3.711.000.000", 3_711_000_000],
    ["3.711.000.000 đồng", 3_711_000_000],
    ["1.200.000 VNĐ", 1_200_000],
    ["1 200 000 đồng", 1_200_000],
    ["17568.000 đồng", 17_568_000],
    ["50 triệu đồng", 50_000_000],
    ["844 triệu", 844_000_000],
    ["3,5 tỷ đồng", 3_500_000_000],
    ["2 tỷ", 2_000_000_000],
    ["150 nghìn đồng", 150_000],
    ["1,5 triệu đồng.", 1_500_000],
  ])("%j → %d", (s, n) => expect(parseMoney(s)).toEqual({ ok: true, value: n }));
  it.each(["", "đồng", "khoảng 50 triệu", "50 người", "1..2 đồng", "-50 triệu", "x".repeat(201)])(
    "%j is a typed failure",
    (s) => expectFailure(parseMoney(s), "InvalidMoney", s),
  );
});
