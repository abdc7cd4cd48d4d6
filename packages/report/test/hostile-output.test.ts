import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportCsv, exportDocx, exportSummaryCsv, exportSummaryXlsx, exportXlsx, formatReports, summarizeBatch } from "../src/index.ts";
import { csvField } from "../src/export/csv.ts";
import { markdownInline, spreadsheetText, terminalSafe, xmlSafe } from "../src/safe-text.ts";
import { assertOfficeZipWellFormed, HOSTILE, hostileReport, OWN_TAGS } from "./hostile.ts";

/** Text a spreadsheet would evaluate: a formula trigger first, and not a plain number. */
const live = (s: string) => /^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(?:[.,]\d+)*(?:[eE][+-]?\d+)?%?$/.test(s);
const CONTROL_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Bounded hostile strings: the known cases mixed with arbitrary Unicode (lone surrogates included). */
const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 4 }).map((a) => a.join("x")),
);

describe("neutralisers", () => {
  it("spreadsheet text: formula triggers defused, numbers left alone (OWASP)", () => {
    expect(spreadsheetText("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(spreadsheetText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(spreadsheetText("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(spreadsheetText("\tx")).toBe("'\tx");
    expect(spreadsheetText("-5")).toBe("-5");
    expect(spreadsheetText("+3.711.000.000")).toBe("+3.711.000.000");
    expect(spreadsheetText("Tân Kỳ")).toBe("Tân Kỳ");
    expect(csvField("-2+3")).toBe("'-2+3");
  });

  it("removes what XML cannot hold and what a terminal would obey", () => {
    expect(xmlSafe("a\uFFFFb\uFFFEc\u0000d\ud800e\tf")).toBe("abcde\tf");
    expect(xmlSafe("😀 Tân Kỳ")).toBe("😀 Tân Kỳ");
    expect(terminalSafe("a\u001b]0;x\u0007b\u001b[2Jc\u009bd")).toBe("a]0;xb[2Jcd");
    expect(markdownInline("x\n<script>|`")).toBe("x \\<script\\>\\|\\`");
  });

  it("fuzz: every neutraliser's output is neutral", () => {
    fc.assert(fc.property(hostileText, (s) => {
      expect(xmlSafe(s)).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
      expect(live(spreadsheetText(s))).toBe(false);
      expect(terminalSafe(s)).not.toMatch(CONTROL_RE);
      const md = markdownInline(s);
      expect(md).not.toMatch(/[\r\n]/);
      expect(md.replace(/\\./g, "")).not.toMatch(/[<>|`*_[\]&]/);
    }), { numRuns: 300 });
  });
});

describe("text formats from hostile plans and file names", () => {
  it("fuzz: html has only its own tags, markdown no raw HTML, stylish no control characters", () => {
    fc.assert(fc.property(hostileText, (s) => {
      const reports = [hostileReport(s)];
      const ctx = { locale: "vi" as const, color: false };
      const html = formatReports(reports, "html", ctx);
      for (const m of html.matchAll(/<\/?([a-z!][a-z0-9]*)/gi)) expect(OWN_TAGS.has(m[1]!.toLowerCase()), m[0]).toBe(true);
      expect(html).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
      const md = formatReports(reports, "markdown", ctx);
      expect(md.replace(/\\./g, "")).not.toMatch(/<[a-z/!]/i);
      expect(md).not.toMatch(CONTROL_RE);
      expect(formatReports(reports, "stylish", ctx)).not.toMatch(CONTROL_RE);
      JSON.parse(formatReports(reports, "sarif", ctx));
    }), { numRuns: 150 });
  });

  it("fuzz: CSV exports and the summary CSV hold no live formula", () => {
    fc.assert(fc.property(hostileText, (s) => {
      const report = hostileReport(s, s);
      const files = [...exportCsv([report], "vi").map((f) => f.content), exportSummaryCsv(summarizeBatch([report], [{ file: s, reason: s }], null), "vi")];
      for (const content of files) {
        // Fields split by a small RFC 4180 reader: quoted fields may hold commas, quotes and line breaks.
        for (const field of content.slice(1).matchAll(/(?:^|,|\r\n)("(?:[^"]|"")*"|[^,\r\n]*)/g)) {
          const value = field[1]!.startsWith('"') ? field[1]!.slice(1, -1).replace(/""/g, '"') : field[1]!;
          expect(live(value), value).toBe(false);
        }
      }
    }), { numRuns: 150 });
  });
});

describe("office files from hostile plans and file names", () => {
  it("xlsx, docx and the summary stay well-formed and defused for every known hostile case", async () => {
    for (const s of HOSTILE) {
      const report = hostileReport(s);
      const xlsx = assertOfficeZipWellFormed(await exportXlsx([report], "vi"));
      const strings = xlsx["xl/sharedStrings.xml"] ?? "";
      for (const m of strings.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)) expect(live(m[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')), m[1]).toBe(false);
      assertOfficeZipWellFormed(await exportDocx([report], { locale: "vi", sources: new Map([[report.file, `${s}\n${s}\n${s}`]]) }));
      assertOfficeZipWellFormed(await exportSummaryXlsx(summarizeBatch([report], [{ file: s, reason: s }], null), "vi"));
    }
  });

  it("fuzz: arbitrary text never makes an ill-formed xlsx, docx or summary", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 30 }), async (s) => {
      const report = hostileReport(s);
      assertOfficeZipWellFormed(await exportXlsx([report], "vi"));
      assertOfficeZipWellFormed(await exportDocx([report], { locale: "vi" }));
      assertOfficeZipWellFormed(await exportSummaryXlsx(summarizeBatch([report], [], null), "vi"));
    }), { numRuns: 12 });
  });
});
