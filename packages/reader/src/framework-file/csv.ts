/**
 * RFC 4180 CSV as a spreadsheet writes it: quoted fields with "" escapes and line breaks inside,
 * CRLF or LF rows, and the delimiter Excel uses for the locale (",", ";" in Vietnamese Windows, or
 * a tab), told from the header line. Linear in the input.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = [",", ";", "\t"].map((d) => [d, count(firstLine, d)] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === "\"") {
        if (body[i + 1] === "\"") { field += "\""; i++; } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === "\"" && field === "") quoted = true;
    else if (ch === delimiter) { row.push(field); field = ""; }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Rows as CSV: every field quoted when it needs to be, CRLF, with a BOM so Excel reads UTF-8. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const field = (s: string) => (/[",\r\n;]/.test(s) ? `"${s.replace(/"/g, "\"\"")}"` : s);
  return `\uFEFF${rows.map((r) => r.map(field).join(",")).join("\r\n")}\r\n`;
}
