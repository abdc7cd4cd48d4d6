import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../src/index.ts";
import { parseNoteIn } from "../src/parse-note.ts";

/** The reader's notes reach a person in the run's language, worded from core's catalogue with the note's own data. */
const root = resolve(import.meta.dirname, "../../..");
const engine = createEngine({ plugins: [] });
const example = readFileSync(resolve(root, "examples/xa-an-phu-2026.txt"));
// The example plan with one broken UTF-8 byte sequence in its first line.
const broken = new Uint8Array([...example.subarray(0, 10), 0xff, ...example.subarray(10)]);

describe("parse notes in the run's language", () => {
  it("a broken byte is noted in Vietnamese by default and in English with locale en", async () => {
    const note = async (locale: "vi" | "en") =>
      (await engine.analyze({ bytes: broken, fileName: "plan.txt" }, { locale })).diagnostics.find((d) => d.ruleId === "parse/bad-bytes");
    expect((await note("vi"))?.message).toBe('Tệp ở mã UTF-8 nhưng có 1 chuỗi byte hỏng (chuỗi đầu ở byte 10); đã thay bằng "\uFFFD".');
    expect((await note("en"))?.message).toBe('The file is UTF-8 but 1 byte sequence(s) are broken (the first at byte 10); they were replaced by "\uFFFD".');
  });

  it("a note the catalogue does not know, or whose data lacks a placeholder, keeps its words", () => {
    const base = { ruleId: "parse/x", category: "parse", severity: "info", span: null, line: null, path: null } as const;
    const unknown = { ...base, messageId: "somethingNew", message: "giữ nguyên", data: {} };
    expect(parseNoteIn(unknown, "en")).toBe(unknown);
    const partial = { ...base, messageId: "unreadableAmount", message: "bản cũ", data: { cell: "abc" } };
    expect(parseNoteIn(partial, "en")).toBe(partial);
    const whole = { ...partial, data: { cell: "abc", row: "Mua máy" } };
    expect(parseNoteIn(whole, "en").message).toBe('Cannot read the amount "abc" of the budget line "Mua máy".');
  });
});
