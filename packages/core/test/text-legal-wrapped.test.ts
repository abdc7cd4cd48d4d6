import { describe, expect, it } from "vitest";
import { findLegalCitations } from "../src/index.ts";

describe("findLegalCitations across a wrapped line", () => {
  it("keeps the kind word when Word's text export broke the line before the number", () => {
    const text = "Công văn số 3063/SKHCN-CĐS; Kế hoạch số \n\n11-KH/BCĐ ngày 29/6/2025";
    const c = findLegalCitations(text).find((x) => x.symbol.startsWith("11"));
    expect(c).toMatchObject({ statedKind: "ke-hoach", raw: "Kế hoạch số \n\n11-KH/BCĐ" });
  });
  it("does not reach over a long gap", () => {
    const c = findLegalCitations("Kế hoạch số          11-KH/BCĐ")[0];
    expect(c?.statedKind).toBeNull();
  });
});
