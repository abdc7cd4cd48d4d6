/**
 * A one-page PDF with Helvetica text at given positions (ASCII only), written by hand so the tests
 * need no PDF writer: enough for the reader's line, column and no-text-layer logic.
 */
export function tinyPdf(texts: readonly { x: number; y: number; text: string }[]): Uint8Array {
  const content = texts.map((t) => `BT /F1 12 Tf ${t.x} ${t.y} Td (${t.text.replace(/[()\\]/g, "\\$&")}) Tj ET`).join("\n");
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  return pdfOf(objs);
}

/** A PDF of the given objects (1 0 obj …, one byte per character), with a classic xref table; `trailer` adds to its trailer. */
export function pdfOf(objects: readonly string[], { trailer = "", xrefShift = 0 } = {}): Uint8Array {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref + xrefShift}\n%%EOF\n`;
  return new Uint8Array([...out].map((c) => c.charCodeAt(0)));
}
