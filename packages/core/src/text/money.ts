import { toAscii } from "./normalize.ts";
import { parseVnNumber } from "./number.ts";
import { fail, ok, type Parsed } from "./result.ts";

/** How many đồng one unit of a money unit is: "đồng" 1, "nghìn đồng" 1 000, "triệu đồng" 10⁶, "tỷ" 10⁹. */
export function moneyMultiplier(unit: string): Parsed<number> {
  const s = toAscii(unit).replace(/[().:]/g, " ").replace(/\s+/g, " ").trim();
  if (/\b(?:ty|ti)(?: dong)?\b/u.test(s)) return ok(1_000_000_000);
  if (/\btrieu(?: dong)?\b|\btr\.?d\b/u.test(s)) return ok(1_000_000);
  if (/\b(?:nghin|ngan)(?: dong)?\b/u.test(s)) return ok(1_000);
  if (/\b(?:dong|vnd|vnđ|d)\b/u.test(s)) return ok(1);
  return fail("InvalidMoney", unit, "not a money unit");
}

/**
 * Finds the unit a budget table declares ("ĐVT: triệu đồng", "Đơn vị tính: đồng", "(triệu đồng)").
 * Returns the multiplier to đồng, or null when the text declares none.
 */
export function declaredMoneyUnit(text: string): number | null {
  const s = toAscii(text);
  const m = /(?:dvt|don vi tinh|don vi)\s*[:.]?\s*((?:nghin|ngan|trieu|ty|ti)?\s*dong)/u.exec(s) ?? /\(\s*((?:nghin|ngan|trieu|ty|ti)\s*dong)\s*\)/u.exec(s);
  if (!m) return null;
  const r = moneyMultiplier(m[1]!);
  return r.ok ? r.value : null;
}

/** "3,5 tỷ đồng" → 3 500 000 000; "844 triệu" → 844 000 000; "1.200.000 đồng" → 1 200 000. */
export function parseMoney(input: string): Parsed<number> {
  const s = input.trim();
  const m = /^(\d+(?:[.,\s]\d+)*)\s*(.*)$/u.exec(s);
  if (!m) return fail("InvalidMoney", input, "no amount");
  const n = parseVnNumber(m[1]!);
  if (!n.ok) return fail("InvalidMoney", input, n.error.reason);
  if (m[2]!.trim() === "") return ok(n.value);
  const mult = moneyMultiplier(m[2]!);
  if (!mult.ok) return fail("InvalidMoney", input, `unknown unit "${m[2]!.trim()}"`);
  return ok(Math.round(n.value * mult.value));
}
