import { describe, expect, it } from "vitest";
import { formatReports } from "../src/index.ts";
import { SAMPLE_FILE, SAMPLE_TEXT, sampleReport } from "./sample.ts";

describe("markdown", () => {
  const out = formatReports([sampleReport()], "markdown", { locale: "vi", color: false, sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]) });

  it("has the title, the counts, sections, numbered findings with quotes and the comparison table", () => {
    expect(out.startsWith("# Báo cáo rà soát kế hoạch\n")).toBe(true);
    expect(out).toContain("2 lỗi, 2 cảnh báo, 1 thông tin");
    expect(out).toContain("#### Dự toán kinh phí");
    expect(out).toMatch(/^\d\. \*\*lỗi\*\* \(dòng 6\): Thành tiền 900\.000\.000/m);
    expect(out).toContain("   > 5 \\| Trang bị thiết bị"); // the quoted table row, its pipes escaped
    // Rows are numbered in the table (framework codes are internal ids), with the source and confidence.
    expect(out).toContain("| 2 | Tỷ lệ người dân có danh tính số | ≥ 90% | — | chưa có | \\[1\\] |");
    expect(out).toContain("Căn cứ: \\[1\\] 2629/QĐ-TTg");
  });

  it("numbers findings 1…n across sections", () => {
    const numbers = [...out.matchAll(/^(\d+)\. \*\*/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
  });
});
