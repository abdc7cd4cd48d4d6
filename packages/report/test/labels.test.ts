import { describe, expect, it } from "vitest";
import { confidenceLabel, dateLabel, sourceLabel, valueLabel } from "../src/plan-labels.ts";

describe("labels a reviewer reads", () => {
  it("writes dates as Vietnamese documents do (Nghị định 30: a leading zero for days under 10 and months 1–2)", () => {
    expect(dateLabel("vi", "2026-06-24")).toBe("ngày 24 tháng 6 năm 2026");
    expect(dateLabel("vi", "2026-01-05")).toBe("ngày 05 tháng 01 năm 2026");
    expect(dateLabel("vi", "2026-07")).toBe("tháng 7 năm 2026");
    expect(dateLabel("vi", "2026")).toBe("năm 2026");
    expect(dateLabel("en", "2026-06-24")).toBe("24/6/2026");
    expect(dateLabel("vi", null)).toBeNull();
  });

  it("cites a source by document, date and article, never by a file path", () => {
    expect(sourceLabel("vi", { document: "2629/QĐ-TTg", date: "2022-10-03", article: "Phụ lục I, mục 3" })).toBe("2629/QĐ-TTg ngày 03 tháng 10 năm 2022, Phụ lục I, mục 3");
    expect(sourceLabel("vi", { document: "1796/SKHCN-VP", date: "2026-06" })).toBe("1796/SKHCN-VP (tháng 6 năm 2026)");
    expect(sourceLabel("vi", { document: "shared/research/legal-frameworks.md §B2", url: "https://example.vn" })).toBeNull();
    expect(sourceLabel("vi", { document: "docs/frameworks/ha-tinh.json", article: "Mục 2" })).toBe("Mục 2");
    expect(sourceLabel("vi", null)).toBeNull();
  });

  it("says confidence in words and writes machine numbers the plan's way", () => {
    expect(confidenceLabel("vi", "secondary")).toBe("nguồn thứ cấp: báo chí");
    expect(confidenceLabel("en", "unconfirmed")).toBe("unconfirmed");
    expect(valueLabel("vi", "90000000")).toBe("90.000.000");
    expect(valueLabel("vi", 83.77)).toBe("83,77");
    expect(valueLabel("vi", "Ngày Chuyển đổi số quốc gia năm 2026")).toBe("Ngày Chuyển đổi số quốc gia năm 2026");
  });
});
