import { EMPTY_KNOWLEDGE, emptyPlan } from "@cdsvn/core";
import { extractFacts } from "@cdsvn/reader";
import { describe, expect, it } from "vitest";
import { check } from "../src/index.ts";
import { unitKind } from "../src/rules/admin/unit-kind/rule.ts";

const plan = () => {
  const p = emptyPlan();
  return { ...p, meta: { ...p.meta, unitName: "Hợp Minh", unitKind: "xa" as const, planYear: 2025 } };
};
const quoteOf = (text: string) => check({ plan: { ...plan(), facts: extractFacts(text) }, text, rules: [unitKind], knowledge: EMPTY_KNOWLEDGE }).map((d) => d.data?.phrase);

describe("admin/unit-kind quotes whole words", () => {
  it("keeps the words at the start of a line", () => {
    expect(quoteOf("UBND phường sử dụng dưới dạng điện tử.")).toEqual(["UBND phường sử dụng dưới dạng"]);
  });
  it("drops a word the quoting window cut into, at either end", () => {
    const quoted = quoteOf("Phấn đấu 100% văn bản không mật trình Ủy ban nhân dân phường ký số trên hệ thống quản lý văn bản điều hành.")[0] as string;
    const words = "Phấn đấu 100% văn bản không mật trình Ủy ban nhân dân phường ký số trên hệ thống quản lý văn bản điều hành".split(" ");
    // every quoted word is a whole word of the sentence
    for (const w of quoted.split(" ")) expect(words).toContain(w);
    expect(quoted).toContain("Ủy ban nhân dân phường");
  });
});
