/**
 * The page's size and speed against its limits (reported, never asserted):
 *  - script the first screen loads, gzip: ≤ 250 KB (the engine, the PDF reader and the exporters load later);
 *  - a Word plan from the drop to its review on screen: ≤ 1 s (median of 5 drops, in Debian's chromium).
 * Needs the build (`pnpm --filter @cdsvn/web build`); the timing skips without chromium.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST_DIR } from "../server/static-server.ts";
import { CHROMIUM, dropFiles, EXAMPLES, openPage, SEEDS } from "../test/browser.ts";
import { planAsDocx } from "../test/plan-docx.ts";

const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(join(DIST_DIR, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

if (!existsSync(join(DIST_DIR, "index.html"))) {
  console.error("bench: the page is not built; run: pnpm --filter @cdsvn/web build");
  process.exit(2);
}

// The first screen: index.html's module script and what it preloads.
const html = readFileSync(join(DIST_DIR, "index.html"), "utf8");
const firstScreen = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const first = firstScreen.reduce((n, f) => n + gz(f), 0);
console.log(`first screen script (gzip): ${kb(first)} (limit 250 KB) — ${firstScreen.map((f) => `${f.replace(/^assets\//, "")} ${kb(gz(f))}`).join(", ")}`);

// Everything else, by the moment it loads.
const assets = readdirSync(join(DIST_DIR, "assets")).filter((f) => f.endsWith(".js") && !firstScreen.includes(`assets/${f}`));
const group = (re: RegExp) => assets.filter((f) => re.test(f));
const later: [string, string[]][] = [
  ["analysis worker: engine, rules, frameworks (after the first screen, when idle)", group(/^worker-/)],
  ["Word and HTML front-ends (in the worker, on the first such file)", group(/^reader-(?!pdf)/)],
  ["PDF reader (in the worker, on the first .pdf)", group(/^(reader-pdf|pdfjs)-/)],
  ["exporters (on the first download)", group(/^(report-docx|exceljs|web-downloads)/)],
];
const named = new Set(later.flatMap(([, files]) => files));
later.push(["other lazy chunks", assets.filter((f) => !named.has(f))]);
for (const [label, files] of later) console.log(`${label} (gzip): ${kb(files.reduce((n, f) => n + gz(`assets/${f}`), 0))} — ${files.join(", ")}`);

if (!existsSync(CHROMIUM)) {
  console.log("drop → review: skipped (no /usr/bin/chromium)");
} else {
  const source = existsSync(SEEDS) ? join(SEEDS, readdirSync(SEEDS).sort()[0]!) : join(EXAMPLES, "xa-an-phu-2026.txt");
  const dir = mkdtempSync(join(tmpdir(), "cds-web-bench-"));
  const session = await openPage();
  try {
    // A seed plan as Word, and the same text twice over (a file of about 40 KB, the size of a long plan).
    for (const copies of [1, 2]) {
      const docx = join(dir, `ke-hoach-${copies}.docx`);
      writeFileSync(docx, await planAsDocx(source, copies));
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        await session.page.reload();
        // As a reviewer would: the page is open, its engine loaded, then the drop.
        await session.page.waitForSelector("html[data-engine=ready]", { timeout: 60_000 });
        await dropFiles(session.page, [docx]);
        await session.page.waitForSelector(".plan-view[data-shown-after]", { timeout: 60_000 });
        times.push(Number(await session.page.getAttribute(".plan-view", "data-shown-after")));
      }
      const sorted = [...times].sort((a, b) => a - b);
      console.log(`drop → review of a ${kb(readFileSync(docx).length)} .docx: median ${sorted[2]} ms (limit 1000 ms) — runs ${times.join(", ")} ms`);
    }
  } finally {
    await session.close();
  }
}
