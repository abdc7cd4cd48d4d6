/**
 * The hostile-input corpus of issue 17, as small generators rather than megabyte files: each case makes
 * the bytes (and the name) of one file that broke or hung the toolkit once, and says what a run must do
 * with it. `hostile.test.ts` runs them all, in one folder with a good plan, through the real CLI.
 */
import { deflateSync, zipSync, strToU8 } from "fflate";

export interface HostileCase {
  readonly name: string;
  /** File name inside the test folder (may itself be hostile). */
  readonly fileName: string;
  readonly bytes: () => Uint8Array;
  /** "report": read and reported (findings or none); "refused": one line saying why, the run goes on. */
  readonly expect: "report" | "refused" | "either";
}

const enc = (s: string) => new TextEncoder().encode(s);

/** A minimal plan the text can be embedded in, so the reader gets past "not a plan". */
export function planText(body: string): string {
  return [
    "ỦY BAN NHÂN DÂN",
    "XÃ THỬ NGHIỆM",
    "Số: 01/KH-UBND",
    "Thử Nghiệm, ngày 05 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Chuyển đổi số xã Thử Nghiệm năm 2026",
    "I. MỤC TIÊU, CHỈ TIÊU",
    "- 100% hồ sơ công việc được xử lý trên môi trường điện tử.",
    body,
    "",
  ].join("\n");
}

/** A .docx whose document.xml is `bodyXml` (inside <w:body>), zipped with real compression. */
export function docx(bodyXml: string): Uint8Array {
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`;
  return zipSync({ "[Content_Types].xml": strToU8(types), "_rels/.rels": strToU8(rels), "word/document.xml": strToU8(doc) }, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
}

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A one-page PDF whose (Flate-compressed) content stream is `content`, Helvetica as /F1. */
export function pdf(content: string): Uint8Array {
  const stream = deflateSync(enc(content), { level: 9 });
  const head = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
  ];
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Uint8Array) => {
    parts.push(b);
    length += b.length;
  };
  push(enc("%PDF-1.4\n"));
  head.forEach((o, i) => {
    offsets.push(length);
    push(enc(`${i + 1} 0 obj\n${o}\nendobj\n`));
  });
  offsets.push(length);
  push(enc(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`));
  push(stream);
  push(enc("\nendstream\nendobj\n"));
  offsets.push(length);
  push(enc("5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"));
  const xref = length;
  push(enc(`xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Deterministic pseudo-random bytes (xorshift), so the corpus is the same on every run. */
function noise(n: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const wideThenLong = (rows: number) => `<table><tr><td colspan="256">x</td></tr>${"<tr><td>a</td></tr>".repeat(rows)}</table>`;

export const HOSTILE: readonly HostileCase[] = [
  // Memory: every row padded to the widest one.
  { name: "html: one 256-column row, then 80,000 short rows", fileName: "wide-table.html", expect: "either", bytes: () => enc(`<html><body><p>Kế hoạch chuyển đổi số xã năm 2026</p>${wideThenLong(80_000)}</body></html>`) },
  { name: "txt: one 256-cell row, then 80,000 short rows", fileName: "wide-table.txt", expect: "either", bytes: () => enc(planText(`${"x\t".repeat(255)}x\n${"a\tb\n".repeat(80_000)}`)) },
  { name: "docx: one 256-column row, then 80,000 short rows", fileName: "wide-table.docx", expect: "either", bytes: () => docx(`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="256"/></w:tcPr>${para("x")}</w:tc></w:tr>${`<w:tr><w:tc>${para("a")}</w:tc></w:tr>`.repeat(80_000)}</w:tbl>`) },
  { name: "7,000 tasks of the same name", fileName: "same-tasks.txt", expect: "report", bytes: () => enc(planText(`TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian\n${Array.from({ length: 7_000 }, (_, i) => `${i + 1}\tTriển khai nền tảng số\tVăn phòng HĐND và UBND xã\tQuý I/2026`).join("\n")}`)) },
  // Time: super-linear scans from a few kilobytes.
  { name: "'Tổng dự toán: 0' then 3,000 spaces", fileName: "prose-total.txt", expect: "report", bytes: () => enc(planText(`Tổng dự toán: 0${" ".repeat(3_000)}đồng`)) },
  // recheck's attacks on the last patterns it rated polynomial (issue 17), 100 KB each, before their rewrite
  { name: "'Tổng dự toáng' × 8,000", fileName: "prose-total-openings.txt", expect: "report", bytes: () => enc(planText("Tổng dự toáng".repeat(8_000))) },
  { name: "a count then 10,000 'trong đó' on one line", fileName: "breakdown-run-up.txt", expect: "report", bytes: () => enc(planText(`0 ogg ${"\ttrong đó0".repeat(5_000)} og  ${" trong đó\t".repeat(5_000)}`)) },
  { name: "a preamble of repeated issuing bodies", fileName: "issuers.txt", expect: "report", bytes: () => enc(planText(Array.from({ length: 20 }, () => `${"d)ubnd xa ".repeat(60)}.(ban hanh cpuo.(bannd th${"f)ubnd xa(".repeat(60)}`).join("\n"))) },
  { name: "'đạt 1% ' × 10,000 on one line", fileName: "percent-run.txt", expect: "report", bytes: () => enc(planText("đạt 1% ".repeat(10_000))) },
  { name: "'đạt 1% ' on one 400 KB line", fileName: "percent-run-400k.txt", expect: "report", bytes: () => enc(planText("đạt 1% ".repeat(58_000))) },
  { name: "docx: 300,000 nested tags", fileName: "nested.docx", expect: "either", bytes: () => docx(`${"<w:sdt><w:sdtContent>".repeat(150_000)}${para("Kế hoạch")}${"</w:sdtContent></w:sdt>".repeat(150_000)}`) },
  { name: "html: 300,000 nested tags", fileName: "nested.html", expect: "either", bytes: () => enc(`<html><body>${"<div>".repeat(300_000)}Kế hoạch chuyển đổi số năm 2026${"</div>".repeat(300_000)}</body></html>`) },
  { name: "pdf: a page with 160,000 baselines", fileName: "baselines.pdf", expect: "either", bytes: () => pdf(`BT /F1 1 Tf 10 800 Td ${"(a) Tj 0 -0.004 Td ".repeat(160_000)}ET`) },
  // Hostile text that must come out neutral in every output.
  { name: "U+FFFF and U+FFFE in the text", fileName: "xml-invalid.txt", expect: "report", bytes: () => enc(planText("- Chỉ tiêu \uFFFF đạt 90% \uFFFE năm 2026.")) },
  { name: "a formula in a cell", fileName: "formula.txt", expect: "report", bytes: () => enc(planText("- -2+3+cmd|' /C calc'!A0 đạt 90% hồ sơ.\n- =HYPERLINK(\"http://evil.example\",\"Xem\") đạt 80%.")) },
  { name: "terminal escapes in the text", fileName: "escapes.txt", expect: "report", bytes: () => enc(planText("- Trên 100% \u001b[31mhộ gia đình\u001b]0;owned\u0007 có Internet.")) },
  { name: "raw HTML in the text", fileName: "html-in-text.txt", expect: "report", bytes: () => enc(planText("- Trên 100% <script>alert(1)</script><img src=x onerror=alert(2)> hộ gia đình.")) },
  // Names that are attacks themselves.
  { name: "a file named like a formula", fileName: '=HYPERLINK("http:\\\\evil.example","Xem").txt', expect: "report", bytes: () => enc(planText("")) },
  { name: "a file named like a flag", fileName: "-rf.txt", expect: "report", bytes: () => enc(planText("")) },
  { name: "a file name with a newline and HTML", fileName: "a\n<img src=x onerror=alert(1)>.txt", expect: "report", bytes: () => enc(planText("")) },
  { name: "a file name with a terminal escape", fileName: "esc\u001b]0;owned\u0007.txt", expect: "report", bytes: () => enc(planText("")) },
  // Wrong diagnosis: decoding.
  { name: "UTF-8 with 13 bad bytes scattered in a plan", fileName: "mostly-utf8.txt", expect: "report", bytes: () => {
    const good = enc(planText(Array.from({ length: 40 }, (_, i) => `- Chỉ tiêu ${i + 1}: tối thiểu 90% cán bộ được bồi dưỡng kỹ năng số.`).join("\n")));
    const out = new Uint8Array(good);
    // 13 stray bytes (a Windows-1252 "ð" or a cut sequence pasted in), each over an ASCII space.
    for (let k = 0, at = 300; k < 13; at = good.indexOf(0x20, at + 150), k++) if (at > 0) out[at] = 0xf0 + (k % 8);
    return out;
  } },
  { name: "UTF-16 LE without a BOM", fileName: "utf16.txt", expect: "report", bytes: () => { const s = planText("- 100% cán bộ được bồi dưỡng kỹ năng số."); const out = new Uint8Array(s.length * 2); for (let i = 0; i < s.length; i++) { out[2 * i] = s.charCodeAt(i) & 0xff; out[2 * i + 1] = s.charCodeAt(i) >> 8; } return out; } },
  { name: "100 KB of NULs named .docx", fileName: "nuls.docx", expect: "refused", bytes: () => new Uint8Array(100_000) },
  { name: "binary noise named .docx", fileName: "noise.docx", expect: "refused", bytes: () => noise(100_000) },
  { name: "1 MB of random bytes named .txt", fileName: "noise.txt", expect: "refused", bytes: () => noise(1_000_000, 7) },
  { name: "an empty file", fileName: "empty.txt", expect: "refused", bytes: () => new Uint8Array(0) },
  { name: "Vietnamese minutes holding nothing of a plan", fileName: "bien-ban.txt", expect: "refused", bytes: () => enc("Biên bản họp giao ban tuần. Các đồng chí trao đổi công việc và thống nhất lịch trực tiếp dân.\n") },
  { name: "a truncated docx", fileName: "truncated.docx", expect: "refused", bytes: () => docx(para("Kế hoạch chuyển đổi số năm 2026")).subarray(0, 200) },
];
