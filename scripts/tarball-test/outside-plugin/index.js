// A province plugin as an outside developer writes it: plain JavaScript, its own package, @cdsvn/core
// as a peer dependency. Fictional content (a test fixture): the one rule marks every plan it sees, so
// a test can tell the plugin was loaded and its rules ran.
import { definePlugin, defineRule } from "@cdsvn/core";

export const planSeen = defineRule({
  meta: {
    id: "quang-ninh/fixture-plan-seen",
    category: "other",
    severity: "info",
    docs: {
      description: {
        vi: "Quy tắc thử nghiệm: ghi nhận kế hoạch đã được plugin ngoài kiểm tra",
        en: "Test rule: notes that the outside plugin checked the plan",
      },
      url: "https://example.org/cds-plugin-quang-ninh-fixture/rules/fixture-plan-seen.md",
    },
    messages: {
      vi: { seen: "Plugin ngoài (Quảng Ninh, thử nghiệm) đã kiểm tra kế hoạch năm {year}." },
      en: { seen: "The outside plugin (Quảng Ninh, fixture) checked the plan for {year}." },
    },
    tags: ["quang-ninh"],
  },
  create(context) {
    return {
      plan(plan) {
        context.report({ messageId: "seen", data: { year: plan.meta.planYear ?? "?" }, path: "/meta" });
      },
    };
  },
});

export const plugin = definePlugin({
  meta: {
    id: "quang-ninh",
    name: "Quảng Ninh",
    names: ["Quảng Ninh", "tỉnh Quảng Ninh"],
    kind: "tinh",
    code: "22",
    engine: ">=0.1.0",
  },
  frameworks: [],
  documents: [],
  rules: [planSeen],
  recommendedConfig: { province: "quang-ninh" },
});

export default plugin;
