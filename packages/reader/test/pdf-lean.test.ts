/**
 * The lean PDF reader against PDF.js, differentially: on every PDF the repository has (the
 * LibreOffice and Chromium printouts, pdf-lib's rewrites of one into object streams and form
 * XObjects, hand-made and mutated files) it either declines or gives exactly PDF.js's pages —
 * the same text, fonts, places and ruling lines in the same order. And each reason to decline, on
 * a file made to show it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDocument } from "../src/read.ts";
import { differences, leanPages, pdfjsPages } from "./support/pdf-paths.ts";
import { pdfOf, tinyPdf } from "./support/tiny-pdf.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");

/** Every .pdf under a package's test folder. */
function repositoryPdfs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === "node_modules") continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".pdf")) out.push(path);
    }
  };
  for (const pkg of readdirSync(join(root, "packages"))) {
    const test = join(root, "packages", pkg, "test");
    try { if (statSync(test).isDirectory()) walk(test); } catch { /* a package without tests */ }
  }
  return out.sort();
}

async function agreeOrDecline(bytes: Uint8Array): Promise<{ lean: "read" | string; differences: string[] }> {
  const lean = leanPages(bytes);
  if (typeof lean === "string") return { lean, differences: [] };
  return { lean: "read", differences: differences(lean, await pdfjsPages(bytes), 0) };
}

describe("the lean PDF reader gives PDF.js's pages or declines", { timeout: 120_000 }, () => {
  const files = repositoryPdfs();
  it("finds the repository's PDFs (layout fixtures, the browser printout, the structure fixtures)", () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });
  // The PDFs of the writers communes use (LibreOffice, Chromium) and pdf-lib's rewrites of one must be
  // read, not declined; any other PDF a test holds may be declined, but if read, read the same.
  const mustRead = (path: string) => /fixtures\/(layout\/(pdf|browser)|pdf-structure)\//.test(path.replaceAll("\\", "/"));
  for (const path of files) {
    it(`${relative(root, path)}: ${mustRead(path) ? "read" : "declined or read"}, and the same as PDF.js's to the last piece`, async () => {
      const outcome = await agreeOrDecline(new Uint8Array(readFileSync(path)));
      if (mustRead(path)) expect(outcome).toEqual({ lean: "read", differences: [] });
      else expect(outcome.differences).toEqual([]);
    });
  }

  it("hand-made PDFs of the tests (Helvetica, not embedded): declined, for the font", () => {
    expect(leanPages(tinyPdf([{ x: 50, y: 800, text: "Ke hoach" }]))).toMatch(/^font: .*not embedded/);
  });

  it("a real PDF truncated or with bytes overwritten: declined, or PDF.js's pages exactly", async () => {
    const real = new Uint8Array(readFileSync(join(here, "fixtures/layout/pdf/thanh-hoa_quang-tien_2026.pdf")));
    let seed = 20261206;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const cases: Uint8Array[] = [];
    for (const cut of [0.3, 0.9, 0.999]) cases.push(real.slice(0, Math.floor(real.length * cut)));
    for (let k = 0; k < 12; k++) {
      const m = real.slice();
      for (let j = 0; j < 1 + (k % 4) * 5; j++) m[Math.floor(rand() * m.length)] = Math.floor(rand() * 256);
      cases.push(m);
    }
    let read = 0;
    for (const bytes of cases) {
      const lean = leanPages(bytes);
      if (typeof lean === "string") continue;
      read++;
      const reference = await pdfjsPages(bytes).catch(() => undefined);
      // Where PDF.js cannot read a file at all, the lean reader must not have read it either.
      expect(reference).toBeDefined();
      expect(differences(lean, reference!, 0)).toEqual([]);
    }
    // A byte overwritten in an image or a font program changes nothing either reader reads.
    expect(read).toBeGreaterThan(0);
  });
});

const stream = (content: string, dict = "") => `<< /Length ${content.length} ${dict}>>\nstream\n${content}\nendstream`;
/** One page drawing `content` with `resources`, then any further objects (numbered from 5). */
const onePage = (content: string, resources = "<< >>", more: readonly string[] = [], opts: { trailer?: string; xrefShift?: number; count?: number } = {}) => pdfOf([
  "<< /Type /Catalog /Pages 2 0 R >>",
  `<< /Type /Pages /Kids [3 0 R] /Count ${opts.count ?? 1} >>`,
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources ${resources} >>`,
  stream(content),
  ...more,
], opts);
/** A font dictionary whose program is "embedded" (the lean reader never opens it) — `extra` says the rest. */
const embeddedFont = (extra: string) => `<< /Type /Font ${extra} /FontDescriptor 6 0 R >>`;
const descriptor = "<< /Type /FontDescriptor /FontName /X /Flags 32 /FontFile2 7 0 R >>";

describe("what the lean reader declines, and why", () => {
  const declines: [string, Uint8Array, RegExp][] = [
    ["an encrypted file", onePage("", "<< >>", [], { trailer: "/Encrypt << /Filter /Standard /V 1 /R 2 >> " }), /^encrypted: /],
    ["an xref that points beside the objects", onePage("", "<< >>", [], { xrefShift: 3 }), /^xref: /],
    ["a page count the tree does not hold", onePage("", "<< >>", [], { count: 2 }), /^pages: /],
    ["a content stream in ASCIIHex", pdfOf([
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", stream("3020303020>", "/Filter /ASCIIHexDecode "),
    ]), /^filter: the ASCIIHexDecode filter/],
    ["an inline image", onePage("q 10 0 0 10 0 0 cm BI /W 1 /H 1 /BPC 8 /CS /G ID x EI Q"), /^inline-image: /],
    ["an operator no PDF has", onePage("0 0 m 1 1 frob"), /^content: the unknown operator 'frob'/],
    ["an operator with too few operands", onePage("0 m"), /^content: 'm' with 1 operands/],
    ["a malformed number", onePage("1.2.3 w"), /^syntax: a malformed number/],
    ["a form XObject that is not there", onePage("/X0 Do"), /^form: no \/XObject resource named X0/],
    ["a form XObject that draws itself", onePage("/X0 Do", "<< /XObject << /X0 5 0 R >> >>", [stream("/X0 Do", "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X0 5 0 R >> >> ")]), /^form: .*cycle/],
    ["a graphics state that sets the font", onePage("/G0 gs", "<< /ExtGState << /G0 << /Font [5 0 R 12] >> >> >>"), /^content: a graphics state that sets the font/],
    ["a Type 3 font without a font matrix", onePage("BT /F1 12 Tf (a) Tj ET", "<< /Font << /F1 5 0 R >> >>", ["<< /Type /Font /Subtype /Type3 /CharProcs << >> /Encoding << /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [500] >>"]), /^font: .*Type 3 font without a valid \/FontMatrix/],
    ["a font of no known type", onePage("BT /F1 12 Tf (a) Tj ET", "<< /Font << /F1 5 0 R >> >>", ["<< /Type /Font /Subtype /MMType1 /FirstChar 97 /Widths [500] >>"]), /^font: .*MMType1/],
    ["a font without a ToUnicode CMap", onePage("BT /F1 12 Tf (a) Tj ET", "<< /Font << /F1 5 0 R >> >>", [embeddedFont("/Subtype /TrueType /FirstChar 97 /Widths [500]"), descriptor, stream("")]), /^font: .*no ToUnicode CMap/],
    ["vertical writing (Identity-V)", onePage("BT /F1 12 Tf <0001> Tj ET", "<< /Font << /F1 5 0 R >> >>", [embeddedFont("/Subtype /Type0 /Encoding /Identity-V /DescendantFonts [] /ToUnicode 8 0 R"), descriptor, stream(""), stream("1 beginbfchar <0001> <0041> endbfchar")]), /^font: .*Identity-H/],
    ["a CID font whose /W spans more widths than there are codes", onePage("BT /F1 12 Tf <0001> Tj ET", "<< /Font << /F1 5 0 R >> >>", [
      "<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /DescendantFonts [9 0 R] /ToUnicode 8 0 R >>", descriptor, stream(""),
      stream("1 beginbfchar <0001> <0041> endbfchar"),
      "<< /Type /Font /Subtype /CIDFontType2 /FontDescriptor 6 0 R /W [0 65535 500 100000 165535 500 200000 265535 500] >>",
    ]), /^font: .*more widths than codes/],
    ["a code the ToUnicode CMap leaves out", onePage("BT /F1 12 Tf (ab) Tj ET", "<< /Font << /F1 5 0 R >> >>", [embeddedFont("/Subtype /TrueType /FirstChar 97 /Widths [500 500] /ToUnicode 8 0 R"), descriptor, stream(""), stream("1 beginbfchar <61> <0061> endbfchar")]), /^font: .*code 98 has no Unicode/],
  ];
  for (const [what, bytes, reason] of declines) {
    it(`${what}: declined (${reason.source.slice(1, reason.source.indexOf(":"))})`, () => {
      expect(leanPages(bytes)).toMatch(reason);
    });
  }

  it("a font it understands is read: its ToUnicode text and /Widths advance, as PDF.js reads them", async () => {
    const bytes = onePage("BT /F1 10 Tf 72 700 Td (ab) Tj ET", "<< /Font << /F1 5 0 R >> >>", [
      embeddedFont("/Subtype /TrueType /FirstChar 97 /Widths [500 600] /ToUnicode 8 0 R"), descriptor, stream(""),
      stream("2 beginbfchar <61> <1EA1> <62> <0062> endbfchar"),
    ]);
    const lean = leanPages(bytes);
    expect(typeof lean).not.toBe("string");
    expect((lean as Exclude<typeof lean, string>)[0]!.pieces).toEqual([{ str: "ạb", x: 72, y: 700, width: 11, size: 10, font: "f5_0" }]);
  });

  it("a Type 3 font (Chromium writes one for glyphs it cannot embed): its matrix scales its widths, as in PDF.js", async () => {
    const bytes = onePage("BT /F1 10 Tf 72 700 Td (ab) Tj ET", "<< /Font << /F1 5 0 R >> >>", [
      "<< /Type /Font /Subtype /Type3 /FontMatrix [0.0005 0 0 0.0005 0 0] /FontBBox [0 0 1000 1000] /CharProcs << /a 7 0 R /b 7 0 R >> /Encoding << /Differences [97 /a /b] >> /FirstChar 97 /LastChar 98 /Widths [1000 1200] /ToUnicode 6 0 R >>",
      stream("2 beginbfchar <61> <0061> <62> <1EA1> endbfchar"), stream("1000 0 d0"),
    ]);
    const lean = leanPages(bytes);
    expect(typeof lean).not.toBe("string");
    expect((lean as Exclude<typeof lean, string>)[0]!.pieces).toEqual([{ str: "aạ", x: 72, y: 700, width: 11, size: 10, font: "f5_0" }]);
    expect(differences(lean as Exclude<typeof lean, string>, await pdfjsPages(bytes), 0)).toEqual([]);
  });

  it("a declined file is read by PDF.js as before: the reader's answer does not depend on the path", async () => {
    const { tree } = await readDocument(tinyPdf([{ x: 50, y: 800, text: "Ke hoach so 12" }]), { fileName: "tiny.pdf" });
    expect(tree.text).toContain("Ke hoach so 12");
  });
});
