import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph, TextRun } from "docx";

/**
 * A real plan as a Word file, for timing the page: each line of a seed (or the example) a paragraph,
 * Times New Roman 13 pt as the administrative template has it.
 */
export async function planAsDocx(textFile: string): Promise<Uint8Array> {
  const lines = readFileSync(textFile, "utf8").split(/\r?\n/);
  const doc = new Document({
    styles: { default: { document: { run: { font: "Times New Roman", size: 26 } } } },
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
