import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { formatReports } from "../src/index.ts";
import { SAMPLE_FILE, SAMPLE_TEXT, sampleReport } from "./sample.ts";

const CHROMIUM = "/usr/bin/chromium";
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
// Kept by CI as an artifact (test-results/ is ignored by git).
const resultsDir = join(repoRoot, "test-results");

/** Debian's chromium, headless, sandbox off (CI runs as root), nothing fetched in the background. */
function chromium(args: readonly string[], profile: string) {
  return spawnSync(
    CHROMIUM,
    ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", `--user-data-dir=${profile}`, ...args],
    { encoding: "utf8", timeout: 120_000, maxBuffer: 32 * 1024 * 1024 },
  );
}

describe.skipIf(!existsSync(CHROMIUM))("html report in headless Chromium", () => {
  const work = mkdtempSync(join(tmpdir(), "cds-html-"));
  const page = join(work, "bao-cao.html");
  writeFileSync(page, formatReports([sampleReport()], "html", { locale: "vi", color: false, sources: new Map([[SAMPLE_FILE, SAMPLE_TEXT]]) }));
  const url = pathToFileURL(page).href;

  it("renders the summary, the findings by section with quotes and the comparison table", () => {
    const r = chromium(["--dump-dom", url], join(work, "profile-dom"));
    expect(r.status).toBe(0);
    const dom = r.stdout;
    expect(dom).toContain('<header id="summary">');
    expect(dom).toContain("Báo cáo rà soát kế hoạch");
    expect(dom.match(/<li class="finding/g)).toHaveLength(5);
    expect(dom).toContain('<h4 data-section="budget">Dự toán kinh phí</h4>');
    expect(dom).toContain("<blockquote>");
    expect(dom).toMatch(/<table class="comparison">[\s\S]*chưa có[\s\S]*<\/table>/);
  });

  it("prints on A4 pages with the comparison table whole, and keeps the first page as PNG", () => {
    mkdirSync(resultsDir, { recursive: true });
    const pdf = join(work, "bao-cao.pdf");
    const r = chromium([`--print-to-pdf=${pdf}`, "--no-pdf-header-footer", url], join(work, "profile-pdf"));
    expect(r.status).toBe(0);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/Page size:\s+59[45](?:\.\d+)? x 841(?:\.\d+)? pts/); // A4, from the page's @page rule
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("Đối chiếu với khung chỉ tiêu");
    expect(text).toMatch(/Tỷ lệ người dân có danh tính số\s+≥ 90%\s+—\s+chưa có/); // one table row, on one page
    spawnSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "1", pdf, join(resultsDir, "report-html-print")]);
  });

  it("takes a screenshot into test-results/", () => {
    mkdirSync(resultsDir, { recursive: true });
    const shot = join(resultsDir, "report-html.png");
    const r = chromium([`--screenshot=${shot}`, "--window-size=1200,1600", "--hide-scrollbars", url], join(work, "profile-shot"));
    expect(r.status).toBe(0);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(readFileSync(shot).subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
