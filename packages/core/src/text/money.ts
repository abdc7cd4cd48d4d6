import { collapseSpaces, toAscii } from "./normalize.ts";
import { parseVnNumber } from "./number.ts";
import { fail, ok, type Parsed } from "./result.ts";

/*
 * All patterns here run on the ASCII fold with blanks collapsed to single spaces, so every " ?" is one
 * character at most and every pattern starts on a literal word: matching is linear.
 */

/**
 * How many đồng one unit of a money unit is: "đồng", "đ", "VNĐ" 1; "nghìn đồng", "ngàn" 1 000;
 * "triệu đồng", "triệu", "tr.đ" 10⁶; "tỷ", "tỉ", "tỷ đồng" 10⁹. Also reads the unit out of a
 * declaration ("(ĐVT: triệu đồng)", "Đơn vị tính: đồng"). Anything else is a typed failure.
 */
export function moneyMultiplier(unit: string): Parsed<number> {
  if (unit.length > 200) return fail("InvalidMoney", unit, "too long to be a money unit");
  const s = collapseSpaces(toAscii(unit).replace(/[().:]/g, " ")).trim();
  // The whole text must be a unit (after an optional declaration): "1..2 đồng" is not one.
  const m = /^(?:(?:dvt|don vi tinh|don vi) )?(ty|ti|trieu|tr ?d|nghin|ngan|dong|vnd|d)(?: dong)?$/u.exec(s);
  if (m) {
    const word = m[1]!;
    if (word === "ty" || word === "ti") return ok(1_000_000_000);
    if (word.startsWith("tr")) return ok(1_000_000);
    if (word === "nghin" || word === "ngan") return ok(1_000);
    return ok(1);
  }
  return fail("InvalidMoney", unit, "not a money unit");
}

/**
 * Finds the unit a budget table declares ("ĐVT: triệu đồng", "Đơn vị tính: đồng", "(triệu đồng)").
 * Returns the multiplier to đồng, or null when the text declares none.
 */
export function declaredMoneyUnit(text: string): number | null {
  const s = collapseSpaces(toAscii(text));
  const m =
    /\b(?:dvt|don ?vi ?tinh|don ?vi) ?[:.]? ?((?:nghin|ngan|trieu|ty|ti|1\.000|1\.000\.000) ?)?(?:dong|vnd)\b/u.exec(s) ??
    /\( ?((?:nghin|ngan|trieu|ty|ti) ?)(?:dong|vnd) ?\)/u.exec(s);
  if (!m) return null;
  const scale = (m[1] ?? "").trim();
  if (scale === "1.000") return 1_000;
  if (scale === "1.000.000") return 1_000_000;
  const r = moneyMultiplier(scale === "" ? "dong" : scale);
  return r.ok ? r.value : null;
}

/** "3,5 tỷ đồng" → 3 500 000 000; "844 triệu" → 844 000 000; "1.200.000 đồng" → 1 200 000. */
export function parseMoney(input: string): Parsed<number> {
  const s = input.trim();
  if (s.length > 200) return fail("InvalidMoney", input, "too long to be an amount");
  const m = /^(\d+(?:[.,\s]\d+)*)\s*(.*)$/u.exec(s);
  if (!m) return fail("InvalidMoney", input, "no amount");
  const n = parseVnNumber(m[1]!);
  if (!n.ok) return fail("InvalidMoney", input, n.error.reason);
  if (m[2]!.trim() === "") return ok(n.value);
  const mult = moneyMultiplier(m[2]!);
  if (!mult.ok) return fail("InvalidMoney", input, `unknown unit "${m[2]!.trim()}"`);
  return ok(Math.round(n.value * mult.value));
}
