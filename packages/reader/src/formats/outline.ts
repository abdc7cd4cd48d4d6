import type { DocTree } from "@cdsvn/core";

const clip = (s: string, n: number) => {
  const one = s.replace(/\n/g, " ⏎ ");
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
const at = (span: { start: number; end: number }) => `[${span.start}–${span.end}]`;

/**
 * The document tree as an indented outline for debugging (`cds parse --tree`): one line per node
 * with its type and span, tables with every row and cell (origin, spans, merges).
 */
export function treeOutline(tree: DocTree, width = 100): string {
  const out = [`document ${tree.format} · ${tree.text.length} chars · ${tree.children.length} blocks`];
  for (const b of tree.children) {
    switch (b.type) {
      case "heading": out.push(`  heading h${b.level} ${at(b.span)} ${clip(b.text, width)}`); break;
      case "paragraph": out.push(`  paragraph ${at(b.span)} ${clip(b.text, width)}`); break;
      case "list-item": out.push(`  list-item ${JSON.stringify(b.marker)} depth ${b.depth} ${at(b.span)} ${clip(b.text, width)}`); break;
      case "table":
        out.push(`  table #${b.index} ${at(b.span)} ${b.rows.length} rows × ${b.rows[0]?.cells.length ?? 0} columns`);
        b.rows.forEach((row, r) => {
          out.push(`    row ${r} ${at(row.span)}`);
          row.cells.forEach((c, col) => {
            if (c.covered) return void out.push(`      cell ${col} (covered ${c.covered === "left" ? "by the cell to the left" : "by the cell above"})`);
            const merge = (c.colSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1 ? ` span ${c.colSpan ?? 1}×${c.rowSpan ?? 1}` : "";
            out.push(`      cell ${col} ${at(c.span)}${merge} ${clip(c.text, width - 10)}`);
          });
        });
        break;
    }
  }
  return out.join("\n");
}
