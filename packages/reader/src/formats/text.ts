import type { BlockNode, DocTree, TableCell, TableRow } from "@cdsvn/core";

/**
 * Plain text and Markdown → the neutral tree. Officials' text exports keep Word tables as lines of
 * tab-separated cells; Markdown converters write pipe tables. Both become table nodes.
 */
export function textToTree(text: string, format: "txt" | "md"): DocTree {
  const children: BlockNode[] = [];
  const lines = splitLines(text);
  let tableIndex = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text.trim() === "") { i++; continue; }
    if (isPipeRow(line.text)) {
      const rows: TableRow[] = [];
      const start = line.start;
      let end = line.end;
      while (i < lines.length && isPipeRow(lines[i]!.text)) {
        const l = lines[i]!;
        if (!/^\s*\|?\s*:?-{2,}/.test(l.text)) rows.push(pipeRow(l.text, l.start));
        end = l.end;
        i++;
      }
      children.push({ type: "table", rows, span: { start, end }, index: tableIndex++ });
      continue;
    }
    if (line.text.includes("\t")) {
      const rows: TableRow[] = [];
      const start = line.start;
      let end = line.end;
      while (i < lines.length && (lines[i]!.text.includes("\t") || (lines[i]!.text.trim() === "" && lines[i + 1]?.text.includes("\t")))) {
        const l = lines[i]!;
        if (l.text.trim() !== "") rows.push(tabRow(l.text, l.start));
        end = l.end;
        i++;
      }
      children.push({ type: "table", rows, span: { start, end }, index: tableIndex++ });
      continue;
    }
    const trimmed = line.text.trim();
    const lead = line.text.length - line.text.trimStart().length;
    const span = { start: line.start + lead, end: line.end };
    const md = format === "md" ? /^(#{1,6})\s+(.*)$/.exec(trimmed) : null;
    if (md) {
      children.push({ type: "heading", level: md[1]!.length, text: md[2]!.replace(/[*_]+/g, "").trim(), span });
    } else if (/^(?:[-+•*–]|[a-zđ]\)|\d+\))\s/u.test(trimmed)) {
      const marker = /^(\S+)\s/.exec(trimmed)![1]!;
      children.push({ type: "list-item", marker, depth: 0, text: trimmed.slice(marker.length).trim(), span });
    } else {
      children.push({ type: "paragraph", text: trimmed, span });
    }
    i++;
  }
  return { type: "document", text, format, children };
}

interface Line { readonly text: string; readonly start: number; readonly end: number }

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    out.push({ text: text.slice(start, end), start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const isPipeRow = (s: string) => /^\s*\|.*\|\s*$/.test(s);

function cellsOf(line: string, lineStart: number, sep: string, trimOuter: boolean): TableCell[] {
  const cells: TableCell[] = [];
  let from = 0;
  let to = line.length;
  if (trimOuter) {
    from = line.indexOf("|") + 1;
    to = line.lastIndexOf("|");
  }
  let cellStart = from;
  for (let j = from; j <= to; j++) {
    if (j === to || line[j] === sep) {
      const raw = line.slice(cellStart, j);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      cells.push({ text, span: { start: lineStart + cellStart + lead, end: lineStart + cellStart + lead + text.length } });
      cellStart = j + 1;
    }
  }
  return cells;
}

const pipeRow = (line: string, start: number): TableRow => ({
  cells: cellsOf(line, start, "|", true),
  span: { start, end: start + line.length },
});

const tabRow = (line: string, start: number): TableRow => ({
  cells: cellsOf(line, start, "\t", false),
  span: { start, end: start + line.length },
});
