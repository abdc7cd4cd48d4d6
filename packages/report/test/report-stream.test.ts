import { describe, expect, it } from "vitest";
import { FORMAT_NAMES, formatReports, reportAssembler, reportPart } from "../src/index.ts";
import { SAMPLE_FILE, SAMPLE_TEXT, sampleReport } from "./sample.ts";

/**
 * A run writes its reports file by file: each file's part made where it was analysed, the assembler
 * putting them in order. What comes out must be the report of the whole array, byte for byte.
 */
const a = sampleReport();
const b = { ...sampleReport(), file: "plans/xa-khac-2026.txt" };
const ctx = { locale: "vi" as const, color: false, sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]) };

describe("reports written file by file", () => {
  it("JSON is the array of reports as JSON.stringify writes it, for none, one and several", () => {
    for (const reports of [[], [a], [a, b]]) expect(formatReports(reports, "json", ctx)).toBe(JSON.stringify(reports, null, 2));
  });

  it("parts added one at a time, their text written after what the assembler returns, give the whole report", () => {
    for (const name of FORMAT_NAMES) {
      const assembler = reportAssembler(name, ctx);
      const pieces: string[] = [];
      for (const report of [a, b, a]) {
        // The part travels without its text (as bytes, in the CLI); the text is written after what add returns.
        const { text, ...rest } = reportPart(report, name, ctx);
        pieces.push(assembler.add({ ...rest, text: "" }), text);
      }
      expect(assembler.head() + pieces.join("") + assembler.tail(), name).toBe(formatReports([a, b, a], name, ctx));
    }
  });

  it("the markdown report ends in one newline and HTML numbers the sections in order", () => {
    expect(formatReports([a, b], "markdown", ctx)).toMatch(/[^\n]\n$/);
    const html = formatReports([a, b, a], "html", ctx);
    expect([...html.matchAll(/id="file-(\d+)"/g)].map((m) => m[1])).toEqual(["1", "2", "3"]);
  });
});
