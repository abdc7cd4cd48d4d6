import { defineRule } from "@cdsvn/core";
import { docsUrl } from "../../helpers.ts";

const id = "framework/coverage";

/**
 * An indicator of the framework in force that the plan does not state (missing), or states in a way
 * that cannot be told apart from another (ambiguous). Its findings come from the comparison, not from
 * a walk of the plan: `compareWithFrameworks` reports them with this meta, so `cds rules`, `cds explain`
 * and a config's `"rules": { "framework/coverage": "off" }` treat it like any rule.
 */
export const frameworkCoverage = defineRule({
  meta: {
    id,
    category: "framework-coverage",
    severity: "warning",
    docs: {
      description: {
        vi: "Kế hoạch thiếu chỉ tiêu của khung chỉ tiêu đang có hiệu lực cho xã",
        en: "The plan lacks an indicator of the framework in force for the commune",
      },
      rationale: {
        vi: "Chỉ tiêu cấp trên giao cho cấp xã mà kế hoạch không nêu thì không được theo dõi, đánh giá; người thẩm định cần thấy nguồn và độ tin cậy của yêu cầu.",
        en: "A target set for communes that the plan does not state is neither tracked nor assessed; the reviewer needs to see where the requirement comes from and how sure it is.",
      },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        missing: "Kế hoạch chưa có chỉ tiêu \"{name}\" ({required}, theo {source}{confidence})",
        ambiguous: "Chỉ tiêu \"{name}\" ({required}, theo {source}{confidence}): chưa rõ chỉ tiêu tương ứng của kế hoạch ({note})",
        notCompared: "Không so sánh với khung chỉ tiêu: {why}",
      },
      en: {
        missing: "The plan has no indicator for \"{name}\" ({required}, per {source}{confidence})",
        ambiguous: "Indicator \"{name}\" ({required}, per {source}{confidence}): cannot tell which plan indicator answers it ({note})",
        notCompared: "No framework comparison: {why}",
      },
    },
    tags: ["framework"],
  },
  create: () => ({}),
});
