import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, copyFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { cds, repoRoot } from "../helpers.ts";

const example = "examples/xa-an-phu-2026.txt";
const work = mkdtempSync(join(tmpdir(), "cds-export-"));

// Each case runs the real CLI in a child process; on a busy 2-core machine that takes seconds.
const slow = { timeout: 120_000 };

describe("cds export", slow, () => {
  it("--to xlsx writes a workbook a spreadsheet reads: sheets, numbers, formulas", async () => {
    const out = join(work, "an-phu.xlsx");
    const r = cds(["export", example, "--to", "xlsx", "-o", out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Chỉ tiêu", "Nhiệm vụ", "Dự toán", "Căn cứ pháp lý", "Phát hiện"]));
    const budget = wb.getWorksheet("Dự toán")!;
    const amounts: unknown[] = [];
    const formulas: string[] = [];
    budget.eachRow((row, n) => {
      if (n === 1) return;
      amounts.push(row.getCell(8).value);
      const f = row.getCell(10).value as { formula?: string } | null;
      if (f?.formula) formulas.push(f.formula);
    });
    expect(amounts.filter((a) => typeof a === "number").length).toBeGreaterThan(2);
    expect(formulas.some((f) => f.startsWith("SUM("))).toBe(true);
  });

  it("--to docx writes a review report with Kính gửi and the signature block", async () => {
    const out = join(work, "an-phu.docx");
    expect(cds(["export", example, "--to", "docx", "-o", out]).code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain("BÁO CÁO");
    expect(value).toContain("Kính gửi: Ủy ban nhân dân xã An Phú.");
    expect(value).toContain("II. KẾT QUẢ RÀ SOÁT");
    expect(value).toContain("NGƯỜI RÀ SOÁT");
  });

  it("--to docx takes the review header from the config's `review` (issue 15 item 2)", async () => {
    const config = join(work, "review.config.json");
    writeFileSync(config, JSON.stringify({ review: { parentBody: "UBND TỈNH HÀ TĨNH", issuingBody: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", number: "125/BC-SKHCN", place: "Hà Tĩnh", date: "2026-07-15", signerTitle: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signerName: "Nguyễn Văn A" } }));
    const out = join(work, "an-phu-header.docx");
    expect(cds(["export", example, "--to", "docx", "-o", out, "--config", config]).code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(value).toContain("125/BC-SKHCN");
    expect(value).toMatch(/Hà Tĩnh, ngày 15 tháng 7 năm 2026/);
    expect(value).toContain("Nguyễn Văn A");
  });

  it("a config's `review` is strict: an unknown key is a usage error naming it", () => {
    const config = join(work, "review-typo.config.json");
    writeFileSync(config, JSON.stringify({ review: { signer: "Nguyễn Văn A" } }));
    const r = cds(["export", example, "--to", "docx", "-o", join(work, "never.docx"), "--config", config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("signer");
    expect(existsSync(join(work, "never.docx"))).toBe(false);
  });

  it("--to csv writes one BOM-prefixed file per table", () => {
    const out = join(work, "csv");
    expect(cds(["export", example, "--to", "csv", "-o", out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["budget-lines.csv", "findings.csv", "indicators.csv", "legal-bases.csv", "tasks.csv"]);
    const budget = readFileSync(join(out, "budget-lines.csv"), "utf8");
    expect(budget.charCodeAt(0)).toBe(0xfeff);
    const rows = budget.slice(1).split("\r\n");
    expect(rows[0]).toBe("Tệp,Mã,Thuộc,Nội dung,Đơn vị,Số lượng,Đơn giá (đồng),Thành tiền (đồng),Dòng nhóm");
    expect(rows.some((r) => /,\d{6,},/.test(r))).toBe(true); // amounts in đồng, as plain numbers
  });

  it("--to json prints plan, diagnostics and comparison; an unreadable input is exit 2", () => {
    const r = cds(["export", example, "--to", "json"]);
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.stdout);
    expect(report.plan.meta.unitName).toBe("An Phú");
    expect(Array.isArray(report.diagnostics)).toBe(true);
    expect("comparison" in report).toBe(true);
    expect(cds(["export", "nope.txt", "--to", "json"]).code).toBe(2);
  });
});

describe("cds export of several plans, written plan by plan (issue 14)", slow, () => {
  // Three plans and a file that is not one, in a folder: one worker and two give the same bytes, and the
  // streamed JSON and CSV are what the whole-array exporters write from the same reports.
  const dir = join(work, "several");
  mkdirSync(dir, { recursive: true });
  for (const [i, f] of ["xa-an-phu-2026.txt", "xa-an-phu-2026.html", "xa-an-phu-2026.docx"].entries()) copyFileSync(resolve(repoRoot, "examples", f), join(dir, `${i}-${f}`));
  writeFileSync(join(dir, "3-notes.txt"), "ghi chú\n");
  const outputs = (jobs: string) => {
    const json = cds(["export", dir, "--to", "json", "--jobs", jobs]);
    const csv = join(work, `several-csv-${jobs}`);
    const xlsx = join(work, `several-${jobs}.xlsx`);
    const codes = [json.code, cds(["export", dir, "--to", "csv", "-o", csv, "--jobs", jobs]).code, cds(["export", dir, "--to", "xlsx", "-o", xlsx, "--jobs", jobs]).code];
    const csvFiles = readdirSync(csv).sort().map((f) => [f, readFileSync(join(csv, f), "utf8")] as const);
    return { codes, json: json.stdout, csvFiles, xlsx: readFileSync(xlsx) };
  };

  it("one worker and two write the same bytes; JSON and CSV are the whole-array exporters' bytes", async () => {
    const one = outputs("1");
    const two = outputs("2");
    expect(one.codes).toEqual([2, 2, 2]); // the notes file is not a plan: listed, the rest written
    expect(two.codes).toEqual(one.codes);
    expect(two.json).toBe(one.json);
    expect(two.csvFiles).toEqual(one.csvFiles);
    expect(Buffer.compare(two.xlsx, one.xlsx)).toBe(0);
    const reports = JSON.parse(one.json);
    expect(reports).toHaveLength(3);
    const { exportCsv, exportJson } = await import("@cdsvn/report");
    expect(one.json).toBe(exportJson(reports));
    expect(one.csvFiles).toEqual(exportCsv(reports, "vi").map((f) => [f.name, f.content]).sort());
  });
});

describe("round trip: parse --format json → validate plan.json", slow, () => {
  it("validates the JSON a parse produced, with the same plan", () => {
    const json = join(work, "plan.json");
    const parsed = cds(["parse", example, "--format", "json"]);
    expect(parsed.code).toBe(0);
    writeFileSync(json, parsed.stdout);
    const r = cds(["validate", json, "--format", "json"]);
    expect([0, 1]).toContain(r.code);
    const [report] = JSON.parse(r.stdout);
    expect(report.plan.meta.unitName).toBe(JSON.parse(parsed.stdout).meta.unitName);
    expect(report.plan.budget.lines).toHaveLength(JSON.parse(parsed.stdout).budget.lines.length);
  });

  it("an invalid JSON file is exit 2 with the line and column", () => {
    const bad = join(work, "bad.json");
    writeFileSync(bad, '{\n  "schemaVersion": "1",\n  "meta": }\n');
    const r = cds(["validate", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: invalid JSON at line 3, column \d+/);
  });

  it("JSON that is not a plan is exit 2 with the JSON Pointer of the problem", () => {
    const bad = join(work, "not-plan.json");
    writeFileSync(bad, JSON.stringify({ schemaVersion: "1", meta: { title: 5 } }));
    const r = cds(["validate", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a plan");
    expect(r.stderr).toContain("/meta/");
  });
});

describe("cds compare <folder>", slow, () => {
  const seeds = resolve(repoRoot, "../shared/seeds");

  function makeFolder(withPlans: boolean): string {
    const dir = join(work, withPlans ? "plans" : "junk");
    mkdirSync(dir, { recursive: true });
    if (withPlans) {
      copyFileSync(resolve(repoRoot, example), join(dir, "xa-an-phu-2026.txt"));
      if (existsSync(seeds)) for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(dir, f));
    }
    writeFileSync(join(dir, "rong.txt"), "");
    writeFileSync(join(dir, "bien-ban-hop.txt"), "Biên bản họp giao ban. Các đồng chí trao đổi công việc trong tuần.\n");
    symlinkSync(join(work, "does-not-exist.txt"), join(dir, "lien-ket-hong.txt"));
    return dir;
  }

  it("lists unreadable, empty and non-plan files, writes the summary, exits 1", async () => {
    const dir = makeFolder(true);
    const summary = join(work, "summary.xlsx");
    const r = cds(["compare", dir, "--province", "thanh-hoa", "--summary", summary]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/rong\.txt: tệp rỗng/);
    expect(r.stdout).toMatch(/bien-ban-hop\.txt: không phải kế hoạch/);
    expect(r.stdout).toMatch(/lien-ket-hong\.txt: không có tệp này/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    // One summary sheet per framework year (issue 15): the An Phú plan is a 2026 plan; the file is column 3.
    const ws = wb.getWorksheet("Tổng hợp 2026")!;
    let anPhu = 0;
    ws.eachRow((row, n) => { if (String(row.getCell(3).value).endsWith("xa-an-phu-2026.txt")) anPhu = n; });
    expect(anPhu).toBeGreaterThan(2);
    expect(ws.getRow(anPhu).getCell(2).value).toBe("xã An Phú");
    expect(typeof ws.getRow(anPhu).getCell(5).value).toBe("number");
    const unreadable = wb.getWorksheet("Không đọc được")!;
    expect(unreadable.rowCount).toBe(4);
  });

  it("exits 2 when nothing in the folder is readable", () => {
    const dir = makeFolder(false);
    const r = cds(["compare", dir, "--summary", join(work, "junk.json")]);
    expect(r.code).toBe(2);
    const summary = JSON.parse(readFileSync(join(work, "junk.json"), "utf8"));
    expect(summary.rows).toEqual([]);
    expect(summary.unreadable).toHaveLength(3);
  });
});
