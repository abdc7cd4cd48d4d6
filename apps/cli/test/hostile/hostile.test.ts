/**
 * Issue 17's hostile corpus through the real CLI: nothing crashes the run, every other file of the folder
 * is reported, each bad file gets one line saying why, and what reaches a report or a terminal is neutral.
 * Time and memory bars are measured by the bench, not asserted here; the CLI's own per-file limits are
 * what keeps these tests from hanging.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { cds, repoRoot } from "../helpers.ts";
import { HOSTILE } from "./corpus.ts";

let dir: string;
const good = "xa-an-phu-2026.txt";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cds-hostile-"));
  const plans = join(dir, "plans");
  mkdirSync(plans);
  copyFileSync(resolve(repoRoot, "examples", good), join(plans, good));
  for (const c of HOSTILE) writeFileSync(join(plans, c.fileName), c.bytes());
  symlinkSync("/dev/zero", join(plans, "zero.txt"));
  execFileSync("mkfifo", [join(plans, "fifo.txt")]);
});

/** Lines of stderr that look like a stack trace or an internal error: never shown to a user. */
const traces = (stderr: string) => stderr.split("\n").filter((l) => /^\s+at |internal error|lỗi nội bộ|Error:|node:internal/.test(l));

describe("a folder of hostile files", () => {
  it("is run to the end: the good plan is reported, every bad file named once, no trace", () => {
    const r = cds(["validate", join(dir, "plans"), "--format", "json"], {}, 300_000);
    expect([0, 1, 2]).toContain(r.code);
    expect(traces(r.stderr)).toEqual([]);
    const reports = JSON.parse(r.stdout) as { file: string; diagnostics: unknown[] }[];
    expect(reports.some((x) => x.file.endsWith(good))).toBe(true);
    const shown = (name: string) => reports.some((x) => x.file.endsWith(name)) || r.stderr.includes(name.split("\n")[0]!.replace(/[\u0000-\u001f]/g, ""));
    for (const c of HOSTILE) expect(shown(c.fileName), c.name).toBe(true);
    for (const c of HOSTILE.filter((x) => x.expect === "refused")) expect(reports.some((x) => x.file.endsWith(c.fileName)), c.name).toBe(false);
    expect(r.stderr).toMatch(/zero\.txt/);
    expect(r.stderr).toMatch(/fifo\.txt/);
  });

  it("prints no control character to the terminal, from the text or from a file name", () => {
    const r = cds(["validate", join(dir, "plans")], {}, 300_000);
    // ESC, BEL and the other C0 controls, except tab and newline.
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe("outputs from hostile text", () => {
  const exported = (file: string, to: string) => {
    const out = join(dir, `out-${to}-${file.replace(/[^a-z0-9.]/gi, "_")}.${to}`);
    const r = cds(["export", join(dir, "plans", file), "--to", to, "-o", out]);
    expect([0, 1], r.stderr).toContain(r.code);
    return readFileSync(out);
  };

  it("the xlsx of a plan with U+FFFF is well-formed and opens", async () => {
    const bytes = exported("xml-invalid.txt", "xlsx");
    for (const [name, data] of Object.entries(unzipSync(bytes))) if (name.endsWith(".xml")) expect(strFromU8(data), name).not.toMatch(/[\uFFFE\uFFFF]/);
    await new ExcelJS.Workbook().xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  });

  it("the docx of a plan with U+FFFF holds no XML-invalid character", () => {
    const bytes = exported("xml-invalid.txt", "docx");
    for (const [name, data] of Object.entries(unzipSync(bytes))) if (name.endsWith(".xml")) expect(strFromU8(data), name).not.toMatch(/[\uFFFE\uFFFF\u0000-\u0008]/);
  });

  it("no CSV field starts a formula", () => {
    const out = join(dir, "csv-formula");
    const r = cds(["export", join(dir, "plans", "formula.txt"), "--to", "csv", "-o", out]);
    expect([0, 1], r.stderr).toContain(r.code);
    const csv = readdirSync(out).map((f) => readFileSync(join(out, f), "utf8")).join("\n");
    expect(csv).toMatch(/cmd/);
    const fields = csv.replace(/\uFEFF/g, "").split(/[\r\n]+/).flatMap((line) => line.split(","));
    for (const f of fields) expect(f.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("markdown and html reports carry no raw HTML from the text or a file name", () => {
    for (const format of ["markdown", "html"]) {
      const r = cds(["validate", join(dir, "plans", "html-in-text.txt"), join(dir, "plans", HOSTILE.find((c) => c.fileName.includes("\n"))!.fileName), "--format", format]);
      // Markdown escapes the angle bracket ("\\<img"), HTML writes it as "&lt;": no tag a renderer would run.
      expect(r.stdout).not.toMatch(/(?:^|[^\\])<(?:script|img)\b/im);
    }
  });
});

describe("two runs on the same input", () => {
  it("give byte-identical xlsx and docx", () => {
    for (const to of ["xlsx", "docx"]) {
      const a = exported2("formula.txt", to, "a");
      const b = exported2("formula.txt", to, "b");
      expect(a.equals(b), to).toBe(true);
    }
  });
});

function exported2(file: string, to: string, tag: string): Buffer {
  // (a fresh Buffer: readFileSync's type differs between @types/node versions)
  const out = join(dir, `det-${tag}.${to}`);
  cds(["export", join(dir, "plans", file), "--to", to, "-o", out]);
  return Buffer.from(readFileSync(out));
}
