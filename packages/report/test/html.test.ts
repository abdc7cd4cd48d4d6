import { describe, expect, it } from "vitest";
import { formatReports } from "../src/index.ts";
import { SAMPLE_FILE, SAMPLE_TEXT, sampleReport } from "./sample.ts";

describe("html", () => {
  const hostile = { ...sampleReport(), file: "plans/<script>alert(1)</script>.txt" };
  const out = formatReports([sampleReport(), hostile], "html", { locale: "vi", color: false, sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]) });

  it("is one self-contained page: no scripts, no external stylesheets, images or fonts", () => {
    expect(out.startsWith("<!doctype html>")).toBe(true);
    expect(out).toContain('<html lang="vi">');
    expect(out).not.toMatch(/<script|<link|src=|url\(|@import/i);
  });

  it("escapes what comes from documents", () => {
    expect(out).toContain("plans/&lt;script&gt;alert(1)&lt;/script&gt;.txt");
  });

  it("has the summary, findings grouped by section with quotes, and the comparison table", () => {
    expect(out).toContain('<header id="summary">');
    expect(out).toContain('<h4 data-section="budget">Dự toán kinh phí</h4>');
    expect(out).toContain("<blockquote>5 | Trang bị thiết bị điểm hỗ trợ số cộng đồng tại 6 thôn | Thôn | 6 | 15.000.000 | 900.000.000</blockquote>");
    expect(out).toContain('<td class="status missing">chưa có</td>');
    expect(out.match(/<li class="finding/g)).toHaveLength(10);
  });
});
