import { strFromU8, strToU8, unzipSync, zipSync, type UnzipFileInfo } from "fflate";
import { LIMITS } from "../input/limits.ts";

/** A worksheet as text cells by row (1-based row numbers kept, so problems point at the real row). */
export interface Sheet {
  readonly name: string;
  readonly rows: ReadonlyArray<{ readonly row: number; readonly cells: ReadonlyArray<string | number | null> }>;
}

/**
 * The worksheets of an .xlsx (Office Open XML), read with fflate and a few regular expressions over
 * the parts the format fixes: shared strings, inline strings, numbers. No formulas are evaluated (a
 * formula's cached value is read). Refuses zip bombs like the .docx reader. Throws only `Error` with a
 * message for the caller to locate.
 */
export function readXlsx(bytes: Uint8Array): Sheet[] {
  let entries = 0, declared = 0;
  let refusal: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(info: UnzipFileInfo) {
        entries++;
        if (entries > LIMITS.zipEntries) refusal ??= `more than ${LIMITS.zipEntries} entries (a zip bomb?)`;
        if (!/^xl\/(workbook\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(info.name)) return false;
        declared += info.originalSize;
        if (info.originalSize > LIMITS.zipEntryBytes || declared > LIMITS.zipTotalBytes) refusal ??= `${info.name} would unpack beyond the size limit (a zip bomb?)`;
        return refusal === null;
      },
    });
  } catch (e) {
    throw new Error(`not an .xlsx workbook (${e instanceof Error ? e.message : "not a zip archive"})`);
  }
  if (refusal) throw new Error(refusal);
  const part = (name: string) => (files[name] ? strFromU8(files[name]!) : null);
  const workbook = part("xl/workbook.xml");
  if (!workbook) throw new Error("not an .xlsx workbook (no xl/workbook.xml)");
  const shared = [...(part("xl/sharedStrings.xml") ?? "").matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!));
  const rels = new Map([...(part("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b([^<>]*)\/?>/g)].map((m) => [attr(m[1]!, "Id"), attr(m[1]!, "Target")]));
  const sheets: Sheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^<>]*)\/?>/g)) {
    const name = decode(attr(m[1]!, "name") ?? "");
    const target = rels.get(attr(m[1]!, "r:id") ?? "") ?? "";
    const xml = part(`xl/${target.replace(/^\/?xl\//, "").replace(/^\//, "")}`);
    if (xml) sheets.push({ name, rows: rowsOf(xml, shared) });
  }
  return sheets;
}

function rowsOf(xml: string, shared: readonly string[]): Sheet["rows"] {
  const rows: { row: number; cells: (string | number | null)[] }[] = [];
  for (const r of xml.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const rowNumber = Number(attr(r[1]!, "r") ?? rows.length + 1);
    const cells: (string | number | null)[] = [];
    for (const c of r[2]!.matchAll(/<c\b([^<>]*?)(?:\/>|>((?:[^<]|<(?!\/?c\b))*)<\/c>)/g)) {
      const ref = attr(c[1]!, "r");
      const col = ref ? columnIndex(ref) : cells.length;
      const type = attr(c[1]!, "t");
      const inner = c[2] ?? "";
      const v = /<v>((?:[^<]|<(?!\/?v>))*)<\/v>/.exec(inner)?.[1];
      let value: string | number | null = null;
      if (type === "s") value = v !== undefined ? (shared[Number(v)] ?? null) : null;
      else if (type === "inlineStr") value = textOf(inner);
      else if (type === "str" || type === "e") value = v !== undefined ? decode(v) : null;
      else if (type === "b") value = v === "1" ? "TRUE" : "FALSE";
      else if (v !== undefined) value = Number(v);
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    }
    rows.push({ row: rowNumber, cells });
  }
  return rows;
}

/** "C12" → 2. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? "A";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The text of a shared or inline string: its <t> runs, in order. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1]!)).join("");
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name.replace(":", "\\:")}="([^"]*)"`).exec(attrs)?.[1];
}

function decode(s: string): string {
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex: string, dec: string, named: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" } as const)[named as "amp"]);
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A minimal, valid .xlsx of text sheets (inline strings, a bold header row, column widths), byte for
 * byte the same on every run: what `cds frameworks template --to xlsx` writes.
 */
export function writeXlsx(sheets: ReadonlyArray<{ name: string; rows: readonly (readonly string[])[]; widths?: readonly number[] }>): Uint8Array {
  const col = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));
  const sheetXml = (rows: readonly (readonly string[])[], widths: readonly number[] = []) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    (widths.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "") +
    `<sheetData>${rows.map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) =>
      `<c r="${col(ci)}${ri + 1}" t="inlineStr"${ri === 0 ? " s=\"1\"" : " s=\"2\""}><is><t xml:space="preserve">${escape(v)}</t></is></c>`).join("")}</row>`).join("")}</sheetData></worksheet>`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
      `</Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
      sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") + `</sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    "xl/styles.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>` +
      `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs></styleSheet>`),
  };
  sheets.forEach((s, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows, s.widths)); });
  // A fixed timestamp: the same template is the same bytes.
  return zipSync(files, { mtime: new Date(Date.UTC(2026, 0, 1)), level: 6 });
}
