import type { BlockNode, DocTree, TableNode } from "@cdsvn/core";
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from "docx";
import { decodeText } from "../../src/input/decode.ts";
import { textToTree } from "../../src/formats/text.ts";

/**
 * Turns a plan written as text (.txt / .md) into the same plan as a real Word document (real Word
 * tables, headings in Word's heading styles, bullets as Word numbering) and as HTML, for the
 * equivalence tests: all three must give the same Plan. The conversion goes through the text
 * front-end's tree, so what is compared is what the reader understood, not the layout of the text.
 */
export function textPlanTree(bytes: Uint8Array, fileName: string): DocTree {
  return textToTree(decodeText(bytes), fileName.toLowerCase().endsWith(".md") ? "md" : "txt");
}

/** Bullets Word renders from its numbering definitions; other markers ("a)", "1)") are typed text. */
const BULLETS: Record<string, string> = { "-": "dash", "+": "plus", "•": "bullet" };

export async function treeToDocx(tree: DocTree): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const block of tree.children) {
    if (block.type === "table") {
      const table = docxTable(block);
      if (table) children.push(table, new Paragraph({}));
      continue;
    }
    children.push(docxParagraph(block));
  }
  const doc = new Document({
    numbering: {
      config: Object.entries(BULLETS).map(([text, reference]) => ({
        reference,
        levels: [{ level: 0, format: LevelFormat.BULLET, text, alignment: AlignmentType.LEFT }],
      })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

function docxParagraph(block: Exclude<BlockNode, TableNode>): Paragraph {
  if (block.type === "heading") return new Paragraph({ heading: HEADINGS[block.level - 1] ?? HeadingLevel.HEADING_6, children: [new TextRun(block.text)] });
  if (block.type === "list-item") {
    const reference = BULLETS[block.marker];
    if (reference) return new Paragraph({ numbering: { reference, level: 0 }, children: [new TextRun(block.text)] });
    return new Paragraph({ children: [new TextRun(`${block.marker} ${block.text}`)] });
  }
  return new Paragraph({ children: [new TextRun(block.text)] });
}

function docxTable(block: TableNode): Table | null {
  const width = block.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  if (width === 0) return null;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: block.rows.map((row) => new TableRow({
      children: Array.from({ length: width }, (_, c) => {
        const text = row.cells[c]?.text ?? "";
        return new TableCell({ children: text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] })) });
      }),
    })),
  });
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The same tree as a web page: headings, paragraphs, lists written the way converters write them ("<li>- …"). */
export function treeToHtml(tree: DocTree): string {
  const out: string[] = ["<!doctype html>", '<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>'];
  let inList = false;
  for (const block of tree.children) {
    if (block.type !== "list-item" && inList) { out.push("</ul>"); inList = false; }
    switch (block.type) {
      case "heading": out.push(`<h${block.level}>${esc(block.text)}</h${block.level}>`); break;
      case "paragraph": out.push(`<p>${esc(block.text)}</p>`); break;
      case "list-item":
        if (!inList) { out.push("<ul>"); inList = true; }
        out.push(`  <li>${esc(`${block.marker} ${block.text}`)}</li>`);
        break;
      case "table":
        out.push('<table border="1">');
        for (const row of block.rows) out.push(`  <tr>${row.cells.map((c) => `<td>${c.text.split("\n").map(esc).join("<br>")}</td>`).join("")}</tr>`);
        out.push("</table>");
        break;
    }
  }
  if (inList) out.push("</ul>");
  out.push("</body></html>");
  return out.join("\n");
}
