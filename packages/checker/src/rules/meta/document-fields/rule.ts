import { collapseSpaces, defineRule } from "@cdsvn/core";
import { analyze, type DocLine } from "../../../analysis/document.ts";
import { docsUrl, lineSpan } from "../../helpers.ts";

const id = "meta/document-fields";

// Linear: each blank-or-filler run is one class, never two adjacent runs that could trade characters
// ("Số:" then 200 KB of blanks took minutes with "\s*[\s._…]*").
const BLANK_NUMBER = /(?:^|\s)so(?:\s*[:.])?[\s._…]*\/\s*(?:kh|qd|bc|tb)\b|ke hoach so(?:\s*[:.])?[\s._…]*\/\s*kh/;
const DATE_LINE = /ngay[\s._…]*thang[\s\d._…]*nam\s*\d{4}/;

/** The header a reviewer checks first: number, date, plan year, and a title that agrees with the body. */
export const documentFields = defineRule({
  meta: {
    id,
    category: "document-metadata",
    severity: "warning",
    docs: {
      description: { vi: "Số, ngày ban hành để trống; thiếu năm kế hoạch; tiêu đề và nội dung lệch năm", en: "Blank number or date, no plan year, title and body disagree on the year" },
      rationale: { vi: "Văn bản chưa có số, ngày là bản dự thảo; thiếu năm thì không biết chỉ tiêu cho năm nào.", en: "Without number and date it is a draft; without a year no one knows which year the targets are for." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        blankNumber: "Số văn bản để trống (\"{written}\")",
        noNumber: "Văn bản không có số (Số: …/KH-UBND)",
        blankDate: "Ngày ban hành chưa đầy đủ (\"{written}\")",
        noDate: "Văn bản không có ngày ban hành",
        noPlanYear: "Không xác định được năm kế hoạch",
        titleWithoutYear: "Tiêu đề \"{title}\" không nêu năm hay giai đoạn thực hiện",
        titleYearMismatch: "Tiêu đề ghi năm {titleYear} nhưng kế hoạch là cho năm {planYear}",
      },
      en: {
        blankNumber: "The document number is blank (\"{written}\")",
        noNumber: "The document carries no number (Số: …/KH-UBND)",
        blankDate: "The issue date is incomplete (\"{written}\")",
        noDate: "The document carries no issue date",
        noPlanYear: "The plan year cannot be determined",
        titleWithoutYear: "The title \"{title}\" names no year or period",
        titleYearMismatch: "The title says {titleYear} but the plan is for {planYear}",
      },
    },
    tags: ["metadata"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        const m = plan.meta;
        // raw text: a blank number or date is what the reader could not read, so only the line says how it was left
        const lines = context.text ? analyze(context.text, context.plan).lines : [];
        const find = (re: RegExp): DocLine | undefined => lines.find((l) => re.test(l.ascii));
        const written = (l: DocLine) => collapseSpaces(l.text.trim()).slice(0, 60);
        if (m.documentNumber === null) {
          const l = find(BLANK_NUMBER);
          if (l) context.report({ messageId: "blankNumber", data: { written: written(l) }, span: lineSpan(l), path: "/meta/documentNumber" });
          else context.report({ messageId: "noNumber", span: m.numberSpan ?? null, path: "/meta/documentNumber" });
        }
        if (m.issuedDate === null || m.issuedDate.length < 10) {
          const l = find(DATE_LINE);
          if (l) context.report({ messageId: "blankDate", data: { written: written(l) }, span: m.dateSpan ?? lineSpan(l), path: "/meta/issuedDate" });
          else context.report({ messageId: "noDate", span: null, path: "/meta/issuedDate" });
        }
        if (context.planYear === null) context.report({ messageId: "noPlanYear", span: m.titleSpan ?? null, path: "/meta/planYear" });
        if (m.title) {
          const years = [...m.title.matchAll(/\b(20\d{2})\b/g)].map((x) => Number(x[1]));
          if (years.length === 0 && !/giai đoạn/iu.test(m.title)) {
            context.report({ messageId: "titleWithoutYear", data: { title: m.title.slice(0, 90) }, span: m.titleSpan ?? null, path: "/meta/title" });
          } else if (years.length === 1 && context.planYear !== null && years[0] !== context.planYear) {
            context.report({ messageId: "titleYearMismatch", data: { titleYear: years[0]!, planYear: context.planYear }, span: m.titleSpan ?? null, path: "/meta/title" });
          }
        }
      },
    };
  },
});
