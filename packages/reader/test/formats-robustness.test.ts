import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as core from "@cdsvn/core";
import { readPlan } from "../src/read.ts";
import { UnreadableInput, UnsupportedFormat } from "../src/input/errors.ts";
import { textToTree } from "../src/formats/text.ts";
import { htmlToTree } from "../src/formats/html.ts";
import { textPlanTree, treeToDocx, treeToHtml } from "./support/convert.ts";
import { ADVERSARIAL } from "./support/adversarial.ts";

const here = dirname(fileURLToPath(import.meta.url));
const examples = resolve(here, "../../../examples");
const example = readFileSync(join(examples, readdirSync(examples).find((f) => f.endsWith(".txt"))!), "utf8");
const exampleLines = example.split("\n");
const enc = (s: string) => new TextEncoder().encode(s);

/** The reader may refuse a file (a ReaderError, exit 2) but must never throw anything else. */
async function readsOrRefuses(bytes: Uint8Array, fileName: string): Promise<void> {
  try {
    const r = await readPlan(bytes, { fileName });
    for (const d of r.diagnostics) expect(d.category).toBeTypeOf("string");
    for (const b of r.tree.children) {
      expect(b.span.start).toBeGreaterThanOrEqual(0);
      expect(b.span.end).toBeLessThanOrEqual(r.tree.text.length);
    }
  } catch (e) {
    if (!(e instanceof UnreadableInput || e instanceof UnsupportedFormat)) throw e;
  }
}

const mutatedPlan = fc.oneof(
  fc.nat({ max: example.length }).map((n) => example.slice(0, n)),
  fc.shuffledSubarray(exampleLines, { minLength: 1 }).map((ls) => ls.join("\n")),
  fc.array(fc.constantFrom(...exampleLines, "\t\t\t", "|a|b|", "<ul><li>- x</li>", "## ***1.1***", "9".repeat(400), "1.1.1.1.1.1.1", "Quý I, I, I, I"), { maxLength: 80 }).map((ls) => ls.join("\n")),
  fc.tuple(fc.nat({ max: exampleLines.length }), fc.string({ maxLength: 200 })).map(([at, junk]) => [...exampleLines.slice(0, at), junk, ...exampleLines.slice(at)].join("\n")),
  fc.string({ unit: "grapheme", maxLength: 500 }),
);

describe("fuzz: random and mutated inputs through every front-end and the whole readPlan", () => {
  it("text and Markdown: no throw escapes", async () => {
    await fc.assert(fc.asyncProperty(mutatedPlan, fc.constantFrom("a.txt", "a.md"), async (s, name) => readsOrRefuses(enc(s), name)), { numRuns: 1500 });
  }, 120_000);
  it("random bytes under every extension", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("a.txt", "a.md", "a.html", "a.docx", "a.pdf", "a.doc", "a"), async (b, name) => readsOrRefuses(b, name)),
      { numRuns: 1500 },
    );
  }, 120_000);
  it("html: mutated markup", async () => {
    const html = treeToHtml(textPlanTree(enc(example), "a.txt"));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: html.length }), fc.string({ maxLength: 50 }), async (at, junk) => readsOrRefuses(enc(html.slice(0, at) + junk + html.slice(at)), "a.html")),
      { numRuns: 500 },
    );
    await readsOrRefuses(enc("<table>".repeat(5000) + "<td rowspan=99999 colspan=99999>x"), "deep.html");
    await readsOrRefuses(enc(`<table><tr>${"<td colspan=999>x</td>".repeat(20000)}</tr></table>`), "wide.html");
  }, 120_000);
  it("docx: truncated and bit-flipped files", async () => {
    const docx = await treeToDocx(textPlanTree(enc(example), "a.txt"));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: docx.length }), fc.nat({ max: docx.length - 1 }), fc.integer({ min: 0, max: 255 }), async (cut, at, byte) => {
        const b = docx.slice(0, Math.max(cut, 4));
        if (at < b.length) b[at] = byte;
        await readsOrRefuses(b, "a.docx");
      }),
      { numRuns: 300 },
    );
  }, 120_000);
  it("huge numbers and a 10,000-row table", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i + 1}\tNội dung ${i}\tGói\t01\t${"9".repeat(30)}\t${(i * 1_000_000).toLocaleString("vi-VN")}`);
    const text = `${example}\nTT\tNội dung\tĐVT\tSố lượng\tĐơn giá\tThành tiền\n${rows.join("\n")}\nTổng\t\t\t\t\t${"9".repeat(400)}`;
    const r = await readPlan(enc(text), { fileName: "big.txt" });
    const table = r.tree.children.filter((b) => b.type === "table").at(-1);
    expect(table?.type === "table" && table.rows.length).toBe(10_002);
  }, 120_000);
});

describe("every regular expression is linear: a 5 MB adversarial line parses to completion", () => {
  // Text without Vietnamese is refused before extraction (not a plan), so the line follows a plan's
  // opening words, and the prefixes the extractors' patterns start on.
  const opening = "Kế hoạch chuyển đổi số xã Tân Phú năm 2026. Tổng dự toán: ";
  it.each(ADVERSARIAL)("readPlan on %s", async (_, line) => {
    const r = await readPlan(enc(opening + line), { fileName: "adversarial.txt" });
    expect(r.tree.text.length).toBe(opening.length + line.length);
  }, 120_000);
  it.each(ADVERSARIAL)("markdown and html front-ends on %s", (_, line) => {
    expect(textToTree(line, "md").type).toBe("document");
    expect(htmlToTree(line).type).toBe("document");
  }, 120_000);
  it.each(ADVERSARIAL)("core text primitives on %s", (_, line) => {
    const probe = line.slice(0, 1_000_000);
    core.findLegalCitations(probe);
    core.findPeriod(probe);
    core.parseVnDate(probe);
    core.parseVnNumber(probe);
    core.parseTarget(probe);
    core.parseMoney(probe);
    core.parseDeadline(probe);
    core.expandAbbreviations(probe);
    expect(core.nfc(probe).length).toBe(probe.length);
  }, 120_000);
});
