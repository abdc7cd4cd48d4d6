import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findLegalCitations, nfc, parseDeadline, parseTarget, parseVnDate, parseVnNumber } from "../src/index.ts";

/*
 * The forms real plans use, taken from the shared seeds and their gold annotations (../shared from the
 * repository root). Skipped when the shared materials are absent.
 */
const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared");
const seedsDir = resolve(shared, "seeds");
const goldDir = resolve(shared, "gold");

interface Gold {
  legalBases: { symbol: string }[];
  indicators: { target: { comparator: string; value: number; max?: number | null; unit: string; raw: string } }[];
  tasks: { deadline: { raw: string } | null }[];
}

const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => /\.(txt|md)$/.test(f)) : [];
const read = (f: string) => nfc(readFileSync(resolve(seedsDir, f), "utf8"));
const gold = (f: string): Gold | null => {
  const p = resolve(goldDir, f.replace(/\.(txt|md)$/, ".gold.json"));
  return existsSync(p) ? (JSON.parse(readFileSync(p, "utf8")) as Gold) : null;
};

describe.skipIf(!existsSync(seedsDir) || !existsSync(goldDir))("forms in the seed plans", () => {
  it.each(seeds)("%s: the cited symbols are exactly the annotated ones", (f) => {
    const g = gold(f);
    if (!g) return;
    const found = new Set(findLegalCitations(read(f)).map((c) => c.symbol));
    expect([...found].sort()).toEqual([...new Set(g.legalBases.map((b) => b.symbol))].sort());
  });

  it.each(seeds)("%s: every annotated target phrase reads as annotated", (f) => {
    const g = gold(f);
    if (!g) return;
    for (const { target } of g.indicators) {
      const r = parseTarget(target.raw);
      expect(r, target.raw).toMatchObject({
        ok: true,
        value: { comparator: target.comparator, value: target.value, unit: target.unit, ...(target.max != null ? { max: target.max } : {}) },
      });
    }
  });

  it.each(seeds)("%s: every annotated deadline with a date or a recurrence reads", (f) => {
    const g = gold(f);
    if (!g) return;
    for (const t of g.tasks) {
      if (!t.deadline || !/\d|xuyên|năm/u.test(t.deadline.raw)) continue;
      expect(parseDeadline(t.deadline.raw), t.deadline.raw).toMatchObject({ ok: true });
    }
  });

  it.each(seeds)("%s: every grouped or decimal number reads", (f) => {
    for (const m of read(f).matchAll(/(?<![\d.,])\d+(?:[.,]\d+)+/gu)) {
      expect(parseVnDate(m[0]).ok || parseVnNumber(m[0]).ok, m[0]).toBe(true);
    }
  });

  it.each(seeds)("%s: every filled-in date reads", (f) => {
    const re = /ngày\s*(?:\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|\d{1,2}\/\d{1,2}\/\d{4})/gu;
    for (const m of read(f).matchAll(re)) expect(parseVnDate(m[0]), m[0]).toMatchObject({ ok: true });
  });
});
