import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const SOFFICE = "/usr/bin/soffice";
export const PDFTOPPM = "/usr/bin/pdftoppm";
export const hasOffice = existsSync(SOFFICE) && existsSync(PDFTOPPM);

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** Kept by CI as an artifact (test-results/ is ignored by git), for a person to look at. */
export const resultsDir = join(repoRoot, "test-results");

/**
 * A private LibreOffice profile that recalculates every formula when a file is loaded (Calc's default
 * trusts the cached results of a file another program wrote), so converting a workbook checks our
 * formulas, not our cached numbers.
 */
function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), "cds-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  return dir;
}

/** `soffice --convert-to <target>` for several files in one start-up; returns the output folder. */
export function convert(files: readonly string[], target: string, outdir: string): void {
  mkdirSync(outdir, { recursive: true });
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=file://${profile()}`, "--headless", "--norestore", "--convert-to", target, "--outdir", outdir, ...files], { encoding: "utf8", timeout: 240_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
}

/** PDF pages as PNGs (`<stem>-<n>.png`) in test-results/; returns their paths. */
export function pngs(pdf: string, stem: string, dpi = 70): string[] {
  mkdirSync(resultsDir, { recursive: true });
  const r = spawnSync(PDFTOPPM, ["-r", String(dpi), "-png", pdf, join(resultsDir, stem)], { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  const pages = pageCount(pdf);
  const width = String(pages).length;
  return Array.from({ length: pages }, (_, i) => join(resultsDir, `${stem}-${String(i + 1).padStart(width, "0")}.png`));
}

export function pageCount(pdf: string): number {
  const r = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
}

/** The PDF's text, laid out as on the page (pdftotext -layout). */
export function pdfText(pdf: string): string {
  return spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
}
