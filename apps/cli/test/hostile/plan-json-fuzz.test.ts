/**
 * Issue 17, item 7: fuzzing where the danger is, from the JSON plan input inwards. A real plan's JSON
 * (the example, read with its facts) is mutated the way a hand-edited or hostile file would be: a value
 * replaced by another of any type or an extreme one, a key dropped, an array element repeated, the JSON
 * text cut or a character overwritten. Each mutant goes through the engine with every rule and the
 * comparison (a provincial framework), and what it reports through every formatter and exporter. The
 * engine either refuses the input with InputRejected and a one-line reason, or gives a report that every
 * format writes: JSON that parses, XML parts well-formed. Nothing else may escape. Each input is bounded
 * by the test's timeout, not timed.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FileReport } from "@cdsvn/core";
import { createEngine, InputRejected } from "@cdsvn/engine";
import haTinh from "@cdsvn/plugin-ha-tinh";
import haiPhong from "@cdsvn/plugin-hai-phong";
import ngheAn from "@cdsvn/plugin-nghe-an";
import thanhHoa from "@cdsvn/plugin-thanh-hoa";
import { exportCsv, exportDocx, exportJson, exportSummaryCsv, exportSummaryXlsx, exportXlsx, FORMAT_NAMES, formatReports, summarizeBatch } from "@cdsvn/report";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { assertOfficeZipWellFormed } from "../../../../packages/report/test/hostile.ts";
import { repoRoot } from "../helpers.ts";

const engine = createEngine({ plugins: [haTinh, haiPhong, thanhHoa, ngheAn] });
const options = { compare: true, province: "ha-tinh", year: 2026 } as const;
let base: Record<string, unknown>;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(resolve(repoRoot, "examples", "xa-an-phu-2026.txt")));
  const { report } = await engine.analyzeDetailed({ bytes, fileName: "xa-an-phu-2026.txt" }, options);
  // the unmutated plan is compared with a framework and has findings: the mutants reach the comparer and the rules
  expect(report.comparison?.items.length).toBeGreaterThan(0);
  expect(report.diagnostics.length).toBeGreaterThan(0);
  base = JSON.parse(JSON.stringify(report.plan)) as Record<string, unknown>;
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside the plan (the facts' long arrays sampled, so each part is reached). */
function paths(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.slice(0, 6).forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** Values a hostile or careless hand puts in a JSON plan. */
const strange: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, "", -1, 0, -0, 1e308, -1e308, 2 ** 53 + 1, 0.1, 99_999_999_999_999, true, [], {}, "2026-02-30", "9".repeat(400),
    "\uFFFF<script>alert(1)</script>", "=HYPERLINK(\"http://evil.example\")", "\u001b]0;x\u0007", "a\nb", { start: 5, end: 2 }, { start: 1e9, end: 1e9 + 5 }, [-1]),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.string({ unit: "binary", maxLength: 20 }),
);

const extremeNumber = fc.constantFrom(-1, 0, -0, 0.5, 1e308, -1e308, 2 ** 53 + 1, 1e9, 99_999_999_999_999);
const hostileString = fc.oneof(
  fc.constantFrom("", " ", "9".repeat(400), "2026-02-30", "\uFFFF<script>alert(1)</script>", "=HYPERLINK(\"http://evil.example\")", "\u001b]0;x\u0007", "a\nb", "%", "xa", "ha-tinh", "57-NQ/TW"),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/**
 * One edit at the `pick`-th path: most keep the value's type (a number made extreme, a string made
 * hostile, a flag flipped: what gets past the schema to the checker and the comparer), the others put
 * any value there, drop the key or element, or repeat an element.
 */
type Mutation = { readonly pick: number; readonly op: "typed" | "replace" | "drop" | "repeat"; readonly value: Json; readonly num: number; readonly str: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(), op: fc.constantFrom("typed", "typed", "typed", "replace", "drop", "repeat"), value: strange, num: extremeNumber, str: hostileString,
});

function mutate(plan: Record<string, unknown>, mutations: readonly Mutation[]): Json {
  const copy = structuredClone(plan) as Json;
  for (const m of mutations) {
    const all = paths(copy).filter((p) => p.length > 0);
    const path = all[m.pick % all.length]!;
    let parent = copy as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const key = path.at(-1)!;
    const current = parent[key];
    if (m.op === "typed") {
      if (typeof current === "number") parent[key] = m.num;
      else if (typeof current === "string") parent[key] = m.str;
      else if (typeof current === "boolean") parent[key] = !current;
      else if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]!));
      else parent[key] = m.value;
    } else if (m.op === "replace") parent[key] = m.value;
    else if (Array.isArray(parent)) (m.op === "drop" ? parent.splice(Number(key), 1) : parent.splice(Number(key), 0, structuredClone(parent[Number(key)]!)));
    else if (m.op === "drop") delete parent[key];
    else parent[key] = m.value;
  }
  return copy;
}

/** A report through every text format and every export: each must be written, and parse. */
async function writeEverything(report: FileReport, text: string): Promise<void> {
  const sources = new Map([[report.file, text]]);
  for (const name of FORMAT_NAMES) {
    const out = formatReports([report], name, { locale: "vi", color: false, sources });
    if (name === "json" || name === "sarif") JSON.parse(out);
  }
  JSON.parse(exportJson([report]));
  expect(exportCsv([report], "vi").length).toBeGreaterThan(0);
  const summary = summarizeBatch([report], [], "ha-tinh", "vi");
  exportSummaryCsv(summary, "vi");
  assertOfficeZipWellFormed(await exportXlsx([report], "vi"));
  assertOfficeZipWellFormed(await exportDocx([report], { locale: "vi", sources }));
  assertOfficeZipWellFormed(await exportSummaryXlsx(summary, "vi"));
}

/** The engine's outcome for one input: a report written in every format, or a refusal; anything else fails. */
async function refusedOrWritten(input: Parameters<typeof engine.analyzeDetailed>[0]): Promise<"refused" | "report"> {
  const outcome = await engine.analyzeDetailed(input, options).then((a) => a, (e: unknown) => e);
  if (outcome instanceof InputRejected) {
    expect(outcome.reason).toMatch(/\S/);
    return "refused";
  }
  if (outcome instanceof Error) throw outcome;
  const analysis = outcome as Awaited<ReturnType<typeof engine.analyzeDetailed>>;
  for (const d of analysis.report.diagnostics) expect(["error", "warning", "info"]).toContain(d.severity);
  await writeEverything(analysis.report, analysis.text);
  return "report";
}

describe("fuzz: a mutated Plan JSON through the engine, the checker, the comparer and every output", { timeout: 240_000 }, () => {
  it("as an object: refused with a reason, or reported and written in every format", async () => {
    const seen = { refused: 0, report: 0 };
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
      seen[await refusedOrWritten({ plan: mutate(base, mutations), fileName: "p.json" })]++;
    }), { numRuns: 60, seed: 17 });
    // both outcomes are exercised: the schema does not refuse everything, nor let everything through
    expect(seen.report).toBeGreaterThan(5);
    expect(seen.refused).toBeGreaterThan(5);
  });

  it("as JSON text, cut or with a character overwritten: refused with a reason, or reported", async () => {
    const text = JSON.stringify(base);
    await fc.assert(fc.asyncProperty(fc.nat({ max: text.length }), fc.nat({ max: text.length - 1 }), fc.constantFrom("", "\"", "}", "0", "-", "\\", "\u0000", "é"), async (cut, at, ch) => {
      const edited = (text.slice(0, at) + ch + text.slice(at + 1)).slice(0, Math.max(cut, 1));
      await refusedOrWritten({ bytes: new TextEncoder().encode(edited), fileName: "p.json" });
    }), { numRuns: 40, seed: 17 });
  });
});
