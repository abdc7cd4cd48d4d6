import { describe, expect, it } from "vitest";
import { formatReports, shouldColor } from "../src/index.ts";
import { SAMPLE_FILE, SAMPLE_TEXT, sampleReport } from "./sample.ts";

const sources = new Map([[SAMPLE_FILE, SAMPLE_TEXT]]);

describe("stylish", () => {
  const out = formatReports([sampleReport()], "stylish", { locale: "vi", color: false, sources });

  it("names the file, groups by section and ends with the Vietnamese summary line", () => {
    expect(out.split("\n")[0]).toBe(SAMPLE_FILE);
    expect(out).toContain("Dự toán kinh phí");
    expect(out).toContain("Chỉ tiêu");
    expect(out).toContain("Đối chiếu khung chỉ tiêu");
    expect(out.trimEnd().split("\n").at(-1)).toBe("✖ 2 lỗi, 2 cảnh báo, 1 thông tin");
  });

  it("puts sections in reading order: document details before indicators before budget", () => {
    const iMeta = out.indexOf("Thông tin văn bản"), iInd = out.indexOf("  Chỉ tiêu"), iBud = out.indexOf("Dự toán kinh phí");
    expect(iMeta).toBeGreaterThan(0);
    expect(iMeta).toBeLessThan(iInd);
    expect(iInd).toBeLessThan(iBud);
  });

  it("shows the line number and quotes the source line under the finding", () => {
    const lines = out.split("\n");
    const at = lines.findIndex((l) => l.includes("budget/line-arithmetic"));
    expect(lines[at]).toMatch(/^\s+6\s+lỗi/);
    expect(lines[at + 1]).toContain("│ 5 | Trang bị thiết bị điểm hỗ trợ số cộng đồng tại 6 thôn");
  });

  it("has no escape codes without colour, and some with it", () => {
    expect(out).not.toContain("\u001b[");
    expect(formatReports([sampleReport()], "stylish", { locale: "vi", color: true, sources })).toContain("\u001b[31m");
  });

  it("speaks English when asked", () => {
    const en = formatReports([sampleReport()], "stylish", { locale: "en", color: false });
    expect(en).toContain("2 errors, 2 warnings, 1 infos");
    expect(en).toContain("Budget");
    expect(en).not.toContain("│"); // no text at hand, nothing quoted
  });

  it("says so when there is nothing to report", () => {
    const clean = { ...sampleReport(), diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0 } };
    expect(formatReports([clean], "stylish", { locale: "vi", color: false })).toBe("Không có phát hiện nào (0 lỗi, 0 cảnh báo, 0 thông tin)");
  });
});

describe("json", () => {
  it("is the report array, two-space indented, and reads back equal", () => {
    const reports = [sampleReport()];
    const out = formatReports(reports, "json", { locale: "vi", color: false });
    expect(out.startsWith('[\n  {\n    "file"')).toBe(true);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(reports)));
  });
});

describe("shouldColor", () => {
  it("colours only an interactive terminal without NO_COLOR", () => {
    expect(shouldColor({}, true)).toBe(true);
    expect(shouldColor({}, false)).toBe(false);
    expect(shouldColor({}, undefined)).toBe(false);
    expect(shouldColor({ NO_COLOR: "1" }, true)).toBe(false);
    expect(shouldColor({ NO_COLOR: "" }, true)).toBe(true);
    expect(shouldColor({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(shouldColor({ FORCE_COLOR: "1", NO_COLOR: "1" }, true)).toBe(false);
  });
});
