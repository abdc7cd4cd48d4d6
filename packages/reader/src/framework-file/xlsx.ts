import { strFromU8, strToU8, unzipSync, zipSync, type UnzipFileInfo } from "fflate";
import { checkNesting } from "../formats/nesting.ts";
import { walkXml } from "../formats/xml-walk.ts";
import { LIMITS } from "../input/limits.ts";

/** A worksheet as text cells by row (1-based row numbers kept, so problems point at the real row). */
export interface Sheet {
  readonly name: string;
  readonly rows: ReadonlyArray<{ readonly row: number; readonly cells: ReadonlyArray<string | number | null> }>;
}

/**
 * The worksheets of an .xlsx (Office Open XML), read with fflate and htmlparser2's XML tokenizer over
 * the parts the format fixes: shared strings, inline strings, numbers. No formulas are evaluated (a
 * formula's cached value is read). Refuses zip bombs like the .docx reader, and parts nested deeper
 * than a document ever is. Throws only `Error` with a message for the caller to locate.
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
  const part = (name: string) => {
    if (!files[name]) return null;
    const xml = strFromU8(files[name]!);
    checkNesting(xml, "xml", name);
    return xml;
  };
  const workbook = part("xl/workbook.xml");
  if (!workbook) throw new Error("not an .xlsx workbook (no xl/workbook.xml)");
  const shared = sharedStrings(part("xl/sharedStrings.xml"));
  const targets = new Map<string, string>();
  walkXml(part("xl/_rels/workbook.xml.rels") ?? "", {
    open(name, a) { if (localName(name) === "Relationship" && a.Id !== undefined) targets.set(a.Id, a.Target ?? ""); },
  });
  const declaredSheets: { name: string; target: string }[] = [];
  walkXml(workbook, {
    open(name, a) { if (localName(name) === "sheet") declaredSheets.push({ name: a.name ?? "", target: targets.get(relationshipId(a)) ?? "" }); },
  });
  const sheets: Sheet[] = [];
  for (const { name, target } of declaredSheets) {
    const xml = part(`xl/${target.replace(/^\/?xl\//, "").replace(/^\//, "")}`);
    if (xml) sheets.push({ name, rows: rowsOf(xml, shared) });
  }
  return sheets;
}

/** Tag names without their namespace prefix: some writers (the OpenXML SDK) spell them "x:row". */
const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** A sheet's relationship id: the attribute "r:id", whatever prefix the writer bound the namespace to. */
function relationshipId(attrs: Record<string, string>): string {
  if (attrs["r:id"] !== undefined) return attrs["r:id"];
  const key = Object.keys(attrs).find((k) => k.endsWith(":id"));
  return key ? attrs[key]! : "";
}

/**
 * Collects the text of the <t> runs inside an element (a shared string <si>, an inline string <is>),
 * leaving out the phonetic guides (<rPh>) that are not part of the cell's text.
 */
class RunText {
  private depthInPhonetic = 0;
  private inRun = false;
  text = "";
  open(local: string): void {
    if (local === "rPh") this.depthInPhonetic++;
    else if (local === "t" && this.depthInPhonetic === 0) this.inRun = true;
  }
  close(local: string): void {
    if (local === "rPh") this.depthInPhonetic = Math.max(0, this.depthInPhonetic - 1);
    else if (local === "t") this.inRun = false;
  }
  add(text: string): void {
    if (this.inRun) this.text += text;
  }
}

function sharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: RunText | null = null;
  walkXml(xml, {
    open(name) {
      const local = localName(name);
      if (local === "si") current = new RunText();
      else current?.open(local);
    },
    text(t) { current?.add(t); },
    close(name) {
      const local = localName(name);
      if (local === "si" && current) { strings.push(current.text); current = null; }
      else current?.close(local);
    },
  });
  return strings;
}

function rowsOf(xml: string, shared: readonly string[]): Sheet["rows"] {
  const rows: { row: number; cells: (string | number | null)[] }[] = [];
  let row: { row: number; cells: (string | number | null)[] } | null = null;
  let cell: { ref: string | undefined; type: string | undefined; value: string | null; inline: RunText | null; inValue: boolean } | null = null;
  walkXml(xml, {
    open(name, a) {
      const local = localName(name);
      if (local === "row") row = { row: Number(a.r ?? rows.length + 1), cells: [] };
      else if (!row) return;
      else if (local === "c") cell = { ref: a.r, type: a.t, value: null, inline: null, inValue: false };
      else if (!cell) return;
      else if (local === "v") { cell.inValue = true; cell.value ??= ""; }
      else if (local === "is") cell.inline = new RunText();
      else cell.inline?.open(local);
    },
    text(t) {
      if (!cell) return;
      if (cell.inValue) cell.value += t;
      else cell.inline?.add(t);
    },
    close(name) {
      const local = localName(name);
      if (local === "row" && row) { rows.push(row); row = null; }
      else if (local === "c" && row && cell) {
        const col = cell.ref ? columnIndex(cell.ref) : row.cells.length;
        // A worksheet ends at column XFD; a reference past it would have us pad a row without end.
        if (col >= LAST_COLUMN) throw new Error(`cell ${cell.ref ?? ""} of row ${row.row} lies beyond the last column of a worksheet (XFD)`);
        while (row.cells.length < col) row.cells.push(null);
        row.cells[col] = cellValue(cell.type, cell.value, cell.inline?.text ?? "", shared);
        cell = null;
      } else if (local === "v" && cell) cell.inValue = false;
      else cell?.inline?.close(local);
    },
  });
  return rows;
}

/** A cell's value by its type: a shared string's index, an inline string, a formula's text or error, a boolean, a number. */
function cellValue(type: string | undefined, v: string | null, inline: string, shared: readonly string[]): string | number | null {
  if (type === "s") return v !== null ? (shared[Number(v)] ?? null) : null;
  if (type === "inlineStr") return inline;
  if (type === "str" || type === "e") return v;
  if (type === "b") return v === "1" ? "TRUE" : "FALSE";
  return v !== null ? Number(v) : null;
}

/** Columns a worksheet can have (A … XFD). */
const LAST_COLUMN = 16_384;

/** "C12" → 2. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? "A";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
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
