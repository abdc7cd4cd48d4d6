/**
 * A plan as two kinds of web page communes publish:
 * - `renderWordHtml`: what Word writes for "Save as Web Page" (.htm): Office namespaces, `<o:p>`,
 *   mso- styles, list numbers inside `<![if !supportLists]>`, fields inside `<!--[if supportFields]>`,
 *   a text box twice (VML in a conditional comment, the HTML copy in `<![if !vml]>`), Symbol-font
 *   characters as their Latin-1 byte, hidden text as `display:none`, footnotes as "[1]" anchors with
 *   the note list at the end.
 * - `renderPortalHtml`: the same document pasted from Word into a portal's editor: site chrome
 *   around nested divs, `<!--[if !supportLists]-->` list numbers, `&nbsp;` indents, `<br>` in cells,
 *   rowspan/colspan tables.
 */
import { gridRow, rowCells } from "../layout-fixtures/plan-text.mjs";
import { SYMBOL_FONT, tokens } from "./inline.mjs";
import { listKind, splitMarker } from "./numbering.mjs";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Word writes runs of spaces as alternating `&nbsp;` and spaces. */
const wordEsc = (s) => esc(s).replace(/ {2,}/g, (m) => "&nbsp;".repeat(m.length - 1) + " ");
/** The Latin-1 byte a Symbol-font character is stored as (F0B3 → "³"). */
const symbolByte = (code) => String.fromCharCode(parseInt(code, 16) - 0xf000);

function inlineHtml(text, style, notes) {
  let out = "";
  for (const t of tokens(text)) {
    switch (t.kind) {
      case "text": case "ins": out += style === "word" ? `<span lang=VI>${wordEsc(t.text)}</span>` : esc(t.text); break;
      case "del": break; // saved after the changes were accepted
      case "hide": out += style === "word" ? `<span lang=VI style='display:none;mso-hide:all'>${esc(t.text)}</span>` : `<span style="display:none">${esc(t.text)}</span>`; break;
      case "link": out += `<a href="${esc(t.arg)}">${esc(t.text)}</a>`; break;
      case "fs": case "sdt": out += esc(t.text); break;
      case "fc":
        out += style === "word"
          ? `<!--[if supportFields]><span lang=VI><span style='mso-element:field-begin'></span> ${esc(t.arg)} <span style='mso-element:field-separator'></span></span><![endif]--><span lang=VI>${esc(t.text)}</span><!--[if supportFields]><span lang=VI><span style='mso-element:field-end'></span></span><![endif]-->`
          : esc(t.text);
        break;
      case "sym":
        out += style === "word"
          ? `<span lang=VI style='font-family:Symbol;mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman";mso-char-type:symbol;mso-symbol-font-family:Symbol'><span style='mso-char-type:symbol;mso-symbol-font-family:Symbol'>${esc(symbolByte(t.text))}</span></span>`
          : SYMBOL_FONT[t.text];
        break;
      case "tab": out += style === "word" ? "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>" : "&nbsp; &nbsp; &nbsp;"; break;
      case "br": out += style === "word" ? "<br>\n" : "<br />"; break;
      case "shy": out += style === "word" ? "<span style='mso-hyphenate:none'>&shy;</span>" : "&shy;"; break;
      case "nbh": out += style === "word" ? "<span style='mso-no-proof:yes'>&#8209;</span>" : "-"; break;
      case "note": {
        notes.push(t.text);
        const n = notes.length;
        out += style === "word"
          ? `<a style='mso-footnote-id:ftn${n}' href="#_ftn${n}" name="_ftnref${n}" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:14.0pt;line-height:115%'>[${n}]</span></span><![endif]></span></span></a>`
          : `<a href="#_ftn${n}" name="_ftnref${n}" title=""><sup>[${n}]</sup></a>`;
        break;
      }
    }
  }
  return out;
}

const WORD_HEAD = (title) => `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="ke-hoach_files/filelist.xml">
<title>${esc(title)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Admin</o:Author>
  <o:LastAuthor>Nguyễn Thị Lan</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Created>2026-01-05T02:11:00Z</o:Created>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:TrackMoves>false</w:TrackMoves>
  <w:ValidateAgainstSchemas/>
  <w:Compatibility>
   <w:BreakWrappedTables/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0in;
	line-height:115%;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0in;margin-right:0in;margin-bottom:0in;margin-left:.5in;
	font-size:14.0pt;font-family:"Times New Roman",serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{margin:0in;font-size:10.0pt;font-family:"Times New Roman",serif;}
span.MsoFootnoteReference
	{vertical-align:super;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 56.7pt 56.7pt 85.05pt;
	mso-header-margin:28.35pt;
	mso-footer-margin:28.35pt;
	mso-header:url("ke-hoach_files/header.htm") h1;
	mso-footer:url("ke-hoach_files/header.htm") f1;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:439304269;
	mso-list-template-ids:-1245312048;}
@list l0:level1
	{mso-level-number-format:roman-upper;
	mso-level-text:"%1\\.";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:28.35pt;}
table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0in 5.4pt 0in 5.4pt;}
-->
</style>
</head>

<body lang=EN-US style='tab-interval:.5in;word-wrap:break-word'>

<div class=WordSection1>
`;

/** Word's list paragraph: the number Word rendered, inside `<![if !supportLists]>` (or the pasted comment form). */
function listPara(marker, inner, { style, level, lfo, bold, portal }) {
  const spacer = `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>`;
  const num = bold ? `<b><span lang=VI><span style='mso-list:Ignore'>${esc(marker)}${spacer}</span></span></b>` : `<span lang=VI><span style='mso-list:Ignore'>${esc(marker)}${spacer}</span></span>`;
  const body = bold ? `<b>${inner}</b>` : inner;
  if (portal) {
    return `<p class="MsoListParagraphCxSpMiddle" style="margin-left:0in;text-align:justify;text-indent:.5in;mso-list:l${lfo} level${level} lfo${lfo}"><!--[if !supportLists]--><span style="font-size:14.0pt">${esc(marker)}<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]--><span style="font-size:14.0pt">${body}</span></p>`;
  }
  return `<p class=${style} style='margin-left:0in;text-align:justify;text-indent:.5in;mso-list:l${lfo} level${level} lfo${lfo}'><![if !supportLists]>${num}<![endif]>${body}</p>`;
}

function tableHtml(b, style, notes, frame = false) {
  const word = style === "word";
  const width = gridRow(b.header[0]).length;
  const widths = b.widths ?? Array(width).fill(1);
  const sum = widths.reduce((a, x) => a + x, 0);
  const px = (col, n) => Math.round((widths.slice(col, col + n).reduce((a, x) => a + x, 0) / sum) * 624);
  const border = b.borders !== false;
  const td = (inner, { col, cols = 1, rows = 1, align, bold }) => {
    const span = `${cols > 1 ? ` colspan=${word ? cols : `"${cols}"`}` : ""}${rows > 1 ? ` rowspan=${word ? rows : `"${rows}"`}` : ""}`;
    const paras = String(inner).split("\n").map((t) => {
      const content = inlineHtml(t, style, notes) || (word ? "<o:p>&nbsp;</o:p>" : "&nbsp;");
      const a = align === "c" ? "center" : align === "r" ? "right" : "justify";
      return word
        ? `<p class=MsoNormal${a !== "justify" ? ` align=${a}` : ""} style='text-align:${a};line-height:normal'>${bold ? `<b>${content}</b>` : content}</p>`
        : `<p style="text-align:${a}">${bold ? `<strong>${content}</strong>` : content}</p>`;
    });
    return word
      ? `  <td width=${px(col, cols)}${span} valign=top style='width:${(px(col, cols) * 0.75).toFixed(1)}pt;${border ? "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;" : ""}padding:0in 5.4pt 0in 5.4pt'>\n  ${paras.join("\n  ")}\n  </td>`
      : `<td${span} style="width:${px(col, cols)}px">${paras.join("")}</td>`;
  };
  const open = word
    ? `<table class=${border ? "MsoTableGrid" : "MsoNormalTable"} border=${border ? 1 : 0} cellspacing=0 cellpadding=0 width=624 style='width:6.5in;border-collapse:collapse;${border ? "border:none;mso-border-alt:solid windowtext .5pt;" : ""}mso-yfti-tbllook:1184;mso-padding-alt:0in 5.4pt 0in 5.4pt'>`
    : `<table border="${border ? 1 : 0}" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%"><tbody>`;
  const close = word ? "</table>" : "</tbody></table>";
  // header rows: the grid positions each cell opens
  const covered = b.header.map(() => Array(width).fill(false));
  const headerRows = b.header.map((r, ri) => {
    let col = 0;
    const cells = [];
    for (const raw of r) {
      while (covered[ri][col]) col++;
      const c = typeof raw === "string" ? { text: raw } : raw;
      for (let dr = 1; dr < (c.rows ?? 1); dr++) for (let dc = 0; dc < (c.cols ?? 1); dc++) if (covered[ri + dr]) covered[ri + dr][col + dc] = true;
      cells.push(td(c.text, { col, cols: c.cols, rows: c.rows, align: "c", bold: true }));
      col += c.cols ?? 1;
    }
    return word ? ` <tr style='mso-yfti-irow:${ri};${ri === 0 ? "mso-yfti-firstrow:yes;" : ""}page-break-inside:avoid'>\n${cells.join("\n")}\n </tr>` : `<tr>${cells.join("")}</tr>`;
  });
  const vmerge = new Set(b.vmerge ?? []);
  const live = b.rows.filter((r) => !r.deleted);
  const liveGrid = live.map((row) => gridRow(rowCells(row)));
  const bodyRows = live.map((row, ri) => {
    const o = Array.isArray(row) ? {} : row;
    const before = o.gridBefore ?? 0, after = o.gridAfter ?? 0;
    const cells = [];
    if (before) cells.push(word ? `  <td style='mso-cell-special:placeholder;border:none;padding:0in 0in 0in 0in' width=${px(0, before)}${before > 1 ? ` colspan=${before}` : ""}><p class='MsoNormal'>&nbsp;</td>` : `<td colspan="${before}" style="border:none"></td>`);
    let col = 0;
    for (const raw of rowCells(row)) {
      const c = typeof raw === "string" ? { text: raw } : raw;
      const span = c.cols ?? 1;
      if (col >= before && col < width - after) {
        let rows = 1;
        const same = (k) => k >= 0 && k < liveGrid.length && !live[k].group && liveGrid[k][col] === c.text;
        if (vmerge.has(col) && !o.group && c.text !== "") {
          if (same(ri - 1)) { col += span; continue; }
          while (same(ri + rows)) rows++;
        }
        cells.push(td(c.text, { col, cols: span, rows, align: (b.align ?? [])[col], bold: o.bold || o.group }));
      }
      col += span;
    }
    if (after) cells.push(word ? `  <td style='mso-cell-special:placeholder;border:none;padding:0in 0in 0in 0in' width=${px(width - after, after)}${after > 1 ? ` colspan=${after}` : ""}><p class='MsoNormal'>&nbsp;</td>` : `<td colspan="${after}" style="border:none"></td>`);
    return word ? ` <tr style='mso-yfti-irow:${ri + b.header.length}'>\n${cells.join("\n")}\n </tr>` : `<tr>${cells.join("")}</tr>`;
  });
  let html;
  if (b.split === undefined) html = `${open}\n${headerRows.join("\n")}\n${bodyRows.join("\n")}\n${close}`;
  else {
    const cut = live.indexOf(b.rows[b.split]) < 0 ? b.split : live.indexOf(b.rows[b.split]);
    const pageBreak = word ? `\n<span lang=VI style='font-size:14.0pt;line-height:115%'><br clear=all style='page-break-before:always'>\n</span>\n<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>\n` : `<p>&nbsp;</p>`;
    html = `${open}\n${headerRows.join("\n")}\n${bodyRows.slice(0, cut).join("\n")}\n${close}${pageBreak}${open}\n${headerRows.join("\n")}\n${bodyRows.slice(cut).join("\n")}\n${close}`;
  }
  if (!frame && b.nested) {
    return word
      ? `<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=624 style='width:6.5in;border-collapse:collapse'>\n <tr>\n  <td width=624 valign=top style='width:6.5in;padding:0in 5.4pt 0in 5.4pt'>\n${html}\n  <p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>\n  </td>\n </tr>\n</table>`
      : `<table style="width:100%"><tbody><tr><td>${html}</td></tr></tbody></table>`;
  }
  return html;
}

function letterheadHtml(plan, style, notes) {
  const rows = plan.letterhead.map((l) => ({ cells: rowCells(l), bold: Array.isArray(l) ? false : l.bold }));
  if (plan.letterheadLayout === "tabs") {
    return rows.map((r) => {
      const line = inlineHtml(`${r.cells[0] ?? ""}⟦tab⟧⟦tab⟧${r.cells[1] ?? ""}`, style, notes);
      return style === "word" ? `<p class=MsoNormal style='tab-stops:center 99.25pt 326.05pt'>${r.bold ? `<b>${line}</b>` : line}</p>` : `<p>${r.bold ? `<strong>${line}</strong>` : line}</p>`;
    }).join("\n");
  }
  if (style === "portal") {
    // The portal's editor keeps one cell per side, the lines joined by <br>.
    const side = (k) => rows.map((r, i) => {
      const t = inlineHtml(r.cells[k] ?? "", style, notes);
      return r.bold || (k === 1 && i === 0) ? `<strong>${t}</strong>` : t;
    }).join("<br />");
    return `<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr><td style="width:38%;text-align:center;vertical-align:top">${side(0)}</td><td style="text-align:center;vertical-align:top">${side(1)}</td></tr></tbody></table>`;
  }
  return tableHtml({ header: [rows[0].cells], rows: rows.slice(1), widths: [6, 10], borders: false, align: ["c", "c"] }, style, notes);
}

function bodyHtml(plan, style, notes) {
  const word = style === "word";
  const portal = !word;
  const out = [letterheadHtml(plan, style, notes)];
  let lfo = 1;
  let listRun = null;
  const p = (inner, { align = "justify", indent = true, bold = false } = {}) => word
    ? `<p class=MsoNormal${align !== "justify" ? ` align=${align}` : ""} style='${align === "justify" && indent ? "text-indent:.5in;" : ""}text-align:${align};line-height:115%'>${bold ? `<b>${inner}</b>` : inner}${bold ? "" : "<span lang=VI><o:p></o:p></span>"}</p>`
    : `<p style="text-align:${align}">${align === "justify" && indent ? "&nbsp; &nbsp; &nbsp; " : ""}${bold ? `<strong>${inner}</strong>` : inner}</p>`;
  const walk = (blocks) => {
    for (const b of blocks) {
      if (b.deleted) continue;
      const { marker, text } = b.text !== undefined ? splitMarker(b.text) : { marker: null, text: "" };
      const kind = b.kind === "p" && b.indent && marker ? listKind(marker) : null;
      if (!kind || (listRun && listRun !== kind)) { listRun = kind; if (kind) lfo++; }
      switch (b.kind) {
        case "heading":
          if (marker && word) out.push(listPara(marker, inlineHtml(text, style, notes), { style: "MsoListParagraph", level: 1, lfo: 0, bold: true }));
          else out.push(p(inlineHtml(b.text, style, notes), { align: b.center ? "center" : "justify", bold: true }));
          break;
        case "center": out.push(p(inlineHtml(b.text, style, notes), { align: "center", bold: b.bold })); break;
        case "p":
          if (kind) out.push(listPara(marker, inlineHtml(text, style, notes), { style: "MsoListParagraphCxSpMiddle", level: marker === "+" ? 2 : 1, lfo, portal }));
          else out.push(p(inlineHtml(b.text, style, notes), { align: b.align === "right" ? "right" : "justify", bold: b.bold }));
          break;
        case "textbox": {
          const inner = b.text.split("\n").map((t) => `<p class=MsoNormal style='text-align:justify'><b>${inlineHtml(t, style, notes)}</b></p>`).join("\n");
          out.push(word
            ? `<p class=MsoNormal><!--[if gte vml 1]><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text_x0020_Box_x0020_2" o:spid="_x0000_s1026" type="#_x0000_t202" style='position:absolute;margin-left:0;margin-top:3.6pt;width:467.7pt;height:48.8pt;z-index:251659264;mso-wrap-style:square'><v:textbox style='mso-fit-shape-to-text:t'><![if !mso]><table cellpadding=0 cellspacing=0 width="100%"><tr><td><![endif]><div>${inner}</div><![if !mso]></td></tr></table><![endif]></v:textbox><w:wrap type="topAndBottom"/></v:shape><![endif]--><![if !vml]><span style='mso-ignore:vglayout'><table cellpadding=0 cellspacing=0 align=left><tr><td width=624 style='border:.75pt solid black;vertical-align:top;background:white'><![endif]><![if !mso]><span style='mso-ignore:vglayout'><table cellpadding=0 cellspacing=0 width="100%"><tr><td><![endif]><div v:shape="Text Box 2" style='padding:3.6pt 7.2pt 3.6pt 7.2pt' class=shape>\n${inner}\n</div><![if !mso]></td></tr></table></span><![endif]><![if !vml]></td></tr></table></span><![endif]><span lang=VI><o:p></o:p></span></p>\n<br style='mso-ignore:vglayout' clear=ALL>`
            : `<div style="border:1px solid #000;padding:4px 8px">${b.text.split("\n").map((t) => `<p><strong>${inlineHtml(t, style, notes)}</strong></p>`).join("")}</div>`);
          break;
        }
        case "page-break": out.push(word ? "<span lang=VI style='font-size:14.0pt'><br clear=all style='page-break-before:always'>\n</span>" : ""); break;
        case "table": out.push(tableHtml(b, style, notes), word ? "<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>" : ""); break;
        case "columns": walk(b.blocks); break;
        case "signature":
          for (const l of b.lines) out.push(word ? `<p class=MsoNormal align=center style='margin-left:3.15in;text-align:center'><b><span lang=VI>${esc(l)}</span></b></p>` : `<p style="margin-left:50%;text-align:center"><strong>${esc(l)}</strong></p>`);
          out.push(word ? `<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>` : "<p>&nbsp;</p>");
          out.push(word ? `<p class=MsoNormal align=center style='margin-left:3.15in;text-align:center'><b><span lang=VI>${esc(b.name)}</span></b></p>` : `<p style="margin-left:50%;text-align:center"><strong>${esc(b.name)}</strong></p>`);
          break;
        default: throw new Error(`${plan.stem}: no HTML rendering for a ${b.kind} block`);
      }
    }
  };
  walk(plan.blocks);
  return out.filter((x) => x !== "").join("\n\n");
}

function notesHtml(notes, style) {
  if (!notes.length) return "";
  return style === "word"
    ? `<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n<hr align=left size=1 width="33%">\n<![endif]>\n${notes.map((n, i) => `<div style='mso-element:footnote' id=ftn${i + 1}>\n<p class=MsoFootnoteText><a style='mso-footnote-id:ftn${i + 1}' href="#_ftnref${i + 1}" name="_ftn${i + 1}" title=""><span class=MsoFootnoteReference><span lang=VI><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=VI style='font-size:10.0pt'>[${i + 1}]</span></span><![endif]></span></span></span></a><span lang=VI> ${esc(n)}</span></p>\n</div>`).join("\n")}\n</div>`
    : `<div><br clear="all" /><hr align="left" size="1" width="33%" />${notes.map((n, i) => `<div id="ftn${i + 1}"><p><a href="#_ftnref${i + 1}" name="_ftn${i + 1}" title="">[${i + 1}]</a> ${esc(n)}</p></div>`).join("")}</div>`;
}

export function renderWordHtml(plan) {
  const notes = [];
  const body = bodyHtml(plan, "word", notes);
  const html = `${WORD_HEAD(plan.meta.title)}${body}\n\n</div>\n\n${notesHtml(notes, "word")}\n\n</body>\n\n</html>\n`;
  return (plan.wordHtml === "filtered" ? filtered(html) : html).replace(/\n/g, "\r\n");
}

/**
 * "Web Page, Filtered": what Word leaves out of its web page — the Office XML and VML in conditional
 * comments, the downlevel conditionals around list numbers and notes, `<o:p>`, field markers.
 */
function filtered(html) {
  return html
    .replace(/<!--\[if (?:gte mso 9|gte vml 1|supportFields)\]>[^]*?<!\[endif\]-->/g, "")
    .replace(/<!\[if [^\]]*\]>|<!\[endif\]>/g, "")
    .replace(/<\/?o:p>/g, "")
    .replace(/;?mso-list:[^;']*/g, "")
    .replace('content="Microsoft Word 15"', 'content="Microsoft Word 15 (filtered)"');
}

export function renderPortalHtml(plan) {
  const notes = [];
  const body = bodyHtml(plan, "portal", notes);
  const unit = plan.portal.unit;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(plan.meta.title)} - Cổng thông tin điện tử ${esc(unit)}</title>
<style>body{font-family:Arial,sans-serif;font-size:14px}.menu a{margin-right:12px}.sidebar{display:none}@media print{.menu,.share{display:none}}</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div id="wrapper">
  <div class="header"><div class="container"><div class="logo"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ ${esc(unit.toUpperCase())}</a></div>
    <div class="menu"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức - Sự kiện</a><a href="/van-ban">Văn bản</a><a href="/lien-he">Liên hệ</a></div></div></div>
  <div class="container">
    <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản chỉ đạo, điều hành</a></div>
    <div class="row">
      <div class="col-md-9">
        <div class="news-detail">
          <h1 class="title">${esc(plan.meta.title)}</h1>
          <div class="meta"><span class="date">Ngày đăng: ${esc(plan.portal.posted)}</span> | <span class="views">Lượt xem: 318</span></div>
          <div class="content">
            <div class="entry">
              <div style="text-align:justify">
${body}
${notesHtml(notes, "portal")}
              </div>
            </div>
          </div>
          <div class="share"><a href="#">Chia sẻ</a> <a href="#">In bài viết</a></div>
        </div>
      </div>
    </div>
  </div>
  <div class="footer"><div class="container"><p>CỔNG THÔNG TIN ĐIỆN TỬ ${esc(unit.toUpperCase())}</p><p>Cơ quan chủ quản: Ủy ban nhân dân ${esc(unit)}</p><p>Địa chỉ: ${esc(plan.portal.address)} - Điện thoại: ${esc(plan.portal.phone)}</p></div></div>
</div>
</body>
</html>
`;
}

/**
 * Word's "Single File Web Page" (.mht): the Web Page as the text/html part of a MIME message,
 * quoted-printable, beside a part Word adds for the header and footer file.
 */
export function renderMht(plan) {
  const boundary = "----=_NextPart_01DC8F2A.6B3E4C10";
  const part = (location, type, body) => `--${boundary}\r\nContent-Location: ${location}\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: ${type}\r\n\r\n${quotedPrintable(body)}\r\n\r\n`;
  const header = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<body>\r\n<div style='mso-element:header' id=h1><p class=MsoHeader align=center style='text-align:center'><i>${esc(plan.runningHeader ?? "")}</i></p></div>\r\n</body>\r\n</html>\r\n`;
  return `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="${boundary}"\r\n\r\nThis document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this message, your browser or editor doesn't support Web Archive files.  Please download a browser that supports Web Archive.\r\n\r\n`
    + part(`file:///C:/D3B1F2A0/${plan.stem}.htm`, 'text/html; charset="utf-8"', renderWordHtml(plan))
    + part(`file:///C:/D3B1F2A0/${plan.stem}_files/header.htm`, 'text/html; charset="utf-8"', header)
    + `--${boundary}--\r\n`;
}

/** Quoted-printable as Word writes it: UTF-8 bytes above 127 and "=" as =XX, lines cut at 76 with "=". */
function quotedPrintable(text) {
  const out = [];
  for (const line of text.split("\r\n")) {
    let cur = "";
    for (const byte of new TextEncoder().encode(line)) {
      const ch = byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09) ? `=${byte.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(byte);
      if (cur.length + ch.length > 75) { out.push(`${cur}=`); cur = ""; }
      cur += ch;
    }
    out.push(cur);
  }
  return out.join("\r\n");
}
