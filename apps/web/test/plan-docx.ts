import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph, TextRun } from "docx";

/**
 * A real plan as a Word file, for timing the page: each line of a seed (or the example) a paragraph,
 * Times New Roman 13 pt as the administrative template has it.
 */
export async function planAsDocx(textFile: string, copies = 1): Promise<Uint8Array> {
  const once = readFileSync(textFile, "utf8").split(/\r?\n/);
  // `copies` > 1: a longer document of the same kind, for timing a larger file.
  const lines = Array.from({ length: copies }, () => once).flat();
  const doc = new Document({
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
