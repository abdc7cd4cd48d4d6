import type { Diagnostic, FileReport, Locale } from "@cdsvn/core";
import {
  AlignmentType, BorderStyle, Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
  type IBorderOptions, type ISectionOptions,
} from "docx";
import { comparisonView, notComparedLine, type ExtrasMode } from "../comparison-view.ts";
import { findingNotes, groupBySection, makeQuoter, sectionTitle } from "../findings.ts";
import { countsLine, severityLabel, t } from "../messages.ts";
import { dateLabel, unitLabel } from "../plan-labels.ts";
import { xmlSafe } from "../safe-text.ts";
import { documentTimestamp, latestIsoDate, stabilizeZip } from "./stable-zip.ts";

/**
 * Who sends the review, as the header and signature block of a Department's report carry it
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I). Anything left out stays a dotted blank to fill in by hand.
 */
export interface ReviewHeader {
  /** The body above the issuer, upper case in the header: "UBND TỈNH HÀ TĨNH". */
  readonly parentBody?: string;
  /** The issuing body: "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  readonly issuingBody?: string;
  /** The report's number and symbol: "125/BC-SKHCN". */
  readonly number?: string;
  /** Where it is issued: "Hà Tĩnh". */
  readonly place?: string;
  /** When, ISO ("2026-07-15"); written "ngày 15 tháng 7 năm 2026". */
  readonly date?: string;
  /** Recipients after "Như trên" (the commune addressed): "Giám đốc Sở (để b/c)". */
  readonly recipients?: readonly string[];
  /** The archive line's holders after "Lưu: VT": "P.QLKH". */
  readonly archive?: string;
  /** The signer's capacity, one line each: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. Default: the reviewer. */
  readonly signerTitle?: readonly string[];
  readonly signerName?: string;
}

/**
 * How the DOCX review report is written: its language, the reviewing body's header (else dotted
 * blanks), each file's NFC text (to quote the lines findings point at), and whether extra plan
 * indicators get a paragraph or only their count.
 */
export interface DocxOptions {
  readonly locale: Locale;
  readonly header?: ReviewHeader;
  /** file → NFC text, to quote the lines findings point at and dates as the plan writes them. */
  readonly sources?: ReadonlyMap<string, string>;
  /** The plan's indicators outside the framework: one compact paragraph (default) or only their count. */
  readonly extras?: ExtrasMode;
}

const FONT = "Times New Roman";
const SIZE = 28; // half-points: 14 pt body, within the 13–14 pt Nghị định 30/2020/NĐ-CP prescribes
const SMALL = 24;
const TABLE = 22;
const DOTS = "……………";
/** Text width of an A4 page with the 3 cm left and 2 cm right margins, in twentieths of a point. */
const TEXT_WIDTH = 9072;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** Every run of text goes through here: XML-invalid characters from a plan would corrupt the file. */
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: xmlSafe(text), font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics });

const para = (children: TextRun[], o: { align?: Align; indent?: boolean; before?: number; after?: number; keepNext?: boolean } = {}) =>
  new Paragraph({
    children,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    indent: o.indent ? { firstLine: 567 } : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 80, line: 312 },
    keepNext: o.keepNext,
  });

/** The short rule under the issuing body, the motto and the title: an empty paragraph's bottom border. */
const rule = (share: number) =>
  new Paragraph({
    children: [],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: Math.round(TEXT_WIDTH * share), right: Math.round(TEXT_WIDTH * share) },
    spacing: { before: 0, after: 100, line: 120, lineRule: "exact" },
  });

const centered = (children: TextRun[], o: { after?: number; before?: number } = {}) => para(children, { align: AlignmentType.CENTER, after: o.after ?? 0, before: o.before });

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * Two columns without borders: the layout of the header and of the signature block. The header, as in
 * Departments' templates, reaches into the left margin so "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and a
 * body's full name each fit on one line.
 */
function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number, outdent = 0): Table {
  const total = TEXT_WIDTH + outdent;
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0 } });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [leftWidth, total - leftWidth],
    indent: outdent > 0 ? { size: -outdent, type: WidthType.DXA } : undefined,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, total - leftWidth)] })],
  });
}

function gridTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: readonly number[], centeredColumns: ReadonlySet<number>): Table {
  const cell = (text: string, column: number, bold = false) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [new Paragraph({ children: [run(text, { bold, size: TABLE })], alignment: bold || centeredColumns.has(column) ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 260 } })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

/** A span of the plan's text, as written (the issue date "ngày 24 tháng 6 năm 2026"), or null. */
function spanText(text: string | undefined, span: { start: number; end: number } | null | undefined): string | null {
  if (text === undefined || !span || span.end <= span.start || span.end > text.length || span.end - span.start > 120) return null;
  const s = text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  return s === "" ? null : s;
}

function findingParagraphs(n: number, d: Diagnostic, quoted: string | null, locale: Locale): Paragraph[] {
  const notes = findingNotes(locale, d);
  const cites: string[] = [];
  if (notes.place) cites.push(notes.place);
  if (notes.source) cites.push(t(locale, "docx.citeSource", { source: notes.source }));
  cites.push(t(locale, "report.rule", { rule: d.ruleId }));
  const out = [para([run(`${n}. `, { bold: true }), run(`[${severityLabel(locale, d.severity)}] `, { bold: true }), run(d.message), run(` (${cites.join("; ")}).`, { italics: true })], { indent: true })];
  if (quoted !== null) out.push(para([run(`“${quoted}”`, { italics: true, size: SMALL })], { indent: true }));
  if (notes.suggestion) out.push(para([run(`${t(locale, "report.suggestion")}: `, { italics: true }), run(notes.suggestion)], { indent: true }));
  return out;
}

function headerBlock(header: ReviewHeader, locale: Locale): Table {
  const placeLine = `${header.place ?? DOTS}, ${(header.date ? dateLabel(locale, header.date) : null) ?? t(locale, "docx.dateBlank")}`;
  return twoColumns(
    [
      centered([run((header.parentBody ?? DOTS).toUpperCase(), { size: 24 })]),
      centered([run((header.issuingBody ?? DOTS).toUpperCase(), { bold: true, size: 24 })]),
      rule(0.14),
      centered([run(t(locale, "docx.number", { number: header.number ?? t(locale, "docx.numberBlank") }), { size: 26 })]),
    ],
    [
      centered([run(t(locale, "docx.nation"), { bold: true, size: 24 })]),
      centered([run(t(locale, "docx.motto"), { bold: true, size: 26 })]),
      rule(0.14),
      centered([run(placeLine, { italics: true })]),
    ],
    4000,
    800,
  );
}

function reportSection(report: FileReport, options: DocxOptions, first: boolean): ISectionOptions["children"] {
  const L = options.locale;
  const header = options.header ?? {};
  const meta = report.plan?.meta;
  const text = options.sources?.get(report.file);
  const unit = unitLabel(report.plan, L);
  const addressee = unit ? t(L, "docx.committee", { unit }) : t(L, "docx.unknownCommittee");
  const planName = meta?.title ?? report.file;
  // The date line as written, without the place before it ("Tân Kỳ, ngày … tháng 01 năm 2026").
  const issued = spanText(text, meta?.dateSpan)?.replace(/^[^,]{1,60},\s*(?=ngày)/u, "") ?? dateLabel(L, meta?.issuedDate) ?? t(L, "report.blank");
  const children: Array<Paragraph | Table> = [];
  if (!first) children.push(new Paragraph({ children: [new PageBreak()] }));
  const heading = (s: string) => para([run(s, { bold: true })], { align: AlignmentType.LEFT, before: 120, keepNext: true });
  children.push(
    headerBlock(header, L),
    centered([run(t(L, "docx.title"), { bold: true })], { before: 360 }),
    centered([run(t(L, "docx.subtitle", { plan: planName }), { bold: true })]),
    rule(0.3),
    centered([run(t(L, "docx.to", { addressee }))], { after: 200 }),
    heading(t(L, "docx.general")),
    para([run(`${t(L, "docx.planTitle")}: `), run(planName)], { indent: true }),
    para([run(`${t(L, "report.documentNumber")}: `), run(meta?.documentNumber ?? t(L, "report.blank"))], { indent: true }),
    para([run(`${t(L, "report.issuedDate")}: `), run(issued)], { indent: true }),
    para([run(`${t(L, "docx.counts")}: `), run(countsLine(L, report.summary))], { indent: true }),
    heading(t(L, "docx.results")),
  );
  const groups = groupBySection(report.diagnostics);
  if (groups.length === 0) children.push(para([run(t(L, "docx.none"))], { indent: true }));
  const quote = makeQuoter(text);
  let n = 0;
  for (const group of groups) {
    children.push(para([run(sectionTitle(L, group.section), { bold: true, italics: true })], { indent: true, before: 60, keepNext: true }));
    for (const d of group.items) children.push(...findingParagraphs(++n, d, quote(d), L));
  }
  const view = comparisonView(L, report);
  const notCompared = notComparedLine(L, report);
  if (view || notCompared) {
    children.push(heading(t(L, "docx.comparison")));
    if (notCompared) children.push(para([run(notCompared)], { indent: true }));
  }
  if (view) {
    children.push(para([run(t(L, "docx.scope", { frameworkLine: view.frameworkLine, scopeLine: view.scopeLine }))], { indent: true, keepNext: view.rows.length > 0 }));
    if (view.rows.length > 0) {
      const ids = ["comparison.no", "comparison.indicator", "comparison.required", "comparison.planned", "comparison.status", "comparison.source"] as const;
      const rows = view.rows.map((r) => [String(r.no), r.name, r.required, r.planned, r.statusText, r.cite]);
      children.push(gridTable(ids.map((id) => t(L, id)), rows, [560, 3900, 1150, 1150, 1150, 1162], new Set([0, 2, 3, 4, 5])));
      if (view.sourcesLine) children.push(para([run(view.sourcesLine, { italics: true, size: SMALL })], { indent: true, before: 80 }));
    }
    if (view.extras.length > 0) {
      children.push((options.extras ?? "compact") === "omit"
        ? para([run(t(L, "docx.extrasOmitted", { count: view.extras.length }), { italics: true, size: SMALL })], { indent: true, before: 80 })
        : para([run(`${t(L, "report.extras", { count: view.extras.length })}: `, { italics: true, size: SMALL }), run(view.extras.join("; "), { size: SMALL })], { indent: true, before: 80 }));
    }
  }
  const recipients = [t(L, "docx.asAbove"), ...(header.recipients ?? []), `${t(L, "docx.archive")}${header.archive ? `, ${header.archive}` : ""}`];
  const signer = header.signerTitle && header.signerTitle.length > 0 ? header.signerTitle : [t(L, "docx.signer")];
  children.push(
    heading(t(L, "docx.proposal")),
    para([run(t(L, "docx.propose", { addressee }))], { indent: true, after: 240 }),
    twoColumns(
      [
        para([run(t(L, "docx.recipients"), { bold: true, italics: true, size: SMALL })], { align: AlignmentType.LEFT, after: 0 }),
        ...recipients.map((r, i) => para([run(`- ${r}${i === recipients.length - 1 ? "." : ";"}`, { size: 22 })], { align: AlignmentType.LEFT, after: 0 })),
      ],
      [
        ...signer.map((line) => centered([run(line.toUpperCase(), { bold: true })])),
        centered([run(header.signerName ? "" : t(L, "docx.signHint"), { italics: true })], { after: 1300 }),
        centered([run(header.signerName ?? "", { bold: true })]),
      ],
      Math.round(TEXT_WIDTH / 2),
    ),
  );
  return children;
}

/**
 * A "báo cáo rà soát" per plan, laid out as a Department sends it (Nghị định 30/2020/NĐ-CP): the
 * two-column header (issuing body and number; national motto, place and date), title, "Kính gửi", general
 * information, the findings by part of the plan with their place, source and suggested correction, the
 * comparison (rows that apply to the commune, with source and confidence; extras compact or counted),
 * requests, recipients and the signature block. Several plans: one document, a report per page group.
 * The same input gives the same bytes (see `documentTimestamp`).
 */
export async function exportDocx(reports: readonly FileReport[], options: DocxOptions): Promise<Uint8Array> {
  const L = options.locale;
  const doc = new Document({
    creator: "cds",
    title: xmlSafe(t(L, "docx.title")),
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, // A4; 2 cm, 2 cm, 3 cm, 2 cm
      children: reports.flatMap((r, i) => reportSection(r, options, i === 0)),
    }],
  });
  // toArrayBuffer, not toBuffer: Node's Buffer does not exist in a browser, where the page writes the report too.
  const stamp = documentTimestamp(latestIsoDate([options.header?.date, ...reports.map((r) => r.plan?.meta.issuedDate)]));
  return stabilizeZip(new Uint8Array(await Packer.toArrayBuffer(doc)), stamp);
}
