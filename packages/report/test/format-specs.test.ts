import { describe, expect, it } from "vitest";
import { FormatSpecError, parseFormatSpecs } from "../src/index.ts";

describe("parseFormatSpecs", () => {
  it("defaults to stylish on stdout", () => {
    expect(parseFormatSpecs([])).toEqual([{ format: "stylish", output: null }]);
    expect(parseFormatSpecs([], "json")).toEqual([{ format: "json", output: null }]);
  });

  it("splits name and file at the first colon only", () => {
    expect(parseFormatSpecs(["json:out.json", "stylish"])).toEqual([
      { format: "json", output: "out.json" },
      { format: "stylish", output: null },
    ]);
    expect(parseFormatSpecs(["sarif:C:\\reports\\x.sarif"])).toEqual([{ format: "sarif", output: "C:\\reports\\x.sarif" }]);
    expect(parseFormatSpecs(["HTML:report.html", "markdown:-"])).toEqual([
      { format: "html", output: "report.html" },
      { format: "markdown", output: null },
    ]);
  });

  it("rejects unknown formats, empty file names and two formats on stdout", () => {
    expect(() => parseFormatSpecs(["xml"])).toThrow(FormatSpecError);
    expect(() => parseFormatSpecs(["xml"])).toThrow(/unknown format "xml"/);
    expect(() => parseFormatSpecs(["json:"])).toThrow(/file name/);
    expect(() => parseFormatSpecs(["json", "stylish"])).toThrow(/only one format/);
  });
});
