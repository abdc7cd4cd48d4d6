#!/usr/bin/env node
/**
 * Rebuilds the Word fixtures: example plans (plans/*.mjs, written in layout-fixtures/dsl.mjs's
 * vocabulary with inline.mjs's marks) rendered the way Microsoft Word and the portals publish them,
 * into test/fixtures/word/:
 *   docx/<stem>.docx          OOXML as Word writes it (docx.mjs), zipped with fflate
 *   html-word/<stem>.htm      Word's "Save as Web Page" (html.mjs)
 *   mht/<stem>.mht            Word's "Single File Web Page": the same page in a MIME message
 *   html-portal/<stem>.html   the same pasted into a commune portal's editor (html.mjs)
 *   pdf-word/<stem>.pdf       html-word printed by Chromium (`--print-to-pdf`)
 *   pdf-portal/<stem>.pdf     html-portal printed by Chromium
 *   txt/<stem>.txt            the Word-style text export of the final document
 *   gold/<stem>.gold.json     the annotation (../shared/gold's format), from the same plan
 * One docs directory per format: `node ../shared/tools/score.mjs --gold …/word/gold --docs …/word/docx`.
 * Needs Chromium for the PDFs (`--no-pdf` skips them); not run in CI (the outputs are committed).
 *
 *   node packages/reader/scripts/word-fixtures/build.mjs [--no-pdf] [path to chromium]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gold, renderText, rowCells } from "../layout-fixtures/plan-text.mjs";
import { renderDocx } from "./docx.mjs";
import { renderMht, renderPortalHtml, renderWordHtml } from "./html.mjs";
import { plain } from "./inline.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../test/fixtures/word");
const args = process.argv.slice(2);
const pdf = !args.includes("--no-pdf");
const chromium = args.find((a) => !a.startsWith("--")) ?? "chromium";

/**
 * The plan as its final text reads (marks resolved, deleted and hidden blocks gone, a text box
 * as the paragraph it prints): what the .txt and the gold are made from.
 */
function finalPlan(plan) {
  // A line break in a cell (w:br, <br>) prints as a space in the text export, and so in the gold.
  const cellText = (t) => plain(t).replace(/\n/g, " ");
  const cell = (c) => (typeof c === "string" ? cellText(c) : { ...c, text: cellText(c.text ?? "") });
  const row = (r) => (Array.isArray(r) ? r.map(cell) : { ...r, cells: r.cells.map(cell) });
  const block = (b) => {
    if (b.deleted) return [];
    if (b.kind === "textbox") return [{ kind: "p", text: plain(b.text), indicator: b.indicator }];
    if (b.kind === "columns") return [{ ...b, blocks: b.blocks.flatMap(block) }];
    if (b.kind === "table") return [{ ...b, header: b.header.map((r) => r.map(cell)), rows: b.rows.filter((r) => !r.deleted).map(row) }];
    if (b.text !== undefined) {
      const text = plain(b.text);
      return text.trim() === "" ? [] : [{ ...b, text }];
    }
    return [b];
  };
  return { ...plan, letterhead: plan.letterhead.map((l) => (Array.isArray(l) ? rowCells(l).map(cell) : { ...l, cells: l.cells.map(cell) })), blocks: plan.blocks.flatMap(block) };
}

const plans = [];
for (const f of readdirSync(join(here, "plans")).filter((f) => f.endsWith(".mjs")).sort()) {
  plans.push((await import(pathToFileURL(join(here, "plans", f)).href)).default);
}
const FORMATS = { "docx": "docx", "html-word": "htm", "mht": "mht", "html-portal": "html", "pdf-word": "pdf", "pdf-portal": "pdf", "txt": "txt", "gold": "gold.json" };
for (const dir of Object.keys(FORMATS)) mkdirSync(join(out, dir), { recursive: true });
for (const plan of plans) {
  const final = finalPlan(plan);
  const text = renderText(final).normalize("NFC");
  writeFileSync(join(out, "txt", `${plan.stem}.txt`), text);
  writeFileSync(join(out, "gold", `${plan.stem}.gold.json`), `${JSON.stringify(gold(final, text), null, 2)}\n`);
  writeFileSync(join(out, "docx", `${plan.stem}.docx`), renderDocx(plan));
  writeFileSync(join(out, "html-word", `${plan.stem}.htm`), renderWordHtml(plan).normalize("NFC"));
  writeFileSync(join(out, "html-portal", `${plan.stem}.html`), renderPortalHtml(plan).normalize("NFC"));
  writeFileSync(join(out, "mht", `${plan.stem}.mht`), renderMht({ ...plan, meta: { ...plan.meta, title: plan.meta.title.normalize("NFC") } }));
  console.log(`${plan.stem}: txt ${text.length} chars`);
}
if (pdf) {
  const work = mkdtempSync(join(tmpdir(), "cds-word-"));
  try {
    for (const plan of plans) {
      for (const [dir, from] of [["pdf-word", join(out, "html-word", `${plan.stem}.htm`)], ["pdf-portal", join(out, "html-portal", `${plan.stem}.html`)]]) {
        const file = join(work, "out.pdf");
        // No header or footer (date, file path): the output depends on the HTML only.
        execFileSync(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--user-data-dir=${join(work, "profile")}`,
          `--print-to-pdf=${file}`, pathToFileURL(from).href], { stdio: ["ignore", "ignore", "ignore"], timeout: 120_000 });
        renameSync(file, join(out, dir, `${plan.stem}.pdf`));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
