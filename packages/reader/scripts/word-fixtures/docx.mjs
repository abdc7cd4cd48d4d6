/**
 * A plan (layout-fixtures/dsl.mjs's vocabulary, with inline.mjs's marks) written as the OOXML Microsoft
 * Word writes: runs cut mid-word by bookmarks and proofing marks, automatic numbering from
 * numbering.xml (headings I. / 1. / 1.1. / a) in one multilevel list, bullet and numbered lists
 * restarted run by run), tracked changes, text boxes with their VML fallback, fields, content
 * controls, hidden text, running header and footer, footnotes, and tables with gridBefore/gridAfter,
 * vMerge, gridSpan group rows, a table nested in a frame table and a table split in two with its
 * header repeated. Zipped with fflate.
 */
import { strToU8, zipSync } from "fflate";
import { gridRow, rowCells } from "../layout-fixtures/plan-text.mjs";
import { tokens } from "./inline.mjs";
import { headingLevel, listKind, splitMarker } from "./numbering.mjs";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const AUTHOR = 'w:author="Nguyễn Thị Lan" w:date="2026-01-12T08:30:00Z"';
const PAGE_WIDTH = 9356; // twips between the margins of an A4 page (left 3 cm, right 2 cm)

const NS = [
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'mc:Ignorable="w14 w15 wp14"',
].join(" ");

/** One rendering: ids for the parts Word numbers (revisions, bookmarks, footnotes, shapes, lists). */
function context() {
  return { rev: 0, bookmark: 0, shape: 0, sdt: 0, notes: [], links: [], nums: [], rsid: 0 };
}

const rPr = (props) => (props.length ? `<w:rPr>${props.join("")}</w:rPr>` : "");
const tag = (t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`;

/** Text as Word stores it: a long run cut in two mid-word by a bookmark and a proofing mark. */
function textRuns(text, props, ctx) {
  if (text === "") return "";
  if (text.length < 30) return `<w:r${rsid(ctx)}>${rPr(props)}${tag(text)}</w:r>`;
  const cut = Math.floor(text.length / 2);
  const id = ctx.bookmark++;
  return `<w:r${rsid(ctx)}>${rPr(props)}${tag(text.slice(0, cut))}</w:r><w:bookmarkStart w:id="${id}" w:name="_Hlk${1000 + id}"/><w:proofErr w:type="spellStart"/><w:r${rsid(ctx)}>${rPr(props)}${tag(text.slice(cut))}</w:r><w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="${id}"/>`;
}
const rsid = (ctx) => ` w:rsidR="00${(0x3a1f00 + (ctx.rsid++ % 7) * 0x111).toString(16).toUpperCase()}"`;

/** The runs of one paragraph's text. `deleted`: the whole paragraph is a tracked deletion. */
export function runs(text, ctx, props = [], deleted = false) {
  let xml = "";
  for (const t of tokens(text)) {
    if (deleted && t.kind !== "note") {
      xml += `<w:del w:id="${ctx.rev++}" ${AUTHOR}><w:r>${rPr(props)}<w:delText xml:space="preserve">${esc(t.text ?? "")}</w:delText></w:r></w:del>`;
      continue;
    }
    switch (t.kind) {
      case "text": xml += textRuns(t.text, props, ctx); break;
      case "ins": xml += `<w:ins w:id="${ctx.rev++}" ${AUTHOR}><w:r>${rPr(props)}${tag(t.text)}</w:r></w:ins>`; break;
      case "del": xml += `<w:del w:id="${ctx.rev++}" ${AUTHOR}><w:r>${rPr(props)}<w:delText xml:space="preserve">${esc(t.text)}</w:delText></w:r></w:del>`; break;
      case "hide": xml += `<w:r>${rPr([...props, "<w:vanish/>"])}${tag(t.text)}</w:r>`; break;
      case "link": {
        ctx.links.push(t.arg);
        xml += `<w:hyperlink r:id="rIdLink${ctx.links.length}" w:history="1"><w:r>${rPr(['<w:rStyle w:val="Hyperlink"/>', ...props])}${tag(t.text)}</w:r></w:hyperlink>`;
        break;
      }
      case "fs": xml += `<w:fldSimple w:instr=" ${esc(t.arg)} "><w:r>${rPr([...props, "<w:noProof/>"])}${tag(t.text)}</w:r></w:fldSimple>`; break;
      case "fc":
        xml += `<w:r>${rPr(props)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(props)}<w:instrText xml:space="preserve"> ${esc(t.arg)} </w:instrText></w:r><w:r>${rPr(props)}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr(props)}${tag(t.text)}</w:r><w:r>${rPr(props)}<w:fldChar w:fldCharType="end"/></w:r>`;
        break;
      case "sdt":
        xml += `<w:sdt><w:sdtPr>${rPr(props)}<w:id w:val="${-1200000 + ctx.sdt++}"/><w:date w:fullDate="${esc(t.arg)}T00:00:00Z"><w:dateFormat w:val="dd' tháng 'MM' năm 'yyyy"/><w:lid w:val="vi-VN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent><w:r>${rPr(props)}${tag(t.text)}</w:r></w:sdtContent></w:sdt>`;
        break;
      case "sym": xml += `<w:r>${rPr(props)}<w:sym w:font="Symbol" w:char="${t.text}"/></w:r>`; break;
      case "tab": xml += `<w:r>${rPr(props)}<w:tab/></w:r>`; break;
      case "br": xml += `<w:r>${rPr(props)}<w:br/></w:r>`; break;
      case "shy": xml += `<w:r>${rPr(props)}<w:softHyphen/></w:r>`; break;
      case "nbh": xml += `<w:r>${rPr(props)}<w:noBreakHyphen/></w:r>`; break;
      case "note": {
        ctx.notes.push(t.text);
        xml += `<w:r>${rPr(['<w:rStyle w:val="FootnoteReference"/>'])}<w:footnoteReference w:id="${ctx.notes.length}"/></w:r>`;
        break;
      }
    }
  }
  return xml;
}

/** A paragraph: `num` { numId, ilvl } for automatic numbering, `jc`, `bold`, `ind` (first-line twips). */
function para(text, ctx, { num, jc, bold, ind, deleted, style, keepNext, size } = {}) {
  const props = [...(bold ? ["<w:b/>", "<w:bCs/>"] : []), ...(size ? [`<w:sz w:val="${size}"/>`, `<w:szCs w:val="${size}"/>`] : []), '<w:lang w:val="vi-VN"/>'];
  const pPr = [
    style ? `<w:pStyle w:val="${style}"/>` : "",
    keepNext ? "<w:keepNext/>" : "",
    num ? `<w:numPr><w:ilvl w:val="${num.ilvl}"/><w:numId w:val="${num.numId}"/></w:numPr>` : "",
    '<w:spacing w:before="60" w:after="60" w:line="276" w:lineRule="auto"/>',
    ind !== undefined ? `<w:ind w:firstLine="${ind}"/>` : "",
    jc ? `<w:jc w:val="${jc}"/>` : "",
    deleted ? `<w:rPr><w:del w:id="${ctx.rev++}" ${AUTHOR}/></w:rPr>` : "",
  ].join("");
  return `<w:p w14:paraId="${(0x10000000 + ctx.rsid * 7919).toString(16).toUpperCase()}"><w:pPr>${pPr}</w:pPr>${runs(text, ctx, props, deleted)}</w:p>`;
}

/** A text box as Word 2010+ writes it: DrawingML in mc:Choice, the same text again in the VML fallback. */
function textBox(text, ctx) {
  const id = ++ctx.shape;
  const body = text.split("\n").map((t) => para(t, ctx, { jc: "both", bold: true })).join("");
  const again = text.split("\n").map((t) => para(t, ctx, { jc: "both", bold: true })).join("");
  return `<w:p><w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV><wp:extent cx="5940000" cy="620000"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/><wp:wrapTopAndBottom/><wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5940000" cy="620000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr><wps:txbx><w:txbxContent>${body}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box ${id}" o:spid="_x0000_s10${25 + id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3.6pt;width:467.7pt;height:48.8pt;z-index:${251659264 + id};mso-wrap-style:square"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>${again}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

/** The short rule Word users draw under "Độc lập - Tự do - Hạnh phúc": a shape with no text. */
function ruleUnder(ctx) {
  const id = ++ctx.shape;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251660000 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>900000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>20000</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="${id}" name="Straight Connector ${id}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"/></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line id="Straight Connector ${id}" o:spid="_x0000_s10${60 + id}" style="position:absolute;z-index:${251660000 + id}" from="70.85pt,1.55pt" to="228.3pt,1.55pt" strokeweight=".5pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
}

const NO_BORDERS = '<w:tblBorders><w:top w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:left w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:insideH w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:tblBorders>';

function tableOpen(widths, borders) {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="${borders ? "TableGrid" : "TableNormal"}"/><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>${borders ? "" : NO_BORDERS}<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>`;
}
const twips = (widths, total) => {
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.round((w / sum) * total));
};

/** A cell: its paragraphs (a "\n" in the text starts the next one), grid span and vertical merge. */
function cell(text, ctx, { width, span = 1, vMerge, jc, bold, deleted, inserted } = {}) {
  const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : vMerge ? "<w:vMerge/>" : ""}<w:vAlign w:val="center"/></w:tcPr>`;
  const paras = vMerge === "continue" || text === "" ? ["<w:p/>"] : String(text).split("\n").map((t) => {
    const p = para(inserted ? `⟦ins:${t}⟧` : t, ctx, { jc, bold, deleted, size: 24 });
    return p;
  });
  return `<w:tc>${tcPr}${paras.join("")}</w:tc>`;
}

/** Header rows laid on the grid: which positions a merged cell covers from the row above. */
function headerGrid(header, width) {
  const covered = header.map(() => Array(width).fill(null));
  const rows = header.map(() => []);
  header.forEach((r, ri) => {
    let col = 0;
    for (const raw of r) {
      while (covered[ri][col]) { rows[ri].push({ col, continue: covered[ri][col] }); col += covered[ri][col].cols; }
      const c = typeof raw === "string" ? { text: raw } : raw;
      rows[ri].push({ col, text: c.text, cols: c.cols ?? 1, rows: c.rows ?? 1 });
      for (let dr = 1; dr < (c.rows ?? 1); dr++) if (covered[ri + dr]) covered[ri + dr][col] = { cols: c.cols ?? 1 };
      col += c.cols ?? 1;
    }
    while (col < width && covered[ri][col]) { rows[ri].push({ col, continue: covered[ri][col] }); col += covered[ri][col].cols; }
  });
  return rows;
}

function renderTable(b, ctx) {
  const width = gridRow(b.header[0]).length;
  const widths = twips(b.widths ?? Array(width).fill(1), b.nested ? PAGE_WIDTH - 216 : PAGE_WIDTH);
  const spanWidth = (col, n) => widths.slice(col, col + n).reduce((a, x) => a + x, 0);
  const header = headerGrid(b.header, width).map((cells) => {
    const tcs = cells.map((c) => c.continue
      ? cell("", ctx, { width: spanWidth(c.col, c.continue.cols), span: c.continue.cols, vMerge: "continue" })
      : cell(c.text, ctx, { width: spanWidth(c.col, c.cols), span: c.cols, vMerge: c.rows > 1 ? "restart" : undefined, jc: "center", bold: true })).join("");
    return `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${tcs}</w:tr>`;
  });
  const align = b.align ?? [];
  const vmerge = new Set(b.vmerge ?? []);
  const grid = b.rows.map((row) => gridRow(rowCells(row)));
  const body = b.rows.map((row, ri) => {
    const o = Array.isArray(row) ? {} : row;
    const before = o.gridBefore ?? 0, after = o.gridAfter ?? 0;
    const trPr = [before ? `<w:gridBefore w:val="${before}"/><w:wBefore w:w="${spanWidth(0, before)}" w:type="dxa"/>` : "",
      after ? `<w:gridAfter w:val="${after}"/><w:wAfter w:w="${spanWidth(width - after, after)}" w:type="dxa"/>` : "",
      o.deleted ? `<w:del w:id="${ctx.rev++}" ${AUTHOR}/>` : "", o.inserted ? `<w:ins w:id="${ctx.rev++}" ${AUTHOR}/>` : ""].join("");
    let col = 0;
    let tcs = "";
    for (const raw of rowCells(row)) {
      const c = typeof raw === "string" ? { text: raw } : raw;
      const span = c.cols ?? 1;
      if (col >= before && col < width - after) {
        // A column merged down: the cell opens a merge when the rows below repeat its text.
        let vMerge;
        if (vmerge.has(col) && !o.group && c.text !== "") {
          const same = (k) => k >= 0 && k < grid.length && !(b.rows[k].group) && grid[k][col] === c.text;
          vMerge = same(ri - 1) ? "continue" : same(ri + 1) ? "restart" : undefined;
        }
        tcs += cell(c.text, ctx, { width: spanWidth(col, span), span, vMerge, jc: align[col] === "c" ? "center" : align[col] === "r" ? "right" : "both", bold: o.bold || o.group, deleted: o.deleted, inserted: o.inserted });
      }
      col += span;
    }
    const tr = `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${tcs}</w:tr>`;
    // A repeating-section content control around each row, as form-like templates have.
    return b.sdtRows ? `<w:sdt><w:sdtPr><w:id w:val="${-900000 + ctx.sdt++}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>${tr}</w:sdtContent></w:sdt>` : tr;
  });
  const open = tableOpen(widths, b.borders !== false);
  const parts = b.split === undefined
    ? `${open}${header.join("")}${body.join("")}</w:tbl>`
    // One table cut in two (a page break typed between), the header row copied into the second.
    : `${open}${header.join("")}${body.slice(0, b.split).join("")}</w:tbl><w:p><w:r><w:br w:type="page"/></w:r></w:p>${open}${header.join("")}${body.slice(b.split).join("")}</w:tbl>`;
  if (!b.nested) return parts;
  // A frame: a one-cell borderless table that holds the real one.
  return `${tableOpen([PAGE_WIDTH], false)}<w:tr><w:tc><w:tcPr><w:tcW w:w="${PAGE_WIDTH}" w:type="dxa"/></w:tcPr>${parts}<w:p/></w:tc></w:tr></w:tbl>`;
}

/** The letterhead: a borderless two-column table, one row per line or one row with a paragraph per line. */
function letterhead(plan, ctx) {
  const widths = twips([6, 10], PAGE_WIDTH);
  const rows = plan.letterhead.map((l) => ({ cells: rowCells(l), bold: Array.isArray(l) ? false : l.bold }));
  const motto = (i) => rows.findIndex((r) => /Độc lập/u.test(r.cells[1] ?? "")) === i;
  // No table: each line "left<tab><tab>right", the right half set by tab stops.
  if (plan.letterheadLayout === "tabs") {
    return rows.map((r) => para(`${r.cells[0] ?? ""}⟦tab⟧⟦tab⟧${r.cells[1] ?? ""}`, ctx, { bold: r.bold }).replace("<w:pPr>", '<w:pPr><w:tabs><w:tab w:val="center" w:pos="1985"/><w:tab w:val="center" w:pos="6521"/></w:tabs>')).join("");
  }
  if (plan.letterheadLayout === "stacked") {
    const cells = [0, 1].map((k) => `<w:tc><w:tcPr><w:tcW w:w="${widths[k]}" w:type="dxa"/></w:tcPr>${rows.map((r, i) => {
      const p = para(r.cells[k] ?? "", ctx, { jc: "center", bold: r.bold || (k === 1 && i === 0), size: 26 });
      return k === 1 && motto(i) ? p.replace(/<\/w:p>$/, `${ruleUnder(ctx)}</w:p>`) : p;
    }).join("")}</w:tc>`).join("");
    return `${tableOpen(widths, false)}<w:tr>${cells}</w:tr></w:tbl>`;
  }
  const trs = rows.map((r, i) => `<w:tr>${[0, 1].map((k) => {
    let c = cell(r.cells[k] ?? "", ctx, { width: widths[k], jc: "center", bold: r.bold });
    if (k === 1 && motto(i)) c = c.replace(/<\/w:p><\/w:tc>$/, `${ruleUnder(ctx)}</w:p></w:tc>`);
    return c;
  }).join("")}</w:tr>`).join("");
  return `${tableOpen(widths, false)}${trs}</w:tbl>`;
}

/** numbering.xml: the heading list (I. / 1. / 1.1. / a)), the bullet list (- / +) and the numbered lists. */
function numberingXml(ctx) {
  const lvl = (ilvl, fmt, text, indent, bold = false) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="${indent}"/></w:pPr>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}</w:lvl>`;
  const abstract = [
    `<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="multilevel"/>${lvl(0, "upperRoman", "%1.", 567, true)}${lvl(1, "decimal", "%2.", 567, true)}${lvl(2, "decimal", "%2.%3.", 567, true)}${lvl(3, "lowerLetter", "%4)", 567)}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="1"><w:nsid w:val="2B3C4D5E"/><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:hint="default"/></w:rPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="851"/></w:pPr></w:lvl></w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="2"><w:nsid w:val="3C4D5E6F"/><w:multiLevelType w:val="hybridMultilevel"/>${lvl(0, "decimal", "%1.", 567)}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="3"><w:nsid w:val="4D5E6F70"/><w:multiLevelType w:val="hybridMultilevel"/>${lvl(0, "lowerLetter", "%1)", 567)}</w:abstractNum>`,
  ];
  const nums = ctx.nums.map(({ numId, abstractId, restart }) => `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${restart ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ""}</w:num>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abstract.join("")}${nums.join("")}</w:numbering>`;
}

/** The document body, numbering checked: what Word would print must be the marker the plan typed. */
function body(plan, ctx) {
  const out = [letterhead(plan, ctx)];
  ctx.nums.push({ numId: 1, abstractId: 0 }, { numId: 2, abstractId: 1 });
  const counters = [0, 0, 0, 0];
  let list = null; // the numbered list run in progress: { kind, numId, n }
  const walk = (blocks) => {
    for (const b of blocks) {
      const { marker, text } = b.text !== undefined ? splitMarker(b.text) : { marker: null, text: "" };
      const kind = b.kind === "p" && b.indent && marker ? listKind(marker) : null;
      if (!kind || kind === "bullet") list = kind === "bullet" ? list : null;
      switch (b.kind) {
        case "heading": {
          const level = marker ? headingLevel(marker) : null;
          if (level === null) { out.push(para(b.text, ctx, { jc: b.center ? "center" : "both", bold: true, ind: b.center ? undefined : 567, keepNext: true })); break; }
          counters[level]++;
          for (let k = level + 1; k < counters.length; k++) counters[k] = 0;
          const printed = [toRoman(counters[0]) + ".", `${counters[1]}.`, `${counters[1]}.${counters[2]}.`, `${String.fromCharCode(96 + counters[3])})`][level];
          if (printed !== marker) throw new Error(`${plan.stem}: Word would print "${printed}" where the plan has "${marker}"`);
          // A template's heading styles carry the numbering (Heading N → level N−1 of the list); else numPr on the paragraph.
          out.push(plan.headingStyles
            ? para(text, ctx, { style: `Heading${level + 1}`, jc: "both" })
            : para(text, ctx, { num: { numId: 1, ilvl: level }, jc: "both", bold: true, keepNext: true }));
          break;
        }
        case "center": out.push(para(b.text, ctx, { jc: "center", bold: b.bold })); break;
        case "p": {
          if (kind === "bullet") { out.push(para(text, ctx, { num: { numId: 2, ilvl: marker === "+" ? 1 : 0 }, jc: "both", deleted: b.deleted })); break; }
          if (kind) {
            if (!list || list.kind !== kind) {
              list = { kind, numId: ctx.nums.length + 1, n: 0 };
              ctx.nums.push({ numId: list.numId, abstractId: kind === "decimal" ? 2 : 3, restart: true });
            }
            list.n++;
            const printed = kind === "decimal" ? `${list.n}.` : `${String.fromCharCode(96 + list.n)})`;
            if (printed !== marker) throw new Error(`${plan.stem}: Word would print "${printed}" where the plan has "${marker}"`);
            out.push(para(text, ctx, { num: { numId: list.numId, ilvl: 0 }, jc: "both", deleted: b.deleted }));
            break;
          }
          const p = para(b.text, ctx, { jc: b.align === "right" ? "right" : "both", ind: b.align === "right" ? undefined : 567, deleted: b.deleted, bold: b.bold });
          out.push(b.sdt ? `<w:sdt><w:sdtPr><w:alias w:val="${esc(b.sdt)}"/><w:tag w:val="${esc(b.sdt)}"/><w:id w:val="${-1500000 + ctx.sdt++}"/></w:sdtPr><w:sdtContent>${p}</w:sdtContent></w:sdt>` : p);
          break;
        }
        case "textbox": out.push(textBox(b.text, ctx)); break;
        case "page-break": out.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'); break;
        case "table": {
          const t = renderTable(b, ctx);
          // A table inside a block content control, as templates hold their forms.
          out.push(b.sdt ? `<w:sdt><w:sdtPr><w:alias w:val="${esc(b.sdt)}"/><w:id w:val="${-1700000 + ctx.sdt++}"/></w:sdtPr><w:sdtContent>${t}</w:sdtContent></w:sdt>` : t, "<w:p/>");
          break;
        }
        case "columns": walk(b.blocks); break;
        case "signature":
          for (const l of b.lines) out.push(para(l, ctx, { jc: "center", bold: true }).replace("<w:pPr>", '<w:pPr><w:ind w:left="4536"/>'));
          out.push("<w:p/><w:p/>", para(b.name, ctx, { jc: "center", bold: true }).replace("<w:pPr>", '<w:pPr><w:ind w:left="4536"/>'));
          break;
        default: throw new Error(`${plan.stem}: no Word rendering for a ${b.kind} block`);
      }
    }
  };
  walk(plan.blocks);
  return out.join("");
}

const toRoman = (n) => ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n];

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>${[1, 2, 3, 4].map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr>${n > 1 ? `<w:ilvl w:val="${n - 1}"/>` : ""}<w:numId w:val="1"/></w:numPr><w:spacing w:before="120" w:after="60"/><w:ind w:firstLine="567"/><w:jc w:val="both"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>`).join("")}<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style></w:styles>`;

/** The whole .docx. */
export function renderDocx(plan) {
  const ctx = context();
  const main = body(plan, ctx);
  const sect = `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="381"/></w:sectPr>`;
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${main}${sect}</w:body></w:document>`;
  const hf = (root, inner) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${NS}>${inner}</w:${root}>`;
  const headerXml = hf("hdr", `<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/><w:sz w:val="20"/></w:rPr>${tag(plan.runningHeader ?? "")}</w:r></w:p>`);
  const footerXml = hf("ftr", `<w:sdt><w:sdtPr><w:id w:val="-1769616900"/><w:docPartObj><w:docPartGallery w:val="Page Numbers (Bottom of Page)"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>2</w:t></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>`);
  const notes = ctx.notes.map((n, i) => `<w:footnote w:id="${i + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r>${tag(` ${n}`)}</w:r></w:p></w:footnote>`).join("");
  const footnotesXml = hf("footnotes", `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}`);
  const rel = (id, type, target, external) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ""}/>`;
  const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[
    rel("rId1", "styles", "styles.xml"), rel("rId2", "numbering", "numbering.xml"), rel("rId3", "settings", "settings.xml"),
    rel("rIdHeader", "header", "header1.xml"), rel("rIdFooter", "footer", "footer1.xml"), rel("rIdNotes", "footnotes", "footnotes.xml"),
    ...ctx.links.map((url, i) => rel(`rIdLink${i + 1}`, "hyperlink", url, true)),
  ].join("")}</Relationships>`;
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:trackRevisions/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-US"/></w:settings>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>Admin</dc:creator><cp:lastModifiedBy>Nguyễn Thị Lan</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T02:11:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-12T08:31:00Z</dcterms:modified></cp:coreProperties>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>`;
  // A fixed date in every entry: the same plan gives the same bytes.
  const mtime = new Date("2026-01-12T08:31:00Z");
  const files = {
    "[Content_Types].xml": ct, "_rels/.rels": rootRels, "word/document.xml": documentXml, "word/_rels/document.xml.rels": documentRels,
    "word/styles.xml": STYLES, "word/numbering.xml": numberingXml(ctx), "word/settings.xml": settings, "word/header1.xml": headerXml,
    "word/footer1.xml": footerXml, "word/footnotes.xml": footnotesXml, "docProps/core.xml": core, "docProps/app.xml": app,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [strToU8(v.normalize("NFC")), { mtime }]])), { level: 6 });
}
