import { defineRule } from "@cdsvn/core";
import { docsUrl } from "../../helpers.ts";

const id = "framework/target";

/**
 * A plan figure below the target in force for the commune. Its findings come from the comparison
 * (`compareWithFrameworks`), reported with this meta so a config can turn it off or change its level.
 */
export const frameworkTarget = defineRule({
  meta: {
    id,
    category: "framework-target",
    severity: "error",
    docs: {
      description: {
        vi: "Chỉ tiêu của kế hoạch thấp hơn yêu cầu của khung chỉ tiêu đang có hiệu lực",
        en: "A plan target is below the framework target in force",
      },
      rationale: {
        vi: "Kế hoạch cấp xã không được đặt chỉ tiêu thấp hơn mức văn bản cấp trên giao; khi thân bài và phụ lục ghi khác nhau, mức thấp hơn quyết định.",
        en: "A commune plan may not set a target below the one a higher document sets; when body and appendix differ, the lower figure decides.",
      },
      url: docsUrl(id),
    },
    messages: {
      vi: { below: "Chỉ tiêu \"{name}\": kế hoạch đặt {planned}, thấp hơn yêu cầu {required} của {source}{confidence}" },
      en: { below: "Indicator \"{name}\": the plan sets {planned}, below the {required} required by {source}{confidence}" },
    },
    tags: ["framework"],
  },
  create: () => ({}),
});
