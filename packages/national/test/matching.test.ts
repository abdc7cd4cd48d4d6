import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { matchIndicator } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { NATIONAL_FRAMEWORKS } from "../src/index.ts";

/**
 * Matching on the indicator wordings of the five seed plans. The expected national indicator code
 * of every wording is written by hand in the fixture: a code, a list of acceptable codes (a list
 * with null: matching nothing is acceptable too, the wording is borderline), or null (it measures
 * no national indicator). Gold text is copied into the fixture, so the test runs without
 * ../shared; when the gold files are present they must still say the same.
 */
const here = dirname(fileURLToPath(import.meta.url));
interface Row { seed: string; index: number; text: string; expected: string | (string | null)[] | null }
const rows: Row[] = JSON.parse(readFileSync(join(here, "fixtures/seed-indicator-codes.json"), "utf8"));
const indicators = NATIONAL_FRAMEWORKS.flatMap((f) => f.indicators);
const acceptable = (r: Row): (string | null)[] => (Array.isArray(r.expected) ? r.expected : [r.expected]);

describe("matching the seeds' indicator wordings to national indicators", () => {
  const results = rows.map((r) => ({ row: r, got: matchIndicator(r.text, indicators)?.indicator.code ?? null }));

  it.each(results.map((x) => [`${x.row.seed}#${x.row.index}`, x] as const))("%s", (_, { row, got }) => {
    expect(acceptable(row), `${row.text} → ${got}`).toContain(got);
  });

  it("reports precision and recall", () => {
    let tp = 0, fp = 0, fn = 0;
    for (const { row, got } of results) {
      const ok = acceptable(row);
      if (got !== null) (ok.includes(got) ? tp++ : fp++);
      else if (!ok.includes(null)) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.info(`matching: ${rows.length} wordings, ${tp} matched correctly, ${fp} wrong, ${fn} missed; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(fp).toBe(0);
    expect(fn).toBe(0);
  });

  it("covers every national code the fixture names", () => {
    const codes = new Set(indicators.map((i) => i.code));
    for (const r of rows) for (const c of acceptable(r)) if (c !== null) expect(codes, c).toContain(c);
  });
});

const goldDir = resolve(here, "../../../../shared/gold");
describe.skipIf(!existsSync(goldDir))("the fixture still matches the gold files", () => {
  it("has every gold indicator wording, in order", () => {
    const seeds = [...new Set(rows.map((r) => r.seed))];
    for (const seed of seeds) {
      const gold = JSON.parse(readFileSync(join(goldDir, `${seed}.gold.json`), "utf8")) as { indicators: { text: string }[] };
      expect(rows.filter((r) => r.seed === seed).map((r) => r.text)).toEqual(gold.indicators.map((i) => i.text));
    }
  });
});
