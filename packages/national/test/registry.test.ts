import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findLegalCitations, nfc } from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { createRegistry, lookupDocument, lookupDocuments, NATIONAL_DOCUMENTS, statusOn } from "../src/index.ts";
import { symbolKey } from "../src/registry/registry.ts";

const registry = createRegistry(NATIONAL_DOCUMENTS);

describe("lookupDocument", () => {
  it.each([
    ["NQ 57", "57-NQ/TW", "number"],
    ["Nghị quyết số 57-NQ/TW", "57-NQ/TW", "symbol"],
    ["57- NQ/TW", "57-NQ/TW", "symbol"],
    ["57/NQ-TW", "57-NQ/TW", "symbol"],
    ["749/QĐ-TTG", "749/QĐ-TTg", "symbol"],
    ["QĐ 749", "749/QĐ-TTg", "number"],
    ["Quyết định số 749", "749/QĐ-TTg", "number"],
    ["Nghị quyết 71", "71/NQ-CP", "number"],
    ["NĐ 45", "45/2026/NĐ-CP", "number"],
    ["Nghị định số 73/2019/NĐ-CP", "73/2019/NĐ-CP", "symbol"],
    ["06/2022/QĐ-TTg", "06/QĐ-TTg", "symbol"],
    ["Đề án 06/CP", "06/QĐ-TTg", "symbol"],
    ["Luật Chuyển đổi số", "148/2025/QH15", "alias"],
    ["Luật Chuyển đổi số số 148/2025/QH15", "148/2025/QH15", "symbol"],
    ["Công văn số 5511/BKHCN-CĐSQG", "5511/BKHCN-CĐSQG", "symbol"],
    ["CV 8177", "8177/BKHCN-CĐSQG", "number"],
    ["Quyết định 749/QĐ-TTg".normalize("NFD"), "749/QĐ-TTg", "symbol"],
  ])("%s → %s (%s)", (written, symbol, via) => {
    const r = lookupDocument(written, registry);
    expect(r?.document.symbol).toBe(symbol);
    expect(r?.via).toBe(via);
  });

  it("prefers the kind the words name: 'NQ 11' is the resolution, not a decision 11", () => {
    expect(lookupDocuments("NQ 11", registry).map((r) => r.document.symbol)).toEqual(["11/NQ-CP"]);
    expect(lookupDocuments("QĐ 11", registry).map((r) => r.document.symbol)).toContain("11/2026/QĐ-TTg");
  });

  it("flags a citation whose kind word contradicts the document", () => {
    const r = lookupDocument("NQ 749/QĐ-TTG", registry);
    expect(r?.document.symbol).toBe("749/QĐ-TTg");
    expect(r?.kindMismatch).toBe(true);
    expect(lookupDocument("Quyết định số 749/QĐ-TTg", registry)?.kindMismatch).toBe(false);
  });

  it("tells an exact symbol from a lenient one", () => {
    expect(lookupDocument("Quyết định số 749/QĐ-TTg", registry)?.exact).toBe(true);
    expect(lookupDocument("06/2022/QĐ-TTg", registry)?.exact).toBe(false);
  });

  it("returns null for unknown documents and non-symbols", () => {
    expect(lookupDocument("Quyết định số 9999/QĐ-TTg", registry)).toBeNull();
    expect(lookupDocument("Kế hoạch", registry)).toBeNull();
    expect(lookupDocument("", registry)).toBeNull();
  });

  it("lets a plugin add and correct documents", () => {
    const province = { ...NATIONAL_DOCUMENTS[0]!, symbol: "42-CTr/TU", aliases: [], kind: "chuong-trinh" as const, province: "x" };
    const r = createRegistry(NATIONAL_DOCUMENTS, [province]);
    expect(lookupDocument("Chương trình hành động số 42-CTr/TU", r)?.document.province).toBe("x");
    expect(lookupDocument("42-CTr/TU", registry)).toBeNull();
  });

  it("keys ignore case, diacritics, spaces, leading zeros and the year inside the symbol", () => {
    expect(symbolKey("06/2022/QĐ-TTg")).toBe(symbolKey("6/QD-TTG"));
    expect(symbolKey("57-NQ/TW")).toBe(symbolKey("57/NQ-TW"));
    expect(symbolKey("749/QĐ-TTg")).not.toBe(symbolKey("749/QĐ-BTTTT"));
  });
});

describe("status over time", () => {
  const doc = (s: string) => lookupDocument(s, registry)!.document;
  it("NĐ 73/2019 is amended by NĐ 82/2024, then replaced by NĐ 45/2026 from 01/3/2026", () => {
    expect(statusOn(doc("73/2019/NĐ-CP"), "2020-01-01")?.status).toBe("in-force");
    expect(statusOn(doc("73/2019/NĐ-CP"), "2025-01-01")).toMatchObject({ status: "amended", by: "82/2024/NĐ-CP" });
    expect(statusOn(doc("73/2019/NĐ-CP"), "2026-03-01")).toMatchObject({ status: "replaced", by: "45/2026/NĐ-CP" });
  });
  it("QĐ 749's 2025 horizon has lapsed in 2026", () => {
    expect(statusOn(doc("749/QĐ-TTg"), "2025-06-01")?.status).toBe("in-force");
    expect(statusOn(doc("749/QĐ-TTg"), "2026-01-01")?.status).toBe("lapsed");
  });
  it("NQ 03 was replaced by NQ 71, which NQ 11 amends", () => {
    expect(statusOn(doc("03/NQ-CP"), "2025-05-01")).toMatchObject({ status: "replaced", by: "71/NQ-CP" });
    expect(statusOn(doc("71/NQ-CP"), "2026-02-01")).toMatchObject({ status: "amended", by: "11/NQ-CP" });
  });
  it("has no status before a document exists", () => {
    expect(statusOn(doc("45/2026/NĐ-CP"), "2025-12-31")).toBeNull();
  });
});

const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared");
const haveSeeds = existsSync(join(shared, "seeds")) && existsSync(join(shared, "gold"));
// skipIf still runs the body to collect the tests, so nothing may be read from ../shared without it.
describe.skipIf(!haveSeeds)("every citation form in the seeds", () => {
  const gold = haveSeeds ? readdirSync(join(shared, "gold")).filter((f) => f.endsWith(".gold.json")) : [];
  const national = new Set(NATIONAL_DOCUMENTS.flatMap((d) => [d.symbol, ...(d.aliases ?? [])]).map(symbolKey));
  for (const g of gold) {
    const stem = g.replace(/\.gold\.json$/, "");
    const seed = readdirSync(join(shared, "seeds")).find((f) => f.startsWith(`${stem}.`));
    it.skipIf(!seed)(`resolves the national documents ${stem} cites, as written`, () => {
      const bases = (JSON.parse(readFileSync(join(shared, "gold", g), "utf8")) as { legalBases: { symbol: string; quote: string }[] }).legalBases;
      const text = nfc(readFileSync(join(shared, "seeds", seed!), "utf8"));
      const expected = new Set(bases.map((b) => symbolKey(b.symbol)).filter((k) => national.has(k)));
      const seen = new Set<string>();
      for (const c of findLegalCitations(text)) {
        const key = symbolKey(c.symbol);
        if (!expected.has(key)) continue;
        const r = lookupDocument(c.raw, registry);
        expect(r, c.raw).not.toBeNull();
        expect(symbolKey(r!.document.symbol) === key || (r!.document.aliases ?? []).some((a) => symbolKey(a) === key), c.raw).toBe(true);
        seen.add(key);
      }
      // Every national document the gold lists is found in the text by the citation finder.
      expect([...seen].sort()).toEqual([...expected].sort());
      for (const b of bases) if (national.has(symbolKey(b.symbol))) expect(lookupDocument(b.quote, registry), b.quote).not.toBeNull();
    });
  }
});
