#!/usr/bin/env node
/**
 * Rebuilds the browser-printed fixture: the example plan's HTML (examples/xa-an-phu-2026.html)
 * printed to PDF by Chromium (`--print-to-pdf`, Skia's PDF writer), into
 *   test/fixtures/layout/browser/xa-an-phu-2026.pdf
 * A second PDF writer beside LibreOffice: its fonts and text operators differ, and it draws an
 * HTML table's cells as separate boxes 1.5 pt apart (`border-collapse: separate`). The test reads it
 * as the HTML itself. Needs Chromium; not run in CI (the output is committed).
 *
 *   node packages/reader/scripts/layout-fixtures/browser.mjs [path to chromium]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const html = resolve(here, "../../../../examples/xa-an-phu-2026.html");
const outDir = resolve(here, "../../test/fixtures/layout/browser");
const chromium = process.argv[2] ?? "chromium";

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "cds-browser-"));
try {
  const pdf = join(work, "out.pdf");
  // No header or footer (date, file path): the output depends on the HTML only.
  execFileSync(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", `--user-data-dir=${join(work, "profile")}`,
    `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { stdio: ["ignore", "ignore", "inherit"], timeout: 120_000 });
  renameSync(pdf, join(outDir, "xa-an-phu-2026.pdf"));
  console.log(`wrote ${join(outDir, "xa-an-phu-2026.pdf")}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
