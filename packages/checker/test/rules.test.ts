import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { EMPTY_KNOWLEDGE, emptyPlan, type Knowledge, type Plan, type Rule } from "@cdsvn/core";
import { extractFacts } from "@cdsvn/reader";
import { describe, expect, it } from "vitest";
import { check, genericRules } from "../src/index.ts";

const rulesDir = join(dirname(fileURLToPath(import.meta.url)), "../src/rules");
const plan = (over: Partial<Plan["meta"]> = {}, extra: Partial<Plan> = {}): Plan => {
  const p = emptyPlan();
  return { ...p, ...extra, meta: { ...p.meta, unitName: "An Phú", unitKind: "xa", planYear: 2026, documentNumber: "1/KH-UBND", issuedDate: "2026-01-05", title: "Kế hoạch năm 2026", ...over } };
};
const facts: Knowledge = {
  documents: [{ symbol: "749/QĐ-TTg", kind: "quyet-dinh", issuer: "Thủ tướng Chính phủ", signedDate: "2020-06-03", title: "CĐS quốc gia", status: [], province: null, source: { document: "749/QĐ-TTg" }, confidence: "confirmed" }],
  institutions: [
    { id: "tttt", kind: "merger", old: ["Bộ Thông tin và Truyền thông"], replacement: "Bộ Khoa học và Công nghệ", effectiveDate: "2025-03-01", description: "hợp nhất", source: { document: "x" }, confidence: "confirmed" },
    { id: "district", kind: "abolition", old: ["UBND huyện"], replacement: "hai cấp", effectiveDate: "2025-07-01", description: "bỏ cấp huyện", source: { document: "72/2025/QH15" }, confidence: "secondary" },
  ],
  frameworks: [],
  places: { provinces: ["Nghệ An"], units: [] },
};
const line = (amount: number) => ({ code: "1", path: ["1"], content: "Thiết bị", unit: "Bộ", quantity: 2, unitPrice: 10, amount, span: null });

/** Per rule: a plan (and text) it must accept, and one it must flag. */
const cases: Record<string, { valid: [Plan, string]; invalid: [Plan, string] }> = {
  "budget/line-arithmetic": { valid: [plan({}, { budget: { declaredTotal: null, lines: [line(20)] } }), ""], invalid: [plan({}, { budget: { declaredTotal: null, lines: [line(200)] } }), ""] },
  "budget/group-sum": {
    valid: [plan({}, { budget: { declaredTotal: 20, lines: [{ ...line(20), code: "A", path: ["A"], quantity: null, unitPrice: null }, { ...line(20), path: ["A", "1"] }] } }), ""],
    invalid: [plan({}, { budget: { declaredTotal: 20, lines: [{ ...line(20), code: "A", path: ["A"], quantity: null, unitPrice: null }, { ...line(200), path: ["A", "1"] }] } }), ""],
  },
  "percent/out-of-range": { valid: [plan(), "- Trên 90% hồ sơ được số hóa."], invalid: [plan(), "- Trên 100% hồ sơ được số hóa."] },
  "year/plan-year": { valid: [plan(), "Tổ chức Ngày Chuyển đổi số quốc gia năm 2026"], invalid: [plan(), "Tổ chức Ngày Chuyển đổi số quốc gia năm 2025"] },
  "consistency/conflicting-targets": {
    valid: [plan(), "- Trên 80% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết.\n\n- 100% cán bộ được tập huấn kỹ năng số cơ bản."],
    invalid: [plan(), "- Trên 80% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết.\n\n- 100% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết."],
  },
  "consistency/citation-conflict": {
    valid: [plan(), "Kế hoạch số 101/KH-UBND ngày 22/5/2025. Lại: Kế hoạch số 101/KH-UBND ngày 22/5/2025."],
    invalid: [plan(), "Kế hoạch số 2273/KH-UBND ngày 22/5/2025. Lại: Kế hoạch số 101/KH-UBND ngày 22/5/2025."],
  },
  "consistency/count-breakdown": { valid: [plan(), "Số hồ sơ đã giải quyết: 820; trong đó, trước hạn: 729, đúng hạn: 91, quá hạn: 0. Hết."], invalid: [plan(), "Số hồ sơ đã giải quyết: 826; trong đó, trước hạn: 729, đúng hạn: 91, quá hạn: 0. Hết."] },
  "consistency/lead-conflict": {
    valid: [plan({}, { tasks: [{ name: "Triển khai ứng dụng AI trong cơ quan nhà nước", lead: "Văn phòng", partners: [], deadline: null, output: null, span: null }] }), ""],
    invalid: [plan({}, { tasks: [
      { name: "Triển khai ứng dụng AI trong cơ quan nhà nước", lead: "Văn phòng", partners: [], deadline: null, output: null, span: null },
      { name: "Triển khai ứng dụng AI trong cơ quan nhà nước", lead: "Phòng Văn hóa - Xã hội", partners: [], deadline: null, output: null, span: null },
    ] }), ""],
  },
  "legal/citation": { valid: [plan(), "Quyết định số 749/QĐ-TTg ngày 03/6/2020"], invalid: [plan(), "THEO TIÊU CHÍ CỦA NQ 749/QĐ-TTG"] },
  "admin/unit-kind": { valid: [plan(), "Các xã, phường trên địa bàn tỉnh; UBND xã chủ trì."], invalid: [plan(), "Văn bản trình Ủy ban nhân dân phường ký số."] },
  "admin/district-level": { valid: [plan(), "Kết nối với trung ương và tỉnh."], invalid: [plan(), "Kết nối với trung ương, tỉnh và thị xã."] },
  "admin/place-spelling": { valid: [plan(), "Kế hoạch của xã An Phú, tỉnh Nghệ An"], invalid: [plan(), "Kế hoạch chuyển đổi số tỉnh ghệ An năm 2026"] },
  "outdated/institution": { valid: [plan(), "theo hướng dẫn của Bộ Khoa học và Công nghệ"], invalid: [plan(), "theo hướng dẫn của Bộ Thông tin và Truyền thông"] },
  "regression/below-result": {
    valid: [plan(), "I. KẾT QUẢ THỰC HIỆN NĂM 2025\nĐạt 60% người dân có tài khoản định danh điện tử.\nII. MỤC TIÊU NĂM 2026\n- Trên 70% người dân có tài khoản định danh điện tử."],
    invalid: [plan(), "I. KẾT QUẢ THỰC HIỆN NĂM 2025\nĐạt 80% người dân có tài khoản định danh điện tử.\nII. MỤC TIÊU NĂM 2026\n- Trên 70% người dân có tài khoản định danh điện tử."],
  },
  "meta/document-fields": { valid: [plan(), "Số: 1/KH-UBND"], invalid: [plan({ documentNumber: null }), "Số:    /KH-UBND"] },
  "other/national-aggregate": {
    // an aggregate named as the purpose at the tail of the clause is not what the figure measures
    valid: [plan(), "- 80% người lao động trong các doanh nghiệp, hợp tác xã có kỹ năng số, sử dụng được thiết bị thông minh để phục vụ sản xuất, nâng cao năng suất lao động."],
    invalid: [plan(), "I. KẾT QUẢ NĂM 2025\n- Kinh tế số chiếm 20% GDP."],
  },
  "sections/required-parts": {
    valid: [plan({}, { budget: { declaredTotal: 100, lines: [] }, tasks: [{ name: "x", lead: "Văn phòng", partners: [], deadline: null, output: null, span: null }], indicators: [] }), "- 100% hồ sơ"],
    invalid: [plan({}, { tasks: [{ name: "x", lead: "Văn phòng", partners: [], deadline: null, output: null, span: null }] }), "V. KINH PHÍ THỰC HIỆN\nNgân sách xã bảo đảm."],
  },
};

const run = (rule: Rule, [p, text]: [Plan, string]) => check({ plan: { ...p, facts: extractFacts(text) }, text, rules: [rule], knowledge: facts }).filter((d) => d.ruleId === rule.meta.id);

describe("generic rules", () => {
  for (const rule of genericRules) {
    const id = rule.meta.id;
    describe(id, () => {
      it("has a doc page and messages in both locales", () => {
        expect(existsSync(join(rulesDir, id, "doc.md"))).toBe(true);
        expect(Object.keys(rule.meta.messages.en).sort()).toEqual(Object.keys(rule.meta.messages.vi).sort());
      });
      it("accepts a valid plan", () => expect(run(rule, cases[id]!.valid)).toEqual([]));
      it("flags an invalid plan", () => expect(run(rule, cases[id]!.invalid).length).toBeGreaterThan(0));
    });
  }
});

describe("engine", () => {
  it("turns a throwing rule into one `other` diagnostic and runs the others", () => {
    const arithmetic = genericRules.find((r) => r.meta.id === "budget/line-arithmetic")!;
    const boom: Rule = { meta: { ...arithmetic.meta, id: "test/boom" }, create: () => ({ plan: () => { throw new Error("x"); } }) };
    const out = check({ plan: plan({}, { budget: { declaredTotal: null, lines: [line(200)] } }), rules: [boom, arithmetic], knowledge: EMPTY_KNOWLEDGE });
    expect(out.filter((d) => d.ruleId === "test/boom").map((d) => d.category)).toEqual(["other"]);
    expect(out.some((d) => d.ruleId === "budget/line-arithmetic")).toBe(true);
  });
  it("caps unconfirmed facts at warning and honours rule severity overrides", () => {
    const p = plan({}, { budget: { declaredTotal: null, lines: [line(200)] } });
    expect(check({ plan: p, rules: genericRules, config: { rules: { "budget/line-arithmetic": "info" } }, knowledge: EMPTY_KNOWLEDGE }).find((d) => d.ruleId === "budget/line-arithmetic")?.severity).toBe("info");
    expect(check({ plan: p, rules: genericRules, config: { rules: { "budget/line-arithmetic": "off" } }, knowledge: EMPTY_KNOWLEDGE }).some((d) => d.ruleId === "budget/line-arithmetic")).toBe(false);
  });
});
