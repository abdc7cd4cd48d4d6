import { describe, expect, it } from "vitest";
import { interpolate, message, formatValue } from "../src/index.ts";
import { MESSAGE_PARTS, MESSAGES } from "../src/i18n/index.ts";

describe("message catalogue", () => {
  it("has every message in both languages, NFC, without stray blanks", () => {
    for (const [id, entry] of Object.entries(MESSAGES)) {
      for (const text of [entry.vi, entry.en]) {
        expect(text.trim(), id).not.toBe("");
        expect(text, id).toBe(text.normalize("NFC"));
        expect(text, id).toBe(text.trim());
      }
      // The same placeholders on both sides: a translation cannot drop a figure.
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(entry.en), id).toEqual(names(entry.vi));
    }
  });

  it("defines each id in one file only", () => {
    const seen = new Map<string, number>();
    MESSAGE_PARTS.forEach((part, i) => {
      for (const id of Object.keys(part)) {
        expect(seen.get(id), `${id} is defined twice`).toBeUndefined();
        seen.set(id, i);
      }
    });
    expect(seen.size).toBe(Object.keys(MESSAGES).length);
  });

  it("uses one word for a framework indicator the plan lacks", () => {
    const vi = Object.values(MESSAGES).map((e) => e.vi).join("\n");
    expect(vi).not.toMatch(/\bthiếu\b/iu);
    expect(message("vi", "status.missing")).toBe("chưa có");
  });

  it("fills placeholders, numbers the locale's way, and leaves unknown ones visible", () => {
    expect(message("vi", "report.counts", { errors: 1, warnings: 12000, infos: 0 })).toBe("1 lỗi, 12.000 cảnh báo, 0 thông tin");
    expect(message("en", "report.counts", { errors: 1, warnings: 12000, infos: 0 })).toBe("1 errors, 12,000 warnings, 0 infos");
    expect(interpolate("{a} và {b}", { a: 3711000000 }, "vi")).toBe("3.711.000.000 và {b}");
    expect(formatValue("vi", 83.77)).toBe("83,77");
    expect(formatValue("vi", 2026)).toBe("2026");
  });
});
