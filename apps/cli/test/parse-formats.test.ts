import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cds } from "./helpers.ts";

// Each case starts the real CLI in a child process, which takes seconds on a busy machine.
describe("cds parse on every format, and --tree", { timeout: 120_000 }, () => {
  it("reads the .docx and .html versions of the example to the same plan as the .txt", () => {
    const plan = (f: string) => {
      const r = cds(["parse", f, "--format", "json"]);
      expect(r.code, r.stderr).toBe(0);
      const p = JSON.parse(r.stdout) as { meta: unknown; budget: { declaredTotal: unknown; lines: unknown[] } };
      return { meta: p.meta, total: p.budget.declaredTotal, lines: p.budget.lines.length };
    };
    const txt = plan("examples/xa-an-phu-2026.txt");
    expect(plan("examples/xa-an-phu-2026.docx")).toEqual({ ...txt, meta: expect.objectContaining({ title: (txt.meta as { title: string }).title }) });
    expect(plan("examples/xa-an-phu-2026.html").total).toEqual(txt.total);
  });

  it("--tree prints an outline with node types, spans and table cells", () => {
    const r = cds(["parse", "--tree", "examples/xa-an-phu-2026.docx"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^document docx · \d+ chars/m);
    expect(r.stdout).toMatch(/^ {2}table #0 \[\d+–\d+\] \d+ rows × 6 columns/m);
    expect(r.stdout).toMatch(/^ {6}cell 0 \[\d+–\d+\] TT$/m);
  });

  it("--tree --format json prints the tree JSON", () => {
    const r = cds(["parse", "--tree", "--format", "json", "examples/xa-an-phu-2026.html"]);
    const tree = JSON.parse(r.stdout) as { type: string; format: string; children: { type: string }[] };
    expect(tree).toMatchObject({ type: "document", format: "html" });
    expect(tree.children.some((c) => c.type === "table")).toBe(true);
  });

  it("exits 2 with one line for a password-protected or corrupt .docx", () => {
    const dir = mkdtempSync(join(tmpdir(), "cds-"));
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Uint8Array.from("EncryptedPackage".split("").flatMap((c) => [c.charCodeAt(0), 0])), 512);
    writeFileSync(join(dir, "secret.docx"), ole);
    writeFileSync(join(dir, "broken.docx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    for (const [f, why] of [["secret.docx", /có mật khẩu/], ["broken.docx", /bị hỏng/]] as const) {
      const r = cds(["parse", join(dir, f)]);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(why);
    }
  });
});
