import type { Diagnostic, FileReport, Locale } from "@cdsvn/core";
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type ISectionOptions,
} from "docx";
import { groupBySection, makeQuoter, sectionTitle } from "../findings.ts";
import { countsLine, severityLabel } from "../messages.ts";
import { statusLabel, targetLabel, unitLabel } from "../plan-labels.ts";

/** Who writes the review; left as dotted blanks for the reviewer to fill in by hand when not given. */
export interface DocxOptions {
  readonly locale: Locale;
  /** The reviewer's parent body and body, e.g. "UBND TỈNH …" / "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  readonly parentBody?: string;
  readonly reviewingBody?: string;
  /** file → NFC text, to quote the lines findings point at. */
  readonly sources?: ReadonlyMap<string, string>;
}

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt, as Nghị định 30/2020/NĐ-CP prescribes for the body
const DOTS = "……………";

const T = {
  vi: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto: "Độc lập - Tự do - Hạnh phúc", number: `Số: ${DOTS}/BC-${DOTS}`, place: `${DOTS}, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}`,
    title: "BÁO CÁO", subtitle: "Kết quả rà soát", to: "Kính gửi", general: "I. THÔNG TIN CHUNG", results: "II. KẾT QUẢ RÀ SOÁT", comparison: "III. ĐỐI CHIẾU VỚI KHUNG CHỈ TIÊU",
    proposal: "IV. ĐỀ NGHỊ", none: "Không phát hiện sai sót cần chỉnh sửa.", line: "dòng", source: "căn cứ", rule: "quy tắc", suggestion: "Đề xuất",
    planTitle: "Văn bản", planNumber: "Số, ký hiệu", planDate: "Ngày ban hành", counts: "Tổng hợp phát hiện", blank: "(để trống)",
    propose: (unit: string) => `Đề nghị ${unit} rà soát, chỉnh sửa các nội dung nêu tại Mục II; bổ sung, điều chỉnh các chỉ tiêu chưa đạt yêu cầu tại Mục III và gửi lại kế hoạch đã hoàn thiện.`,
    recipients: "Nơi nhận:", asAbove: "- Như trên;", archive: "- Lưu: VT.", signer: "NGƯỜI RÀ SOÁT", signHint: "(Ký, ghi rõ họ tên)",
    code: "Mã", indicator: "Chỉ tiêu", required: "Khung yêu cầu", planned: "Kế hoạch", status: "Tình trạng", committee: (u: string) => `Ủy ban nhân dân ${u}`, unknownUnit: "Ủy ban nhân dân xã/phường",
  },
  en: {
    nation: "SOCIALIST REPUBLIC OF VIETNAM", motto: "Independence - Freedom - Happiness", number: `No.: ${DOTS}`, place: `${DOTS}, date ${DOTS}`,
    title: "REPORT", subtitle: "Review of", to: "To", general: "I. GENERAL INFORMATION", results: "II. REVIEW FINDINGS", comparison: "III. COMPARISON WITH THE FRAMEWORK",
    proposal: "IV. REQUESTS", none: "No findings that need correcting.", line: "line", source: "source", rule: "rule", suggestion: "Suggestion",
    planTitle: "Document", planNumber: "Number", planDate: "Issued", counts: "Findings", blank: "(blank)",
    propose: (unit: string) => `${unit} is asked to correct the points in section II, address the indicators in section III, and send back the revised plan.`,
    recipients: "Recipients:", asAbove: "- As above;", archive: "- Archive.", signer: "REVIEWER", signHint: "(Signature, full name)",
    code: "Code", indicator: "Indicator", required: "Required", planned: "Planned", status: "Status", committee: (u: string) => `People's Committee of ${u}`, unknownUnit: "The commune People's Committee",
  },
};

const run = (text: string, o: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? SIZE, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined });

const para = (children: TextRun[], o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; before?: number; after?: number; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}) =>
  new Paragraph({ children, alignment: o.align ?? AlignmentType.JUSTIFIED, heading: o.heading, indent: o.indent ? { firstLine: 567 } : undefined, spacing: { before: o.before ?? 0, after: o.after ?? 60, line: 300 } });

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" }, bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" }, right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" }, insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

/** Two columns without borders: the layout of the header and of the signature block. */
function twoColumns(left: Paragraph[], right: Paragraph[], leftPct = 42): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [
      new TableCell({ children: left, width: { size: leftPct, type: WidthType.PERCENTAGE } }),
      new TableCell({ children: right, width: { size: 100 - leftPct, type: WidthType.PERCENTAGE } }),
    ] })],
  });
}

function gridTable(header: string[], rows: string[][], widths: number[]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [para([run(text, { bold, size: 24 })], { align: AlignmentType.LEFT, after: 0 })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

function findingParagraphs(n: number, d: Diagnostic, quoted: string | null, locale: Locale): Paragraph[] {
  const t = T[locale];
  const cites: string[] = [];
  if (d.line !== null) cites.push(`${t.line} ${d.line}`);
  if (d.source) cites.push(`${t.source}: ${d.source.document}${d.source.article ? `, ${d.source.article}` : ""}`);
  cites.push(`${t.rule} ${d.ruleId}`);
  const out = [para([run(`${n}. `, { bold: true }), run(`[${severityLabel(locale, d.severity)}] `, { bold: true }), run(d.message), run(` (${cites.join("; ")}).`, { italics: true })], { indent: true })];
  if (quoted !== null) out.push(para([run(`“${quoted}”`, { italics: true, size: 24 })], { indent: true }));
  if (d.suggestion) out.push(para([run(`${t.suggestion}: `, { italics: true }), run(d.suggestion)], { indent: true }));
  return out;
}

function reportSection(report: FileReport, options: DocxOptions, first: boolean): ISectionOptions["children"] {
  const L = options.locale;
  const t = T[L];
  const meta = report.plan?.meta;
  const unit = unitLabel(report.plan);
  const addressee = unit ? t.committee(unit) : t.unknownUnit;
  const children: Array<Paragraph | Table> = [];
  if (!first) children.push(new Paragraph({ children: [new PageBreak()] }));
  children.push(
    twoColumns(
      [
        para([run((options.parentBody ?? DOTS).toUpperCase(), { size: 24 })], { align: AlignmentType.CENTER, after: 0 }),
        para([run((options.reviewingBody ?? DOTS).toUpperCase(), { bold: true, size: 24 })], { align: AlignmentType.CENTER }),
        para([run(t.number)], { align: AlignmentType.CENTER }),
      ],
      [
        para([run(t.nation, { bold: true, size: 24 })], { align: AlignmentType.CENTER, after: 0 }),
        para([run(t.motto, { bold: true, underline: true })], { align: AlignmentType.CENTER }),
        para([run(t.place, { italics: true })], { align: AlignmentType.CENTER }),
      ],
    ),
    para([run(t.title, { bold: true, size: 28 })], { align: AlignmentType.CENTER, before: 240, after: 0 }),
    para([run(`${t.subtitle} ${meta?.title ?? report.file}`, { bold: true })], { align: AlignmentType.CENTER, after: 240 }),
    para([run(`${t.to}: `), run(`${addressee}.`)], { align: AlignmentType.CENTER, after: 240 }),
    para([run(t.general, { bold: true })], { heading: HeadingLevel.HEADING_2, align: AlignmentType.LEFT }),
    para([run(`${t.planTitle}: `), run(meta?.title ?? report.file)], { indent: true }),
    para([run(`${t.planNumber}: `), run(meta?.documentNumber ?? t.blank)], { indent: true }),
    para([run(`${t.planDate}: `), run(meta?.issuedDate ?? t.blank)], { indent: true }),
    para([run(`${t.counts}: `), run(countsLine(L, report.summary))], { indent: true }),
    para([run(t.results, { bold: true })], { heading: HeadingLevel.HEADING_2, align: AlignmentType.LEFT, before: 120 }),
  );
  const groups = groupBySection(report.diagnostics);
  if (groups.length === 0) children.push(para([run(t.none)], { indent: true }));
  const quote = makeQuoter(options.sources?.get(report.file));
  let n = 0;
  for (const group of groups) {
    children.push(para([run(sectionTitle(L, group.section), { bold: true, italics: true })], { indent: true, before: 60 }));
    for (const d of group.items) children.push(...findingParagraphs(++n, d, quote(d), L));
  }
  const items = report.comparison?.items ?? [];
  if (items.length > 0) {
    children.push(para([run(t.comparison, { bold: true })], { heading: HeadingLevel.HEADING_2, align: AlignmentType.LEFT, before: 120 }));
    children.push(gridTable([t.code, t.indicator, t.required, t.planned, t.status], items.map((i) => [i.code ?? "", i.name, targetLabel(i.required), targetLabel(i.planned), statusLabel(L, i.status)]), [1400, 4200, 1300, 1300, 1300]));
  }
  children.push(
    para([run(t.proposal, { bold: true })], { heading: HeadingLevel.HEADING_2, align: AlignmentType.LEFT, before: 120 }),
    para([run(t.propose(addressee))], { indent: true, after: 240 }),
    // Signature block: left blank on purpose; the reviewer signs the printed copy.
    twoColumns(
      [para([run(t.recipients, { bold: true, italics: true, size: 24 })], { align: AlignmentType.LEFT, after: 0 }), para([run(t.asAbove, { size: 22 })], { align: AlignmentType.LEFT, after: 0 }), para([run(t.archive, { size: 22 })], { align: AlignmentType.LEFT })],
      [para([run(t.signer, { bold: true })], { align: AlignmentType.CENTER, after: 0 }), para([run(t.signHint, { italics: true })], { align: AlignmentType.CENTER, after: 1200 }), para([run("")], { align: AlignmentType.CENTER })],
      50,
    ),
  );
  return children;
}

/**
 * A "báo cáo rà soát" per plan, in the administrative style of Nghị định 30/2020/NĐ-CP: the two-column
 * header, title, "Kính gửi", general information, numbered findings with their citations (line in
 * the plan, source document and article, rule), the comparison table, requests, and a signature block
 * left blank. Several plans: one document, a report per page group.
 */
export async function exportDocx(reports: readonly FileReport[], options: DocxOptions): Promise<Uint8Array> {
  const doc = new Document({
    creator: "cds",
    title: T[options.locale].title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, // 2 cm, 2 cm, 3 cm, 2 cm
      children: reports.flatMap((r, i) => reportSection(r, options, i === 0)),
    }],
  });
  // toArrayBuffer, not toBuffer: Node's Buffer does not exist in a browser, where the page writes the report too.
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
