import { defineRule } from "@cdsvn/core";
import { analyze, findInText } from "../../../analysis/document.ts";
import { docsUrl } from "../../helpers.ts";

const id = "year/plan-year";

const EVENT = /ngay chuyen doi so quoc gia(?: nam)?\s*(\d{4})/g;
const CAPTION = /kem theo (?:ke hoach|quyet dinh)[^\n]{0,60}?nam\s{0,3}(\d{4})/g;

/**
 * Years that contradict the plan year: a yearly event of another year named as a task of this plan
 * ("Ngày Chuyển đổi số quốc gia năm 2025" in a 2026 plan), appendix captions that give the plan
 * different issue years, deadlines before the plan year.
 */
export const planYear = defineRule({
  meta: {
    id,
    category: "year-consistency",
    severity: "error",
    docs: {
      description: { vi: "Năm trong nhiệm vụ, sự kiện, phụ lục và thời hạn phải khớp năm kế hoạch", en: "Years in tasks, events, appendix captions and deadlines must agree with the plan year" },
      rationale: { vi: "Năm cũ trong kế hoạch mới là dấu hiệu chép từ kế hoạch năm trước mà không sửa.", en: "Last year's year in a new plan is the mark of a copy that was not updated." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        eventYear: "Sự kiện \"Ngày Chuyển đổi số quốc gia năm {year}\" trong kế hoạch năm {planYear}",
        captionYear: "Phụ lục ghi kèm theo Kế hoạch năm {year}, trong khi {otherWhere} ghi năm {other}",
        deadlineBefore: "Thời hạn \"{deadline}\" trước năm kế hoạch {planYear}",
      },
      en: {
        eventYear: "Event \"National Digital Transformation Day {year}\" in a plan for {planYear}",
        captionYear: "The appendix caption dates the plan {year}, while {otherWhere} says {other}",
        deadlineBefore: "Deadline \"{deadline}\" falls before the plan year {planYear}",
      },
    },
    tags: ["year"],
  },
  create(context) {
    const py = context.planYear;
    return {
      task(task, index) {
        if (py === null || !task.deadline || task.deadline.recurring) return;
        const to = task.deadline.to ?? task.deadline.from;
        const year = to ? Number(to.slice(0, 4)) : NaN;
        if (Number.isFinite(year) && year < py) {
          context.report({ messageId: "deadlineBefore", data: { deadline: task.deadline.raw, planYear: py }, span: task.span, path: `/tasks/${index}/deadline`, severity: "warning", actual: year, expected: py });
        }
      },
      "plan:exit"(plan) {
        if (!context.text) return;
        // raw text: event names and appendix captions are not entities of the plan
        const doc = analyze(context.text, context.plan);
        if (py !== null) {
          for (const hit of findInText(doc, EVENT, ["ngay chuyen doi so quoc gia"])) {
            const year = Number(hit.match[1]);
            if (hit.line.review || year === py) continue;
            // "năm 2025" of the day itself is fine when the sentence reports on it ("đã tổ chức")
            if (/da to chuc|da trien khai|ket qua/.test(hit.line.ascii)) continue;
            context.report({ messageId: "eventYear", data: { year, planYear: py }, span: { start: hit.start, end: hit.end }, actual: year, expected: py, suggestion: `Ngày Chuyển đổi số quốc gia năm ${py}` });
          }
        }
        // appendix captions must date the plan as its header does, and as each other
        const captions = findInText(doc, CAPTION, ["kem theo"]).map((h) => ({ ...h, year: Number(h.match[1]) }));
        const issuedYear = plan.meta.issuedDate ? Number(plan.meta.issuedDate.slice(0, 4)) : null;
        const reference = issuedYear ?? captions[0]?.year ?? null;
        const referenceWhere = issuedYear !== null ? (context.locale === "vi" ? "phần đầu văn bản" : "the header") : (context.locale === "vi" ? "phụ lục đầu tiên" : "the first appendix");
        for (const c of captions) {
          if (reference === null || c.year === reference) continue;
          context.report({ messageId: "captionYear", data: { year: c.year, other: reference, otherWhere: referenceWhere }, span: { start: c.start, end: c.end }, severity: "warning", actual: c.year, expected: reference });
        }
      },
    };
  },
});
