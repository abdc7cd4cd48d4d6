#!/usr/bin/env node
/**
 * Rebuilds the layout fixtures: example plans written the way communes write them (letterhead
 * table, căn cứ, chỉ tiêu, a task table that runs over a page break with its header repeated, a
 * budget in triệu đồng under a two-row merged header, groups A–D with I, II, III inside, a
 * landscape appendix), each rendered from one source (plans/*.mjs) into
 *   test/fixtures/layout/src/<stem>.fodt   the OpenDocument source LibreOffice reads
 *   test/fixtures/layout/docx/<stem>.docx  written by LibreOffice (`soffice --convert-to docx`)
 *   test/fixtures/layout/pdf/<stem>.pdf    printed by LibreOffice (`soffice --convert-to pdf`)
 *   test/fixtures/layout/txt/<stem>.txt    the Word-style text export (tables as tab-separated rows)
 *   test/fixtures/layout/gold/<stem>.gold.json  the annotation (../shared/gold/README.md's format)
 * One docs directory per format, so `node ../shared/tools/score.mjs --gold …/gold --docs …/pdf`
 * scores one format. Needs LibreOffice; not run in CI (the outputs are committed).
 *
 *   node packages/reader/scripts/layout-fixtures/build.mjs [--no-office]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync, rmSync, renameSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gold, gridRow, plainText, renderText, rowCells } from "./plan-text.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, "../../test/fixtures/layout");
const office = !process.argv.includes("--no-office");

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// ---------------------------------------------------------------- OpenDocument (flat .fodt)

const NS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"`;

function listStyle(name, level) {
  return `<text:list-style style:name="${name}">${level}</text:list-style>`;
}
const labelAlign = `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" text:text-indent="-0.6cm" fo:margin-left="1.6cm"/></style:list-level-properties>`;
const LIST_STYLES = {
  "-": "LDash", "+": "LPlus", "1.": "LNum", "a)": "LAlpha",
};

function styles(plan) {
  const footer = plan.footer
    ? `<style:footer><text:p text:style-name="Footer">${esc(plan.footer)}</text:p></style:footer>`
    : "";
  return `
<office:font-face-decls>
  <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
    <style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-top="0cm" fo:margin-bottom="0.15cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-top="0.2cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="CenterBold" style:family="paragraph" style:parent-style-name="Center">
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="start"/>
    <style:text-properties fo:font-size="12pt"/>
  </style:style>
  <style:style style:name="CellCenter" style:family="paragraph" style:parent-style-name="Cell">
    <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="CellRight" style:family="paragraph" style:parent-style-name="Cell">
    <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="12pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="end"/>
    <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
    <style:text-properties fo:font-size="10pt"/>
  </style:style>
  ${listStyle("LDash", `<text:list-level-style-bullet text:level="1" text:bullet-char="-">${labelAlign}</text:list-level-style-bullet>`)}
  ${listStyle("LPlus", `<text:list-level-style-bullet text:level="1" text:bullet-char="+">${labelAlign}</text:list-level-style-bullet>`)}
  ${listStyle("LNum", `<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">${labelAlign}</text:list-level-style-number>`)}
  ${listStyle("LAlpha", `<text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a">${labelAlign}</text:list-level-style-number>`)}
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="PortraitLayout">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
    <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
  <style:page-layout style:name="LandscapeLayout">
    <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
    <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="PFirst" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="FirstPage"/>
  <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Heading">
    <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="PLandscape" style:family="paragraph" style:parent-style-name="CenterBold" style:master-page-name="Landscape"/>
  <style:style style:name="PIndent" style:family="paragraph" style:parent-style-name="Body"/>
  <style:style style:name="TBorderless" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
  <style:style style:name="TGrid" style:family="table"><style:table-properties style:width="16cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/></style:style>
  <style:style style:name="TGridWide" style:family="table"><style:table-properties style:width="25.7cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/></style:style>
  <style:style style:name="CBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
  <style:style style:name="CPlain" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
  <style:style style:name="RHead" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
  <style:style style:name="SCols" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style>
  <style:style style:name="TBold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="FirstPage" style:page-layout-name="PortraitLayout" style:next-style-name="Standard">${footer}</style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="PortraitLayout">
    <style:header><text:p text:style-name="Header"><text:page-number text:select-page="current">2</text:page-number></text:p></style:header>${footer}
  </style:master-page>
  <style:master-page style:name="Landscape" style:page-layout-name="LandscapeLayout">
    <style:header><text:p text:style-name="Header"><text:page-number text:select-page="current">9</text:page-number></text:p></style:header>${footer}
  </style:master-page>
</office:master-styles>`;
}

/** Paragraph text with footnotes: "…[^Footnote text]…" becomes a real footnote. */
function inline(text, ids) {
  return esc(text).replace(/\[\^([^\]]+)\]/g, (_, note) => {
    const n = ++ids.notes;
    return `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${note}</text:p></text:note-body></text:note>`;
  });
}

function renderTable(b, ids, wide) {
  const width = gridRow(b.header[0]).length;
  const widths = b.widths ?? Array(width).fill(1);
  const total = widths.reduce((a, x) => a + x, 0);
  const tableWidth = wide ? 25.7 : 16;
  const name = `T${++ids.tables}`;
  const cols = widths.map((w, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join("");
  const colStyles = widths.map((w, i) => `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${((w / total) * tableWidth).toFixed(3)}cm"/></style:style>`).join("");
  ids.extraStyles.push(colStyles);
  const cellStyle = b.borders ? "CBox" : "CPlain";
  const align = b.align ?? [];
  const cellXml = (text, paraStyle, span = {}) => {
    const attrs = `${span.cols > 1 ? ` table:number-columns-spanned="${span.cols}"` : ""}${span.rows > 1 ? ` table:number-rows-spanned="${span.rows}"` : ""}`;
    const paras = String(text).split("\n").map((t) => `<text:p text:style-name="${paraStyle}">${inline(t, ids)}</text:p>`).join("");
    return `<table:table-cell table:style-name="${cellStyle}" office:value-type="string"${attrs}>${paras}</table:table-cell>`;
  };
  const covered = b.header.map(() => Array(width).fill(false));
  const headerRows = b.header.map((r, ri) => {
    let col = 0;
    let xml = "";
    for (const raw of r) {
      while (covered[ri][col]) { xml += "<table:covered-table-cell/>"; col++; }
      const c = typeof raw === "string" ? { text: raw } : raw;
      for (let dr = 0; dr < (c.rows ?? 1); dr++) for (let dc = 0; dc < (c.cols ?? 1); dc++) if ((dr || dc) && covered[ri + dr]) covered[ri + dr][col + dc] = true;
      xml += cellXml(c.text, b.headStyle ?? "CellHead", c);
      for (let dc = 1; dc < (c.cols ?? 1); dc++) xml += "<table:covered-table-cell/>";
      col += c.cols ?? 1;
    }
    while (col < width && covered[ri][col]) { xml += "<table:covered-table-cell/>"; col++; }
    return `<table:table-row table:style-name="RHead">${xml}</table:table-row>`;
  }).join("");
  const bodyRows = b.rows.map((row) => {
    const cells = rowCells(row);
    const bold = !Array.isArray(row) && row.bold;
    let col = 0;
    let xml = "";
    for (const raw of cells) {
      const c = typeof raw === "string" ? { text: raw } : raw;
      const style = align[col] === "c" ? "CellCenter" : align[col] === "r" ? "CellRight" : "Cell";
      const text = bold && c.text ? c.text : c.text;
      let cx = cellXml(text, style, c);
      if (bold && c.text) cx = cx.replace(/(<text:p [^>]*>)(.*?)(<\/text:p>)/g, `$1<text:span text:style-name="TBold">$2</text:span>$3`);
      xml += cx;
      for (let dc = 1; dc < (c.cols ?? 1); dc++) xml += "<table:covered-table-cell/>";
      col += c.cols ?? 1;
    }
    return `<table:table-row>${xml}</table:table-row>`;
  }).join("");
  const head = b.repeatHeader ? `<table:table-header-rows>${headerRows}</table:table-header-rows>` : headerRows;
  return `<table:table table:name="${name}" table:style-name="${b.borders ? (wide ? "TGridWide" : "TGrid") : "TBorderless"}">${cols}${head}${bodyRows}</table:table>`;
}

function renderFodt(plan) {
  const ids = { tables: 0, notes: 0, extraStyles: [] };
  const body = [];
  // The letterhead: a borderless two-column table, as every administrative document has.
  const lh = { kind: "table", borders: false, repeatHeader: false, header: [plan.letterhead[0]], rows: plan.letterhead.slice(1), widths: [6, 10], headStyle: "CellHead", align: ["c", "c"] };
  body.push(`<text:p text:style-name="PFirst"/>`);
  body.push(renderTable(lh, ids, false));
  let wide = false;
  let list = null;
  const closeList = () => { if (list) { body.push("</text:list>"); list = null; } };
  let pendingBreak = false;
  let pendingLandscape = false;
  const paraStyle = (base) => {
    if (pendingLandscape) { pendingLandscape = false; pendingBreak = false; return "PLandscape"; }
    if (pendingBreak) { pendingBreak = false; return "PBreak"; }
    return base;
  };
  const walk = (blocks) => {
    for (const b of blocks) {
      if (b.kind !== "list-item") closeList();
      switch (b.kind) {
        case "heading": body.push(`<text:p text:style-name="${paraStyle(b.center ? "CenterBold" : "Heading")}">${inline(b.text, ids)}</text:p>`); break;
        case "center": body.push(`<text:p text:style-name="${paraStyle(b.bold ? "CenterBold" : "Center")}">${inline(b.text, ids)}</text:p>`); break;
        case "p": body.push(`<text:p text:style-name="${paraStyle(b.indent ? "PIndent" : "Body")}">${inline(b.text, ids)}</text:p>`); break;
        case "list-item": {
          const style = LIST_STYLES[b.marker];
          if (!style) throw new Error(`no list style for marker ${b.marker}`);
          if (list !== style) { closeList(); body.push(`<text:list text:style-name="${style}">`); list = style; }
          body.push(`<text:list-item><text:p text:style-name="Body">${inline(b.text, ids)}</text:p></text:list-item>`);
          break;
        }
        case "page-break": pendingBreak = true; break;
        case "landscape": pendingLandscape = true; wide = true; break;
        case "table":
          if (pendingBreak || pendingLandscape) body.push(`<text:p text:style-name="${paraStyle("Body")}"/>`);
          body.push(renderTable(b, ids, wide));
          break;
        case "columns":
          body.push(`<text:section text:style-name="SCols" text:name="Cols${ids.tables}">`);
          walk(b.blocks);
          closeList();
          body.push("</text:section>");
          break;
        case "signature":
          body.push(`<text:p text:style-name="Body"/>`);
          for (const l of b.lines) body.push(`<text:p text:style-name="CenterBold">${esc(l)}</text:p>`);
          body.push(`<text:p text:style-name="Center"/><text:p text:style-name="Center"/><text:p text:style-name="CenterBold">${esc(b.name)}</text:p>`);
          break;
      }
    }
  };
  walk(plan.blocks);
  closeList();
  const st = styles(plan).replace("</office:automatic-styles>", `${ids.extraStyles.join("\n")}\n</office:automatic-styles>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(plan.meta.title)}</dc:title><meta:creation-date>2026-01-01T00:00:00</meta:creation-date></office:meta>
${st}
<office:body><office:text>
${body.join("\n")}
</office:text></office:body></office:document>
`;
}

// ---------------------------------------------------------------- build

const plans = [];
for (const f of readdirSync(join(here, "plans")).filter((f) => f.endsWith(".mjs")).sort()) {
  plans.push((await import(pathToFileURL(join(here, "plans", f)).href)).default);
}
for (const dir of ["src", "txt", "docx", "pdf", "gold"]) mkdirSync(join(out, dir), { recursive: true });
for (const plan of plans) {
  const text = renderText({ ...plan, blocks: plan.blocks.map(function strip(b) { return b.kind === "columns" ? { ...b, blocks: b.blocks.map(strip) } : b.text ? { ...b, text: plainText(b.text) } : b; }) }).normalize("NFC");
  writeFileSync(join(out, "txt", `${plan.stem}.txt`), text);
  writeFileSync(join(out, "src", `${plan.stem}.fodt`), renderFodt(plan).normalize("NFC"));
  writeFileSync(join(out, "gold", `${plan.stem}.gold.json`), `${JSON.stringify(gold(plan, text), null, 2)}\n`);
  console.log(`${plan.stem}: txt ${text.length} chars`);
}
if (office) {
  // A private LibreOffice profile: another soffice running on the machine must not share (and lock) ours.
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  const work = mkdtempSync(join(tmpdir(), "lo-out-"));
  try {
    for (const [fmt, filter] of [["docx", "docx:MS Word 2007 XML"], ["pdf", "pdf:writer_pdf_Export"]]) {
      execFileSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", filter, "--outdir", work,
        ...plans.map((p) => join(out, "src", `${p.stem}.fodt`))], { stdio: "inherit" });
      for (const p of plans) renameSync(join(work, `${p.stem}.${fmt}`), join(out, fmt, `${p.stem}.${fmt}`));
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
