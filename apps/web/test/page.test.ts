import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { FileReport } from "@cdsvn/core";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../src/engine/run.ts";
import { canRun, corruptDocx, dropFiles, EXAMPLES, examplePdf, openPage, REPO, RESULTS, screenshot, SEEDS, type Session } from "./browser.ts";
import { planAsDocx } from "./plan-docx.ts";

/**
 * The reviewer's page in Debian's chromium: one plan with its findings placed in the text, a batch
 * with a broken file, a framework file that changes the verdicts and stays for the next visit, and
 * every download opened again. Skips when chromium or the build is absent.
 */
const EXAMPLE_DOCX = join(EXAMPLES, "xa-an-phu-2026.docx");

async function findingsOnPage(page: Page): Promise<string[]> {
  return page.$$eval(".findings .finding", (items) => items.map((li) => `${li.getAttribute("data-rule")} ${li.querySelector(".message")?.textContent ?? ""}`));
}

async function downloaded(page: Page, selector: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]) as [Download, unknown];
  const path = await download.path();
  return readFileSync(path);
}

/** Back to an empty list, from wherever the previous test left the page. */
async function startOver(page: Page): Promise<void> {
  if (await page.locator(".back").count()) await page.click(".back");
  if (await page.locator(".batch button", { hasText: "Xoá danh sách" }).count()) await page.click(".batch button >> text=Xoá danh sách");
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe.skipIf(!canRun())("the reviewer's page in chromium", () => {
  let s: Session;
  beforeAll(async () => { s = await openPage(); });
  afterAll(async () => { await s?.close(); });

  it("shows one .docx plan with the same findings as the engine, each placed in the text", async () => {
    const { page } = s;
    expect(await page.textContent("h1")).toMatch(/Rà soát kế hoạch/);
    await page.setInputFiles("#files", EXAMPLE_DOCX);
    await page.waitForSelector(".plan-view[data-shown-after]");
    const expected = await analyze("xa-an-phu-2026.docx", new Uint8Array(readFileSync(EXAMPLE_DOCX)), { locale: "vi", province: null, year: null, framework: null });
    const shown = await findingsOnPage(page);
    expect(shown.sort()).toEqual(expected.report.diagnostics.map((d) => `${d.ruleId} ${d.message}`).sort());
    expect(shown.length).toBeGreaterThan(0);
    // The comparison: one row per framework indicator in force, with its verdict and source.
    const rows = await page.$$eval("#comparison tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    const inForce = expected.report.comparison!.items.filter((i) => i.status !== "extra" && i.status !== "not-applicable");
    expect(rows.map((r) => r[0])).toEqual(inForce.map((i) => i.code));
    expect(rows.find((r) => r[0] === "CQS-DVCTT-TOAN-TRINH")?.[4]).toBe("đạt");
    expect(rows.every((r) => r[5] !== "—")).toBe(true);

    // A finding placed in the text: clicking it marks its place; clicking the mark selects it.
    const located = expected.report.diagnostics.findIndex((d) => d.span !== null);
    if (located >= 0) {
      const id = await page.$$eval(".findings .finding", (items, rule) => items.find((li) => li.getAttribute("data-rule") === rule)?.id ?? "", expected.report.diagnostics[located]!.ruleId);
      await page.click(`#${id} .finding-head`);
      await page.locator(`mark.current[data-findings~="${id}"]`).first().waitFor();
      await page.click(".plan-view h2");
      await page.locator(`mark[data-findings~="${id}"]`).first().click();
      await page.locator(`#${id}.current`).waitFor();
    }
    // Warnings hidden: only the other findings stay in view.
    await page.uncheck("#show-warning");
    const visible = await page.$$eval(".findings .finding", (items) => items.filter((li) => (li as HTMLElement).offsetParent !== null).length);
    expect(visible).toBe(expected.report.summary.errors + expected.report.summary.infos);
    await page.check("#show-warning");
    await screenshot(page, "web-plan.png");
    // Printed: the findings and tables, without the controls.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".drop-zone").isVisible()).toBe(false);
    expect(await page.locator(".findings .finding").first().isVisible()).toBe(true);
    await screenshot(page, "web-print.png");
    await page.emulateMedia({ media: "screen" });

    // Its downloads, opened again.
    const docx = await downloaded(page, '[data-download="docx"]');
    const { value: docxText } = await mammoth.extractRawText({ buffer: docx });
    expect(docxText).toContain("An Phú");
    const xlsx = await workbook(await downloaded(page, '[data-download="xlsx"]'));
    expect(xlsx.worksheets.length).toBeGreaterThan(1);
    const html = (await downloaded(page, '[data-download="html"]')).toString("utf8");
    expect(html).toContain("<!doctype html>".slice(0, 5));
    expect(html).toContain("An Phú");
    const jsonBytes = await downloaded(page, '[data-download="json"]');
    const json = JSON.parse(jsonBytes.toString("utf8"));
    expect(json[0].plan.meta.documentNumber).toBe("15/KH-UBND");
    expect(json[0].diagnostics).toHaveLength(expected.report.diagnostics.length);
    // The JSON dropped back in is read as the plan it holds.
    const again = join(mkdtempSync(join(tmpdir(), "cds-web-json-")), "xa-an-phu-2026.json");
    writeFileSync(again, jsonBytes);
    await page.setInputFiles("#files", again);
    await page.locator('.batch-table tbody tr[data-status="done"]', { hasText: "xa-an-phu-2026.json" }).waitFor();
    expect(await page.locator(".batch-table tbody tr", { hasText: "xa-an-phu-2026.json" }).textContent()).toContain("xã An Phú");
    expect(s.outside).toEqual([]);
  });

  it("reads a batch (examples, seeds, a PDF, a broken file) and opens a row", async () => {
    const { page } = s;
    await startOver(page);
    const files = ["xa-an-phu-2026.txt", "xa-an-phu-2026.html"].map((f) => join(EXAMPLES, f));
    if (existsSync(SEEDS)) files.push(...readdirSync(SEEDS).sort().map((f) => join(SEEDS, f)));
    const pdf = examplePdf();
    if (pdf) files.push(pdf);
    files.push(corruptDocx());
    await page.setInputFiles("#files", files);
    await page.waitForFunction((n) => document.querySelectorAll('.batch-table tbody tr[data-status="done"], .batch-table tbody tr[data-status="failed"]').length === n, files.length, { timeout: 120_000 });
    const failed = await page.$$eval('.batch-table tbody tr[data-status="failed"]', (trs) => trs.map((tr) => tr.textContent ?? ""));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain("hong.docx");
    expect(failed[0]).toContain("không đọc được");
    expect(await page.locator('.batch-table tbody tr[data-status="done"]').count()).toBe(files.length - 1);
    // The PDF is read like its .docx: the same plan number in the export, the same unit in the row.
    if (pdf) expect(await page.locator(".batch-table tbody tr", { hasText: "xa-an-phu-2026.pdf" }).textContent()).toContain("xã An Phú");

    // Sorted by errors, most first; filtered by a word.
    await page.click('[data-sort="errors"]');
    await page.click('[data-sort="errors"]');
    const errors = await page.$$eval(".batch-table tbody tr[data-status=done] td:nth-child(5)", (tds) => tds.map((td) => Number(td.textContent)));
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    await page.fill("#batch-filter", "an-phu");
    expect(await page.locator(".batch-table tbody tr").count()).toBe(files.filter((f) => f.includes("an-phu")).length);
    await page.fill("#batch-filter", "");
    // One matrix per framework year (the seeds span 2025–2027).
    await page.locator("table.matrix").first().waitFor();
    expect(await page.locator("table.matrix").count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, "web-batch.png", true);

    // The same findings and verdicts as `cds export --to json` gives for the same files.
    const all = JSON.parse((await downloaded(page, '[data-download="json"]')).toString("utf8")) as FileReport[];
    const seeds = files.filter((f) => f.startsWith(SEEDS));
    if (seeds.length > 0) {
      const cli = spawnSync(process.execPath, ["--disable-warning=ExperimentalWarning", join(REPO, "apps/cli/src/bin.ts"), "export", ...seeds, "--to", "json"], { encoding: "utf8", maxBuffer: 64 << 20, timeout: 300_000 });
      expect(cli.status, cli.stderr).toBe(0);
      const fromCli = JSON.parse(cli.stdout) as FileReport[];
      const view = (r: FileReport) => ({
        findings: r.diagnostics.map((d) => `${d.line ?? "-"} ${d.severity} ${d.ruleId} ${d.message}`).sort(),
        verdicts: (r.comparison?.items ?? []).map((i) => `${i.code} ${i.status}`),
      });
      for (const r of fromCli) {
        const mine = all.find((p) => basename(p.file) === basename(r.file));
        expect(mine, r.file).toBeDefined();
        expect(view(mine!), r.file).toEqual(view(r));
      }
    }

    const summary = await workbook(await downloaded(page, '[data-download="summary"]'));
    const cells = JSON.stringify(summary.worksheets.map((w) => w.getSheetValues()));
    for (const f of files) expect(cells, f).toContain(basename(f));

    await page.locator(".batch-table button.open").first().click();
    await page.locator(".plan-view").waitFor();

    // A folder picked: its plan files, sub-folders included, by their path inside it.
    await startOver(page);
    const dir = mkdtempSync(join(tmpdir(), "cds-web-folder-"));
    mkdirSync(join(dir, "xa-b"));
    copyFileSync(join(EXAMPLES, "xa-an-phu-2026.txt"), join(dir, "a.txt"));
    copyFileSync(join(EXAMPLES, "xa-an-phu-2026.docx"), join(dir, "xa-b", "b.docx"));
    writeFileSync(join(dir, "ghi-chu.png"), "not a plan file");
    await page.setInputFiles("#folder", dir);
    await page.waitForFunction(() => document.querySelectorAll('.batch-table tbody tr[data-status="done"]').length === 2, undefined, { timeout: 60_000 });
    const names = await page.$$eval(".batch-table tbody tr td:first-child", (tds) => tds.map((td) => td.textContent ?? ""));
    expect(names.map((n) => n.replace(/^[^/]+\//, "")).sort()).toEqual(["a.txt", "xa-b/b.docx"]);
    expect(s.outside).toEqual([]);
  });

  it("holds a plan to the province's framework file (.xlsx), keeps it for the next visit, and removes it", async () => {
    const { page } = s;
    // The Quảng Ngãi example: a province without a plugin, its framework given as a workbook.
    const plan = [join(EXAMPLES, "quang-ngai", "xa-nghia-thuan-2026.txt"), join(EXAMPLES, "xa-nghia-thuan-quang-ngai-2026.txt")].find(existsSync)!;
    const framework = [join(EXAMPLES, "quang-ngai", "quang-ngai-2026.xlsx"), join(EXAMPLES, "frameworks", "quang-ngai-2026.xlsx")].find(existsSync)!;
    await startOver(page);
    await page.setInputFiles("#files", plan);
    await page.waitForSelector(".plan-view[data-shown-after]");
    const codes = () => page.$$eval("#comparison tbody tr td:first-child", (tds) => tds.map((td) => td.textContent ?? ""));
    expect((await codes()).filter((c) => c.startsWith("QN26-"))).toEqual([]);

    // A file that is not a framework is refused with its reason; nothing changes.
    const bad = join(mkdtempSync(join(tmpdir(), "cds-web-fw-")), "khung.json");
    writeFileSync(bad, '{"id": "x", "indicators": [');
    await page.setInputFiles("#framework-file", bad);
    await page.locator("#framework-error", { hasText: "khung.json" }).waitFor();

    // The province's own targets: new rows, with the file's source and confidence, on the plan already open.
    await page.setInputFiles("#framework-file", framework);
    await page.locator("#framework-info", { hasText: "quang-ngai-2026.xlsx" }).waitFor();
    await page.locator("#comparison tbody tr", { hasText: "QN26-HAI-LONG" }).waitFor();
    const row = await page.locator("#comparison tbody tr", { hasText: "QN26-HAI-LONG" }).textContent();
    expect(row).toContain("thấp hơn");
    expect(row).toContain("210/KH-UBND");
    expect(row).toContain("nguồn thứ cấp");
    expect((await codes()).filter((c) => c.startsWith("QN26-")).length).toBe(5);
    await screenshot(page, "web-framework.png");

    // The next visit finds it again; removing it takes it away for good.
    await page.reload();
    await page.locator("#framework-info", { hasText: "quang-ngai-2026.xlsx" }).waitFor();
    await page.click("#framework-remove");
    await page.locator("#framework-info", { hasText: "Chưa nạp khung riêng" }).waitFor();
    await page.reload();
    await page.locator("#framework-info", { hasText: "Chưa nạp khung riêng" }).waitFor();

    // Dropped outside the drop zone, a plan is still taken (the browser does not navigate away to it);
    // province and year overridden for it: it is re-checked for them.
    await dropFiles(page, [plan], "h1");
    await page.waitForSelector(".plan-view[data-shown-after]");
    await page.selectOption(".override select", "thanh-hoa");
    await page.fill(".override input[name=year]", "2027");
    await page.click(".override button[type=submit]");
    await page.locator("#comparison caption", { hasText: "2027" }).waitFor();
    expect(await page.locator(".meta", { hasText: "Thanh Hóa" }).count()).toBe(1);
    expect(s.outside).toEqual([]);
  });

  it("switches to English and times a Word plan from the drop to its review", async () => {
    const { page } = s;
    await page.click("#language");
    await page.locator("h1", { hasText: "Review of commune" }).waitFor();
    const seed = existsSync(SEEDS) ? join(SEEDS, readdirSync(SEEDS).sort()[0]!) : join(EXAMPLES, "xa-an-phu-2026.txt");
    const dir = mkdtempSync(join(tmpdir(), "cds-web-time-"));
    const docx = join(dir, "ke-hoach.docx");
    writeFileSync(docx, await planAsDocx(seed));
    await page.reload();
    await page.waitForSelector("html[data-engine=ready]");
    await dropFiles(page, [docx]);
    await page.waitForSelector(".plan-view[data-shown-after]");
    const ms = Number(await page.getAttribute(".plan-view", "data-shown-after"));
    expect(ms).toBeGreaterThan(0);
    writeFileSync(join(RESULTS, "web-timing.json"), `${JSON.stringify({ file: docx, bytes: readFileSync(docx).length, msFromDropToReview: ms }, null, 2)}\n`);
    await screenshot(page, "web-plan-en.png");
    await page.click("#language");
  });
});
