/**
 * The page in a real browser for the end-to-end tests and the bench: Debian's chromium driven by
 * playwright-core (no browser download), the built dist/ served on 127.0.0.1, every request that
 * would leave the machine refused and recorded.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { DIST_DIR, startStaticServer, type StaticServer } from "../server/static-server.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const EXAMPLES = join(REPO, "examples");
export const SHARED = process.env.CDS_SHARED ?? resolve(REPO, "../shared");
export const SEEDS = join(SHARED, "seeds");
/** Kept by CI as an artifact (test-results/ is ignored by git). */
export const RESULTS = join(REPO, "test-results");

export const canRun = () => existsSync(CHROMIUM) && existsSync(join(DIST_DIR, "index.html"));

export interface Session {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to anywhere but the page's own server (must stay empty). */
  readonly outside: string[];
  close(): Promise<void>;
}

export async function openPage(): Promise<Session> {
  const server = await startStaticServer({ root: DIST_DIR });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  // 1366×768: the laptop screens reviewers use.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: "vi-VN" });
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(server.url);
  return {
    server, browser, context, page, outside,
    async close() {
      await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, name);
  await page.screenshot({ path, fullPage });
  return path;
}

/** A .pdf of the example plan, printed by LibreOffice (null when soffice is not installed). */
export function examplePdf(): string | null {
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);
  if (!soffice) return null;
  const out = mkdtempSync(join(tmpdir(), "cds-web-pdf-"));
  const docx = join(EXAMPLES, "xa-an-phu-2026.docx");
  const r = spawnSync(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${out}/profile`, "--convert-to", "pdf", "--outdir", out, docx], { timeout: 180_000, stdio: "ignore" });
  const pdf = join(out, `${basename(docx, ".docx")}.pdf`);
  return r.status === 0 && existsSync(pdf) ? pdf : null;
}

/** A file that claims to be a .docx but is a broken zip. */
export function corruptDocx(): string {
  const dir = mkdtempSync(join(tmpdir(), "cds-web-bad-"));
  const path = join(dir, "hong.docx");
  writeFileSync(path, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(300, 7)]));
  return path;
}

/** Drops files on the page's drop zone as a reviewer's mouse would (a drop event carrying them). */
export async function dropFiles(page: Page, paths: readonly string[], target = "#drop-zone"): Promise<void> {
  const files = paths.map((p) => ({ name: basename(p), data: readFileSync(p).toString("base64") }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
    return dt;
  }, files);
  await page.dispatchEvent(target, "drop", { dataTransfer: transfer });
}

