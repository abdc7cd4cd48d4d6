import { describe, expect, it } from "vitest";
import * as text from "../src/index.ts";

/*
 * Every primitive must stay linear on hostile input: a quadratic pattern on 5 MB does not finish within
 * the test timeout, so these tests fail on a regression without asserting any time. Each pattern below
 * aims at a weakness the primitives once had or could grow: long digit-and-separator runs (number
 * tokens, symbols, dates), repeated literal starts ("ngày", "Quý"), long blank runs after a literal
 * start ("ĐVT", "ngày", a figure), and half-finished symbols.
 */
const SIZE = 5 * 1024 * 1024;
const fill = (unit: string, prefix = "") => prefix + unit.repeat(Math.ceil((SIZE - prefix.length) / unit.length)).slice(0, SIZE - prefix.length);

const INPUTS: ReadonlyArray<readonly [string, string]> = [
  ["digits and dots", fill("1.2.3,45.678.")],
  ["repeated 'ngày ngày'", fill("ngày ngày tháng ")],
  ["repeated 'Quý I, '", fill("Quý I, ")],
  // one 2.5 MB blank run after literal starts, then half-finished symbols and ranges
  ["blanks, then half-finished symbols", fill("57-NQ/T 1/A- 90 - (2025- 1234567890 ", `ĐVT ngày 90 Quý I 2025${" ".repeat(SIZE / 2)}`)],
];

/** Each primitive once, reduced to a value whose type says it completed with a typed result. */
const PRIMITIVES: ReadonlyArray<readonly [string, (s: string) => unknown]> = [
  ["nfc", text.nfc],
  ["canonicalTones", text.canonicalTones],
  ["foldVietnamese", text.foldVietnamese],
  ["toAscii", text.toAscii],
  ["matchKey", text.matchKey],
  ["sameVietnamese", (s) => text.sameVietnamese(s, s)],
  ["hasToneMark", text.hasToneMark],
  ["parseVnNumber", text.parseVnNumber],
  ["parseTarget", text.parseTarget],
  ["findPeriod", text.findPeriod],
  ["parseVnDate", text.parseVnDate],
  ["parseDeadline", text.parseDeadline],
  ["parsePeriod", text.parsePeriod],
  ["moneyMultiplier", text.moneyMultiplier],
  ["declaredMoneyUnit", text.declaredMoneyUnit],
  ["parseMoney", text.parseMoney],
  ["parseLegalSymbol", text.parseLegalSymbol],
  ["findLegalCitations", text.findLegalCitations],
  ["expandAbbreviations", text.expandAbbreviations],
  ["lineIndex/lineOf", (s) => text.lineOf(text.lineIndex(s), s.length - 1)],
];

/** The length caps of the bounded parsers: hostile text just under each cap reaches the patterns. */
const CAPS = [40, 80, 200, 300, 2000];

function expectTyped(result: unknown): void {
  if (result !== null && typeof result === "object" && "ok" in result) {
    const r = result as text.Parsed<unknown>;
    if (!r.ok) {
      expect(typeof r.error._tag).toBe("string");
      expect(typeof r.error.reason).toBe("string");
    }
    return;
  }
  expect(["string", "number", "boolean", "object"]).toContain(typeof result);
}

describe.each(INPUTS)("5 MB of %s", (_, input) => {
  it.each(PRIMITIVES)("%s completes with a typed result", (_, run) => {
    expectTyped(run(input));
    for (const cap of CAPS) expectTyped(run(input.slice(0, cap)));
  }, 120_000);
});
