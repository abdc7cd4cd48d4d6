import { describe, expect, it } from "vitest";
import { checkPlugin, defineRule, emptyPlan, type Framework, type ProvincePlugin } from "../src/index.ts";

const source = { document: "01/KH-UBND", date: "2025-12-31", article: "Mục II.2" };
const framework: Framework = {
  id: "test-2026",
  version: "2026.1",
  title: "Khung thử",
  level: "province",
  province: "tinh-thu",
  documents: [source],
  years: { from: 2026, to: 2026 },
  confidence: "confirmed",
  indicators: [
    {
      code: "T-1",
      name: "Tỷ lệ hồ sơ công việc xử lý trên môi trường điện tử",
      aliases: [],
      keywords: ["hồ sơ công việc"],
      pillar: "chinh-quyen-so",
      unit: "%",
      levels: ["commune"],
      targets: [{ from: 2026, to: 2026, level: "commune", comparator: "=", value: 100, source, confidence: "confirmed" }],
    },
  ],
};
const rule = defineRule({
  meta: {
    id: "tinh-thu/example",
    category: "missing-section",
    severity: "warning",
    docs: { description: { vi: "Ví dụ", en: "Example" }, url: "https://example.org/rule" },
    messages: { vi: { missing: "Thiếu dự toán" }, en: { missing: "No budget estimate" } },
  },
  create: (ctx) => ({ "plan:exit": (plan) => { if (plan.budget.lines.length === 0) ctx.report({ messageId: "missing" }); } }),
});
const good: ProvincePlugin = {
  meta: { id: "tinh-thu", name: "Tỉnh Thử", names: ["Tỉnh Thử"], kind: "tinh", code: "99", engine: "^0.1.0" },
  frameworks: [framework],
  documents: [],
  rules: [rule],
  recommendedConfig: { rules: { "tinh-thu/example": "warning" } },
};

describe("checkPlugin", () => {
  it("finds nothing wrong with a conforming plugin", () => {
    expect(checkPlugin(good)).toEqual([]);
  });

  it("reports schema errors instead of throwing", () => {
    const bad = { ...good, meta: { ...good.meta, code: "x" } };
    expect(checkPlugin(bad).map((p) => p.code)).toEqual(["schema"]);
  });

  it("reports duplicate codes, unsourced targets, targets outside the framework and derived confidence", () => {
    const ind = framework.indicators[0]!;
    const bad: ProvincePlugin = {
      ...good,
      frameworks: [
        {
          ...framework,
          confidence: "derived",
          indicators: [
            { ...ind, targets: [{ ...ind.targets[0]!, source: { document: " " }, confidence: "derived" }] },
            { ...ind, targets: [{ ...ind.targets[0]!, from: 2027, to: 2027, confidence: "confirmed" }] },
          ],
        },
      ],
    };
    const codes = checkPlugin(bad).map((p) => p.code).sort();
    expect(codes).toEqual(["confidence", "duplicate-indicator", "target-outside-framework", "unsourced-target"]);
  });

  it("reports rules without docs, without a namespace, or with messages in one locale only", () => {
    const undocumented = defineRule({
      ...rule,
      meta: { ...rule.meta, id: "other/x", docs: { description: { vi: "", en: "" }, url: "" }, messages: { vi: { a: "a" }, en: {} } },
    });
    const codes = checkPlugin({ ...good, rules: [undocumented], recommendedConfig: {} }).map((p) => p.code).sort();
    expect(codes).toEqual(["rule-docs", "rule-docs", "rule-id", "rule-messages"]);
  });

  it("reports text that is not NFC", () => {
    const nfd = "Hà Tĩnh".normalize("NFD");
    const problems = checkPlugin({ ...good, meta: { ...good.meta, name: nfd, names: [nfd] } });
    expect(problems.some((p) => p.code === "not-nfc" && p.path === "/meta/name")).toBe(true);
  });
});
