import {
  Framework,
  InstitutionalFact,
  LegalDocument,
  type SourceRef,
} from "@cdsvn/core";
import { describe, expect, it } from "vitest";
import { INSTITUTIONAL_FACTS, NATIONAL_DOCUMENTS, NATIONAL_FRAMEWORKS, createRegistry, lookupDocument } from "../src/index.ts";

/** Zero figures and dates without a source: the bar every national datum must clear. */
const registry = createRegistry(NATIONAL_DOCUMENTS);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A source names a document, and either a public address or (for unconfirmed data) a note saying where it was seen. */
function traceable(s: SourceRef, confidence: string): string | null {
  if (!s.document.trim()) return "no document";
  if (s.url && /^https?:\/\//.test(s.url)) return null;
  if (confidence === "unconfirmed" && s.note) return null;
  return "neither a URL nor (for unconfirmed data) a note";
}

describe("national frameworks", () => {
  it.each(NATIONAL_FRAMEWORKS.map((f) => [`${f.id}@${f.version}`, f] as const))("%s is valid and every target is sourced", (_, f) => {
    expect(() => Framework.parse(f)).not.toThrow();
    expect(f.indicators.length).toBeGreaterThan(0);
    for (const d of f.documents) expect(traceable(d, f.confidence), d.document).toBeNull();
    for (const ind of f.indicators) {
      expect(ind.targets.length, ind.code).toBeGreaterThan(0);
      for (const t of ind.targets) {
        const where = `${f.id} ${ind.code} ${t.from}-${t.to} ${t.level}`;
        expect(traceable(t.source, t.confidence), where).toBeNull();
        expect(t.source.article, where).toBeTruthy();
        expect(t.raw, where).toBeTruthy();
        expect(t.from, where).toBeLessThanOrEqual(t.to);
        expect(t.from >= f.years.from && t.to <= f.years.to, where).toBe(true);
        if (t.source.date) expect(t.source.date, where).toMatch(ISO);
        // The document a target cites is in the registry, or is named by its title with a URL.
        if (/\d[/-]\S/.test(t.source.document)) expect(lookupDocument(t.source.document, registry), where).not.toBeNull();
      }
    }
  });

  it("uses each indicator code with one meaning across frameworks", () => {
    const names = new Map<string, string>();
    for (const f of NATIONAL_FRAMEWORKS) for (const i of f.indicators) {
      expect(names.get(i.code) ?? i.name, i.code).toBe(i.name);
      names.set(i.code, i.name);
    }
  });

  it("ships UNCONFIRMED figures only as unconfirmed", () => {
    for (const f of NATIONAL_FRAMEWORKS) for (const i of f.indicators) for (const t of i.targets) {
      if (/UNCONFIRMED|chưa xác minh/.test(`${t.source.note ?? ""} ${t.source.article ?? ""}`)) expect(t.confidence, `${f.id} ${i.code}`).toBe("unconfirmed");
    }
  });
});

describe("legal-document registry", () => {
  it.each(NATIONAL_DOCUMENTS.map((d) => [d.symbol, d] as const))("%s is valid and its dates are sourced", (_, d) => {
    expect(() => LegalDocument.parse(d)).not.toThrow();
    expect(traceable(d.source, d.confidence), d.symbol).toBeNull();
    for (const date of [d.signedDate, d.effectiveDate]) if (date) expect(date).toMatch(ISO);
    for (const s of d.status) {
      expect(s.from).toMatch(ISO);
      expect(traceable(s.source, s.confidence), `${d.symbol} ${s.status} ${s.from}`).toBeNull();
      if (s.status === "replaced" || s.status === "amended") expect(s.by, `${d.symbol} ${s.status}`).toBeTruthy();
    }
    expect(d.symbol).toBe(d.symbol.normalize("NFC"));
    expect(d.title).toBe(d.title.normalize("NFC"));
  });

  it("has one entry per symbol, and every 'by' is itself in the registry", () => {
    const symbols = NATIONAL_DOCUMENTS.map((d) => d.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const d of NATIONAL_DOCUMENTS) for (const s of d.status) if (s.by) expect(lookupDocument(s.by, registry), `${d.symbol} → ${s.by}`).not.toBeNull();
  });

  it("has every document the issue lists", () => {
    for (const s of ["57-NQ/TW", "03/NQ-CP", "71/NQ-CP", "11/NQ-CP", "749/QĐ-TTg", "942/QĐ-TTg", "411/QĐ-TTg", "2629/QĐ-TTg", "06/QĐ-TTg", "505/QĐ-TTg",
      "73/2019/NĐ-CP", "82/2024/NĐ-CP", "45/2026/NĐ-CP", "179/2025/NĐ-CP", "47/2024/NĐ-CP", "148/2025/QH15", "405/QĐ-BKHCN", "5511/BKHCN-CĐSQG", "8177/BKHCN-CĐSQG"]) {
      expect(lookupDocument(s, registry)?.document.symbol, s).toBe(s);
    }
    expect(lookupDocument("47/2024/NĐ-CP", registry)?.document.confidence).toBe("unconfirmed");
    expect(lookupDocument("8177/BKHCN-CĐSQG", registry)?.document.confidence).toBe("unconfirmed");
  });
});

describe("institutional facts", () => {
  it.each(INSTITUTIONAL_FACTS.map((f) => [f.id, f] as const))("%s is valid, sourced, and its patterns compile", (_, f) => {
    expect(() => InstitutionalFact.parse(f)).not.toThrow();
    expect(f.effectiveDate).toMatch(ISO);
    expect(traceable(f.source, f.confidence), f.id).toBeNull();
    for (const p of f.patterns ?? []) expect(() => new RegExp(p)).not.toThrow();
  });
});
