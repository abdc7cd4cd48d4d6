import type { DocTree } from "@cdsvn/core";
import { strFromU8, unzipSync, type UnzipFileInfo } from "fflate";
import { UnreadableInput } from "../input/errors.ts";
import { LIMITS } from "../input/limits.ts";
import { isFrame, TreeBuilder, type RawCell } from "./builder.ts";
import { listMarker } from "./classify.ts";
import { formatCounter } from "./numbering.ts";
import { symbolChar } from "./symbol-font.ts";
import { checkNesting } from "./nesting.ts";
import { walkXml } from "./xml-walk.ts";

/**
 * .docx (OOXML) → the neutral tree. Read directly from the zip (fflate) with a real XML tokenizer
 * (htmlparser2 in XML mode) rather than through an HTML conversion, because what a reviewer needs
 * is exactly what conversions lose: merged cells (gridSpan, vMerge) on the table grid, and list
 * numbers as Word renders them ("1.", "a)", "-"), which are not in the text but in numbering.xml.
 */
export function docxToTree(bytes: Uint8Array, fileName: string): DocTree {
  const parts = unzipParts(bytes, fileName);
  const document = parts.get("word/document.xml");
  if (!document) throw new UnreadableInput(fileName, "not a Word document: the .docx has no word/document.xml");
  const styles = readStyles(parts.get("word/styles.xml"));
  const numbering = readNumbering(parts.get("word/numbering.xml"));
  return readBody(document, styles, numbering, readFootnotes(parts.get("word/footnotes.xml")));
}

const WANTED = new Set(["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml"]);

/** Unzips the parts we read, refusing zip bombs by their declared sizes and entry count. */
function unzipParts(bytes: Uint8Array, fileName: string): Map<string, string> {
  let entries = 0;
  let declared = 0;
  let refusal: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(info: UnzipFileInfo) {
        entries++;
        if (entries > LIMITS.zipEntries) refusal ??= `the .docx has more than ${LIMITS.zipEntries} entries (a zip bomb?)`;
        if (!WANTED.has(info.name)) return false;
        declared += info.originalSize;
        if (info.originalSize > LIMITS.zipEntryBytes || declared > LIMITS.zipTotalBytes) {
          refusal ??= `${info.name} would unpack to ${Math.round(info.originalSize / 1048576)} MB, over the ${LIMITS.zipEntryBytes / 1048576} MB limit (a zip bomb?)`;
        }
        if (info.originalSize > 0 && info.size > 0 && info.originalSize / info.size > LIMITS.zipRatio && info.originalSize > 1048576) {
          refusal ??= `${info.name} is compressed ${Math.round(info.originalSize / info.size)}:1, a zip bomb`;
        }
        return refusal === null;
      },
    });
  } catch (e) {
    throw new UnreadableInput(fileName, `a corrupt .docx (${e instanceof Error ? e.message : "not a zip archive"})`);
  }
  if (refusal) throw new UnreadableInput(fileName, refusal);
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    if (data.length > LIMITS.zipEntryBytes) throw new UnreadableInput(fileName, `${name} unpacks beyond the size limit (a zip bomb?)`);
    const xml = strFromU8(data);
    checkNesting(xml, "xml", name);
    out.set(name, xml);
  }
  return out;
}

interface Style { readonly name: string; readonly outline: number | null; readonly numId: string | null; readonly ilvl: number; readonly basedOn: string | null }

function readStyles(xml: string | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (!xml) return styles;
  let cur: { id: string; name: string; outline: number | null; numId: string | null; ilvl: number; basedOn: string | null } | null = null;
  walkXml(xml, {
    open(name, a) {
      if (name === "w:style") cur = { id: a["w:styleId"] ?? "", name: "", outline: null, numId: null, ilvl: 0, basedOn: null };
      else if (!cur) return;
      else if (name === "w:name") cur.name = a["w:val"] ?? "";
      else if (name === "w:basedOn") cur.basedOn = a["w:val"] ?? null;
      else if (name === "w:outlineLvl") cur.outline = Number(a["w:val"] ?? NaN);
      else if (name === "w:numId") cur.numId = a["w:val"] ?? null;
      else if (name === "w:ilvl") cur.ilvl = Number(a["w:val"] ?? 0) || 0;
    },
    close(name) {
      if (name === "w:style" && cur) {
        styles.set(cur.id, { name: cur.name, outline: Number.isFinite(cur.outline) ? cur.outline : null, numId: cur.numId, ilvl: cur.ilvl, basedOn: cur.basedOn });
        cur = null;
      }
    },
  });
  return styles;
}

/** The heading level a paragraph style gives, following basedOn: "heading 2" → 2, outline level 0 → 1, "Title" → 1. */
function headingLevel(styles: Map<string, Style>, id: string | null): number | null {
  for (let k = 0, s = id ? styles.get(id) : undefined; s && k < 20; k++, s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    const h = /^heading\s*(\d)$/i.exec(s.name);
    if (h) return Number(h[1]);
    if (/^title$/i.test(s.name)) return 1;
    if (s.outline !== null && s.outline >= 0 && s.outline < 9) return s.outline + 1;
  }
  if (id && /^heading(\d)$/i.test(id)) return Number(id.slice(7));
  return null;
}

function styleNumbering(styles: Map<string, Style>, id: string | null): { numId: string; ilvl: number } | null {
  for (let k = 0, s = id ? styles.get(id) : undefined; s && k < 20; k++, s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    if (s.numId) return { numId: s.numId, ilvl: s.ilvl };
  }
  return null;
}

interface Level { start: number; numFmt: string; lvlText: string }
interface Numbering {
  readonly abstract: Map<string, Map<number, Level>>;
  readonly nums: Map<string, { abstractId: string; startOverride: Map<number, number> }>;
}

function readNumbering(xml: string | undefined): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; startOverride: Map<number, number> }>();
  if (!xml) return { abstract, nums };
  let levels: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; startOverride: Map<number, number> } | null = null;
  let overrideLvl: number | null = null;
  walkXml(xml, {
    open(name, a) {
      if (name === "w:abstractNum") abstract.set(a["w:abstractNumId"] ?? "", (levels = new Map()));
      else if (name === "w:lvl" && levels && !num) levels.set(Number(a["w:ilvl"] ?? 0) || 0, (level = { start: 1, numFmt: "decimal", lvlText: "" }));
      else if (name === "w:start" && level) level.start = Number(a["w:val"] ?? 1) || 0;
      else if (name === "w:numFmt" && level) level.numFmt = a["w:val"] ?? "decimal";
      else if (name === "w:lvlText" && level) level.lvlText = a["w:val"] ?? "";
      else if (name === "w:num") nums.set(a["w:numId"] ?? "", (num = { abstractId: "", startOverride: new Map() }));
      else if (name === "w:abstractNumId" && num) num.abstractId = a["w:val"] ?? "";
      else if (name === "w:lvlOverride" && num) overrideLvl = Number(a["w:ilvl"] ?? 0) || 0;
      else if (name === "w:startOverride" && num && overrideLvl !== null) num.startOverride.set(overrideLvl, Number(a["w:val"] ?? 1) || 0);
    },
    close(name) {
      if (name === "w:lvl") level = null;
      else if (name === "w:abstractNum") levels = null;
      else if (name === "w:num") num = null;
      else if (name === "w:lvlOverride") overrideLvl = null;
    },
  });
  return { abstract, nums };
}

/** Word's bullets live in symbol fonts ("\uF0B7", "§", "o"); a reader only needs to know it is a bullet. */
function bulletMarker(lvlText: string): string {
  const t = lvlText.trim();
  if (t === "-" || t === "–" || t === "—") return "-";
  if (t === "+") return "+";
  return "•";
}

/**
 * Counts list items the way Word renders them: the running count belongs to the abstract numbering
 * definition, so numbering instances (w:num) that share one continue each other's sequence; an
 * instance with a w:startOverride restarts the shared count the first time it is used at that level
 * ("Restart at 1" in Word writes a new instance with an override).
 */
class Counters {
  private readonly byAbstract = new Map<string, number[]>();
  private readonly started = new Set<string>();
  private readonly numbering: Numbering;
  constructor(numbering: Numbering) {
    this.numbering = numbering;
  }
  marker(numId: string, ilvl: number): string | null {
    const num = this.numbering.nums.get(numId);
    const levels = num ? this.numbering.abstract.get(num.abstractId) : undefined;
    const lvl = Math.min(Math.max(ilvl, 0), 8);
    const level = levels?.get(lvl);
    if (!num || !levels || !level) return null;
    const startOf = (k: number) => num.startOverride.get(k) ?? levels.get(k)?.start ?? 1;
    let counts = this.byAbstract.get(num.abstractId);
    if (!counts) this.byAbstract.set(num.abstractId, (counts = []));
    const first = `${numId}:${lvl}`;
    if (!this.started.has(first)) {
      this.started.add(first);
      const override = num.startOverride.get(lvl);
      if (override !== undefined) counts[lvl] = override - 1;
    }
    counts[lvl] = (counts[lvl] ?? startOf(lvl) - 1) + 1;
    counts.length = lvl + 1;
    if (level.numFmt === "bullet") return bulletMarker(level.lvlText);
    const rendered = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatCounter(levels.get(k)?.numFmt ?? "decimal", counts[k] ?? startOf(k));
    });
    return rendered.trim();
  }
}

/** The text of each footnote by its id (paragraphs joined by a space); the separators are not notes. */
function readFootnotes(xml: string | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  if (!xml) return notes;
  let id: string | null = null;
  let text = "";
  let inText = false;
  let hidden = 0;
  walkXml(xml, {
    open(name, a) {
      if (hidden > 0 || name === "w:del" || name === "w:instrText" || name === "w:moveFrom") { hidden++; return; }
      if (name === "w:footnote") { id = a["w:type"] && a["w:type"] !== "normal" ? null : (a["w:id"] ?? null); text = ""; }
      else if (name === "w:t") inText = true;
      else if (name === "w:p" && text !== "") text += " ";
      else if (name === "w:tab") text += " ";
    },
    text(t) { if (hidden === 0 && inText) text += t; },
    close(name) {
      if (hidden > 0) { hidden--; return; }
      if (name === "w:t") inText = false;
      else if (name === "w:footnote" && id !== null) { notes.set(id, text.replace(/\s+/g, " ").trim()); id = null; }
    },
  });
  return notes;
}

interface Para { text: string; styleId: string | null; numId: string | null; ilvl: number }
interface Cell { paras: string[]; gridSpan: number; vMerge: "none" | "restart" | "continue" }
/** What a table holds, in document order: its paragraphs (marker rendered) and the tables nested in its cells. */
type Content = { readonly kind: "para"; readonly text: string; readonly marker: string | null; readonly styleId: string | null; readonly ilvl: number } | { readonly kind: "table"; readonly table: Table };
interface Table { rows: RawCell[][]; row: RawCell[] | null; cell: Cell | null; rowDeleted: boolean; readonly content: Content[] }

function readBody(xml: string, styles: Map<string, Style>, numbering: Numbering, footnotes: Map<string, string>): DocTree {
  const b = new TreeBuilder("docx");
  /**
   * Footnotes referenced and not yet placed: each is placed, numbered as Word prints it, after the
   * top-level block whose text carries its mark (after the table, for a mark in a cell) — where the
   * PDF front-end places a printed footnote.
   */
  const pendingNotes: string[] = [];
  let noteNumber = 0;
  const placeNotes = () => {
    for (const note of pendingNotes.splice(0)) b.paragraph(note);
  };
  const counters = new Counters(numbering);
  const paras: Para[] = [];
  const tables: Table[] = [];
  let inText = false;
  /** The run being read: text in a run marked hidden (w:vanish) is not printed. */
  let run: { vanish: boolean } | null = null;
  let inRunProps = false;
  let inRowProps = false;
  /** Depth inside content Word shows nowhere: deleted text, field codes, fallbacks of alternate content. */
  let hidden = 0;
  const HIDDEN = new Set(["w:del", "w:moveFrom", "w:instrText", "mc:Fallback", "w:delText", "w:sdtPr", "w:pPrChange", "w:rPrChange"]);

  /** A paragraph outside any table: a heading, a list item (Word's number or a typed one) or a paragraph. */
  const place = (text: string, marker: string | null, styleId: string | null, ilvl: number) => {
    const level = headingLevel(styles, styleId);
    if (level !== null) return b.heading(level, marker ? `${marker} ${text}` : text);
    if (marker !== null && marker !== "") return b.listItem(marker, ilvl, text);
    const clean = text.replace(/\s+/g, " ").trim();
    const own = listMarker(clean);
    if (own) b.listItem(own, 0, clean.slice(own.length));
    else b.paragraph(clean);
  };
  /** A top-level table: a grid, or a frame whose content is laid out as the document's own blocks. */
  const placeTable = (t: Table) => {
    if (!isFrame(t.rows)) return b.table(t.rows);
    for (const c of t.content) {
      if (c.kind === "table") placeTable(c.table);
      else place(c.text, c.marker, c.styleId, c.ilvl);
    }
  };

  const emit = (p: Para) => {
    const text = p.text.replace(/\t/g, " ");
    let numId = p.numId;
    let ilvl = p.ilvl;
    if (numId === null) {
      const s = styleNumbering(styles, p.styleId);
      if (s) ({ numId, ilvl } = s);
    }
    const marker = numId && numId !== "0" && text.trim() !== "" ? counters.marker(numId, ilvl) : null;
    const inner = tables[tables.length - 1];
    if (inner) {
      if (inner.cell) {
        const line = text.replace(/\s+/g, " ").trim();
        if (line !== "") {
          inner.cell.paras.push(marker ? `${marker} ${line}` : line);
          inner.content.push({ kind: "para", text, marker, styleId: p.styleId, ilvl });
        }
      }
      return;
    }
    place(text, marker, p.styleId, ilvl);
    placeNotes();
  };

  walkXml(xml, {
    open(name, a) {
      // A row deleted with change tracking on: <w:trPr><w:del …/></w:trPr>.
      if (name === "w:del" && inRowProps) { const t = tables[tables.length - 1]; if (t) t.rowDeleted = true; }
      if (hidden > 0 || HIDDEN.has(name)) { hidden++; return; }
      if (inRunProps) {
        if (name === "w:vanish" && run && !/^(?:0|false|off)$/.test(a["w:val"] ?? "")) run.vanish = true;
        return;
      }
      const p = paras[paras.length - 1];
      switch (name) {
        case "w:p": paras.push({ text: "", styleId: null, numId: null, ilvl: 0 }); return;
        case "w:r": run = { vanish: false }; return;
        case "w:rPr": if (run) inRunProps = true; return;
        case "w:pStyle": if (p) p.styleId = a["w:val"] ?? null; return;
        case "w:numId": if (p) p.numId = a["w:val"] ?? null; return;
        case "w:ilvl": if (p) p.ilvl = Number(a["w:val"] ?? 0) || 0; return;
        case "w:t": inText = true; return;
        case "w:tab": case "w:ptab": if (p && !run?.vanish) p.text += "\t"; return;
        case "w:footnoteReference": {
          const note = footnotes.get(a["w:id"] ?? "");
          if (note !== undefined && !run?.vanish) pendingNotes.push(`${++noteNumber} ${note}`.trim());
          return;
        }
        case "w:br": case "w:cr": if (p && !run?.vanish) p.text += "\n"; return;
        case "w:noBreakHyphen": case "w:softHyphen": if (p && name === "w:noBreakHyphen" && !run?.vanish) p.text += "-"; return;
        case "w:sym": if (p && !run?.vanish) p.text += symbolChar(a["w:font"] ?? "", a["w:char"] ?? ""); return;
        case "w:tbl": tables.push({ rows: [], row: null, cell: null, rowDeleted: false, content: [] }); return;
      }
      const t = tables[tables.length - 1];
      if (!t) return;
      if (name === "w:tr") { t.row = []; t.rowDeleted = false; return; }
      if (name === "w:trPr") { inRowProps = true; return; }
      if (name === "w:gridBefore" && t.row) {
        const n = Math.min(Number(a["w:val"] ?? 0) || 0, 1000);
        for (let k = 0; k < n; k++) t.row.push({ text: "", colSpan: 1, rowSpan: 1 });
        return;
      }
      if (name === "w:tc") { t.cell = { paras: [], gridSpan: 1, vMerge: "none" }; return; }
      if (name === "w:gridSpan" && t.cell) { t.cell.gridSpan = Math.min(Number(a["w:val"] ?? 1) || 1, 1000); return; }
      if (name === "w:vMerge" && t.cell) { t.cell.vMerge = a["w:val"] === "restart" ? "restart" : "continue"; return; }
    },
    text(s) {
      if (hidden > 0 || !inText || run?.vanish) return;
      const p = paras[paras.length - 1];
      if (p) p.text += s;
    },
    close(name) {
      if (hidden > 0) { hidden--; return; }
      if (inRunProps) { if (name === "w:rPr") inRunProps = false; return; }
      switch (name) {
        case "w:t": inText = false; return;
        case "w:r": run = null; return;
        case "w:trPr": inRowProps = false; return;
        case "w:p": { const p = paras.pop(); if (p) emit(p); return; }
        case "w:tbl": {
          const t = tables.pop();
          if (!t) return;
          const outer = tables[tables.length - 1];
          if (!outer) { placeTable(t); placeNotes(); return; }
          // A table inside a cell: its rows become lines of the outer cell (a blank line between rows),
          // and it stays a table if the outer one turns out to be a frame.
          outer.content.push({ kind: "table", table: t });
          if (outer.cell) {
            for (const row of t.rows) {
              if (outer.cell.paras.length > 0) outer.cell.paras.push("");
              for (const c of row) if (c.text !== "") outer.cell.paras.push(c.text);
            }
          }
          return;
        }
      }
      const t = tables[tables.length - 1];
      if (!t) return;
      if (name === "w:tc" && t.cell) {
        const c = t.cell;
        (t.row ??= []).push({ text: c.paras.join("\n").trim(), colSpan: c.gridSpan, rowSpan: 1, continuesAbove: c.vMerge === "continue" });
        t.cell = null;
      } else if (name === "w:tr") {
        if (t.row && t.row.length > 0 && !t.rowDeleted) t.rows.push(t.row);
        t.row = null;
      }
    },
  });
  return b.finish();
}
