import { defineRule } from "@cdsvn/core";
import { findInText, analyze } from "../../../analysis/document.ts";
import { docsUrl, planDate } from "../../helpers.ts";
import { z } from "zod";

const id = "admin/district-level";

/** The district level as an actor: "UBND huyện", "cấp huyện", "tỉnh và thị xã", "bốn cấp hành chính". */
const DISTRICT = /\b(?:(?:ubnd|uy ban nhan dan|cap|cua|tinh va|tinh,)\s+(?:huyen|thi xa)\b(?!\s*(?:,\s*)?(?:xa|phuong)\b)|(?:bon|4|04)\s+cap\s+(?:hanh chinh|chinh quyen))/g;
/** Every DISTRICT match holds one of these words: lines without any are not searched. */
const DISTRICT_WORDS = ["huyen", "thi xa", "hanh chinh", "chinh quyen"];

/**
 * Vietnam abolished the district level (huyện, thị xã, thành phố thuộc tỉnh) on 1 July 2025. A plan
 * written after that which still names it as a current actor was copied from an older plan. The date
 * and its source come from the "abolition" fact the caller supplies (@cdsvn/national has it); the
 * `abolishedOn` option overrides the date.
 */
export const districtLevel = defineRule<{ abolishedOn?: string | undefined }>({
  meta: {
    id,
    category: "admin-unit",
    severity: "warning",
    docs: {
      description: { vi: "Cấp huyện (huyện, thị xã) không còn từ 01/7/2025", en: "The district level (huyện, thị xã) no longer exists from 1 July 2025" },
      rationale: { vi: "Chính quyền địa phương hai cấp: xã báo cáo trực tiếp tỉnh; giao việc cho cấp huyện là giao cho một cấp không còn.", en: "Two-level local government: communes report to the province; tasks for a district go nowhere." },
      url: docsUrl(id),
    },
    messages: {
      vi: { districtActor: "\"{phrase}\": cấp huyện/thị xã đã bỏ từ {date}", districtReview: "\"{phrase}\": phần đánh giá nhắc cấp huyện/thị xã (đã bỏ từ {date})" },
      en: { districtActor: "\"{phrase}\": the district level was abolished on {date}", districtReview: "\"{phrase}\": the review mentions the district level (abolished on {date})" },
    },
    options: z.object({ abolishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
    defaultOptions: {},
    tags: ["admin"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        const fact = context.knowledge.institutions.find((f) => f.kind === "abolition");
        const abolishedOn = context.options.abolishedOn ?? fact?.effectiveDate;
        const when = planDate(plan, context.planYear);
        if (!context.text || when === null || abolishedOn === undefined || when < abolishedOn) return;
        const [y, m, d] = abolishedOn.split("-");
        const date = `${d}/${m}/${y}`;
        // raw text: the district words can sit anywhere in a sentence; no fact captures them
        for (const hit of findInText(analyze(context.text, context.plan), DISTRICT, DISTRICT_WORDS)) {
          const phrase = context.text.slice(hit.start, hit.end);
          context.report({
            messageId: hit.line.review ? "districtReview" : "districtActor",
            data: { phrase, date },
            span: { start: hit.start, end: hit.end },
            ...(fact ? { source: fact.source, confidence: fact.confidence } : {}),
            ...(hit.line.review ? { severity: "info" as const } : {}),
          });
        }
      },
    };
  },
});
