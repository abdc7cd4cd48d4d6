/**
 * Limits by construction (docs/reader.md, "Limits"): small hostile files that used to take
 * gigabytes or minutes, each built by a generator, each with its expected outcome — a clear
 * refusal naming the limit, or a bounded result with a `parse` note.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocument } from "../src/read.ts";
import { UnreadableInput } from "../src/input/errors.ts";
import { tinyPdf } from "./support/tiny-pdf.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string) => zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) });
const refused = async (bytes: Uint8Array, fileName: string, reason: RegExp) => {
  const e = await readDocument(bytes, { fileName }).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(UnreadableInput);
  expect((e as Error).message).toMatch(reason);
};

// Generous timeouts: the machine running the suite may be busy; these guard against a hang, they do not measure speed.
describe("cells per table and per document", { timeout: 30_000 }, () => {
  it(".html: a colspan=256 row then 20,000 short rows is refused, not padded to 5 million cells", async () => {
    const html = `<table><tr><td colspan="256">x</td></tr>${"<tr><td>a</td></tr>".repeat(20_000)}</table>`;
    await refused(enc(html), "wide.html", /100,000 cells per table/);
  });
  it(".txt: a 256-cell line then 80,000 two-cell lines is refused", async () => {
    const txt = `${"x\t".repeat(255)}x\n${"a\tb\n".repeat(80_000)}`;
    await refused(enc(txt), "wide.txt", /100,000 cells per table/);
  });
  it(".docx: a gridSpan 256 row then 20,000 short rows is refused", async () => {
    // Numbered rows: compressible enough to be small, not so much that the zip-bomb check refuses first.
    const rows = Array.from({ length: 20_000 }, (_, i) => `<w:tr><w:tc><w:p><w:r><w:t>${(i * 7919) % 100_003}</w:t></w:r></w:p></w:tc></w:tr>`).join("");
    const first = '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="256"/></w:tcPr><w:p/></w:tc></w:tr>';
    await refused(docx(`<w:tbl>${first}${rows}</w:tbl>`), "wide.docx", /100,000 cells per table/);
  });
  it("many tables each under the table cap are refused past the document cap", async () => {
    const table = `<table><tr><td colspan="250">x</td></tr>${"<tr><td>a</td></tr>".repeat(190)}</table>`;
    await refused(enc(table.repeat(6)), "many.html", /250,000 cells in all/);
  });
  it("a real plan-sized table is read whole", async () => {
    const html = `<table>${`<tr>${"<td>1</td>".repeat(12)}</tr>`.repeat(400)}</table>`;
    const { tree } = await readDocument(enc(html), { fileName: "ok.html" });
    const t = tree.children[0]!;
    expect(t.type === "table" && t.rows.length).toBe(400);
  });
});

describe("nesting depth, checked before parsing", { timeout: 30_000 }, () => {
  it(".docx: 120,000 nested elements (a 2 KB file) are refused at once", async () => {
    // Under 1 MB unpacked, so the zip-bomb ratio check (for parts over 1 MB) does not refuse it first.
    const bytes = docx(`${"<a>".repeat(120_000)}${"</a>".repeat(120_000)}`);
    expect(bytes.length).toBeLessThan(10_000);
    await refused(bytes, "deep.docx", /word\/document\.xml nests elements more than 1000 deep/);
  });
  it(".html: 300,000 nested divs are refused; unclosed <p> and <li>, which HTML allows, are not depth", async () => {
    await refused(enc("<div>".repeat(300_000)), "deep.html", /nests elements more than 1000 deep/);
    const { tree } = await readDocument(enc(`<ul>${"<li>mục".repeat(5_000)}</ul>${"<p>đoạn".repeat(5_000)}`), { fileName: "flat.html" });
    expect(tree.children.length).toBeGreaterThan(5_000);
  });
  it(".md: nested markup inside a cell is refused too", async () => {
    await refused(enc(`| a | ${"<b>".repeat(2_000)}x |\n| - | - |\n`), "deep.md", /nests elements more than 1000 deep/);
  });
});

describe("PDF pieces per page", { timeout: 30_000 }, () => {
  it("a page of 21,000 baselines is read up to the cap, with a parse note, through the baseline map", async () => {
    const texts = Array.from({ length: 21_000 }, (_, i) => ({ x: 50 + (i % 7) * 60, y: 800 - i * 0.035, text: "a" }));
    const { tree, diagnostics } = await readDocument(tinyPdf(texts), { fileName: "dense.pdf" });
    expect(diagnostics.map((d) => d.ruleId)).toContain("parse/pdf-page-truncated");
    expect(tree.text.replace(/\s/g, "").length).toBeLessThanOrEqual(20_000);
    expect(tree.text.length).toBeGreaterThan(0);
  });
});

describe("PDFs mutated from a real one (LibreOffice-printed fixture)", { timeout: 60_000 }, () => {
  it("truncated or with bytes overwritten: a tree or a one-line refusal, never another error", async () => {
    const { readFileSync } = await import("node:fs");
    const { fileURLToPath } = await import("node:url");
    const real = new Uint8Array(readFileSync(fileURLToPath(new URL("fixtures/layout/pdf/thanh-hoa_xuan-phu_2026.pdf", import.meta.url))));
    let seed = 20261206;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cases: Uint8Array[] = [];
    for (const cut of [0.1, 0.5, 0.9, 0.99]) cases.push(real.slice(0, Math.floor(real.length * cut)));
    for (let k = 0; k < 8; k++) {
      const m = real.slice();
      for (let j = 0; j < 40; j++) m[Math.floor(rand() * m.length)] = Math.floor(rand() * 256);
      cases.push(m);
    }
    for (const bytes of cases) {
      const outcome = await readDocument(bytes, { fileName: "mutated.pdf" }).then((r) => r.tree.type, (e: unknown) => e);
      if (outcome !== "document") expect(outcome).toBeInstanceOf(UnreadableInput);
    }
  });
});

describe("figures per document", () => {
  it("a line of 'đạt 1% ' 10,500 times: the facts hold the first 10,000 figures, a parse note says where the rest start", async () => {
    const { readPlan } = await import("../src/read.ts");
    const { FIGURE_LIMIT } = await import("../src/extract/facts/figures.ts");
    const head = "KẾ HOẠCH\nChuyển đổi số xã An Phú năm 2026\nI. MỤC TIÊU\n";
    const { plan, diagnostics } = await readPlan(enc(`${head}Mục tiêu: ${"đạt 1% ".repeat(10_500)}\n`), { fileName: "figures.txt" });
    expect(plan.facts!.figures).toHaveLength(FIGURE_LIMIT);
    const note = diagnostics.find((d) => d.ruleId === "parse/too-many-figures");
    expect(note).toMatchObject({ severity: "warning", line: 4, data: { limit: FIGURE_LIMIT } });
    // the note points at the first figure left out, right after the last one kept
    expect(note!.span!.start).toBeGreaterThan(plan.facts!.figures.at(-1)!.span.start);
    expect(plan.facts!.text.slice(note!.span!.start, note!.span!.end)).toBe("1%");
    // up to the limit nothing is left out
    const atLimit = await readPlan(enc(`${head}Mục tiêu: ${"đạt 1% ".repeat(FIGURE_LIMIT)}\n`), { fileName: "figures.txt" });
    expect(atLimit.plan.facts!.figures).toHaveLength(FIGURE_LIMIT);
    expect(atLimit.diagnostics.some((d) => d.ruleId === "parse/too-many-figures")).toBe(false);
  });
});
