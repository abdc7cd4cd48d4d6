import {
  findLegalCitations,
  foldVietnamese,
  type DocumentStatus,
  type LegalDocument,
  type LegalKind,
  nfc,
  toAscii,
} from "@cdsvn/core";

/**
 * The legal-document registry: national documents first, then whatever province plugins add.
 * Lookup accepts a symbol the way plans write it ("NQ 57", "Nghị quyết số 57-NQ/TW", "749/QĐ-TTG",
 * "QĐ 749", "57- NQ/TW", "06/2022/QĐ-TTg", "Luật Chuyển đổi số").
 */
export interface Registry {
  readonly documents: readonly LegalDocument[];
  readonly bySymbolKey: ReadonlyMap<string, LegalDocument>;
}

/** How a written symbol was resolved. */
export interface DocumentLookup {
  readonly document: LegalDocument;
  /** The symbol as the text gives it, normalised ("749/QĐ-TTg"), or null when only a number or a name was given. */
  readonly written: string | null;
  /** "symbol": the full symbol; "alias": a known other name; "number": kind word + number ("NQ 57"). */
  readonly via: "symbol" | "alias" | "number";
  /** True when the written symbol is exactly the registry's, including year and delimiters. */
  readonly exact: boolean;
  /** The kind the words before the symbol claim ("NQ 749/QĐ-TTg" claims nghi-quyet), or null. */
  readonly statedKind: LegalKind | null;
  /** The stated kind contradicts the document's kind (a legal-reference finding). */
  readonly kindMismatch: boolean;
}

/**
 * A key that ignores what plans vary without meaning anything: case, diacritics, spaces, leading
 * zeros, "-" vs "/" between codes, and the year inside the symbol ("06/2022/QĐ-TTg" ≡ "06/QĐ-TTg").
 */
export function symbolKey(symbol: string): string {
  return toAscii(symbol)
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/^0+(?=\d)/, "")
    .replace(/^(\d+)\/(?:19|20)\d{2}(?=[/-])/, "$1")
    .replace(/-/g, "/");
}

/** Registry from lists of documents; later lists win on the same symbol (a plugin may correct). */
export function createRegistry(...lists: ReadonlyArray<readonly LegalDocument[]>): Registry {
  const bySymbol = new Map<string, LegalDocument>();
  for (const list of lists) for (const d of list) bySymbol.set(d.symbol, d);
  const documents = [...bySymbol.values()];
  const bySymbolKey = new Map<string, LegalDocument>();
  for (const d of documents) {
    bySymbolKey.set(symbolKey(d.symbol), d);
    for (const a of d.aliases ?? []) if (/\d[/-]\S/.test(a)) bySymbolKey.set(symbolKey(a), d);
  }
  return { documents, bySymbolKey };
}

const KIND_NUMBER_RE =
  /^(nghi quyet|nq|nghi dinh|nd|quyet dinh|qd|cong van|cv|ke hoach hanh dong|ke hoach|kh|chuong trinh hanh dong|chuong trinh|ctr|thong tu|tt|chi thi|ct|luat|de an|thong bao|tb)\.?\s*(?:so\s*)?(?::\s*)?(\d{1,5})$/;

const KIND_OF_WORD: Readonly<Record<string, LegalKind | null>> = {
  "nghi quyet": "nghi-quyet", nq: "nghi-quyet", "nghi dinh": "nghi-dinh", nd: "nghi-dinh",
  "quyet dinh": "quyet-dinh", qd: "quyet-dinh", "cong van": "cong-van", cv: "cong-van",
  "ke hoach hanh dong": "ke-hoach", "ke hoach": "ke-hoach", kh: "ke-hoach",
  "chuong trinh hanh dong": "chuong-trinh", "chuong trinh": "chuong-trinh", ctr: "chuong-trinh",
  "thong tu": "thong-tu", tt: "thong-tu", "chi thi": "chi-thi", ct: "chi-thi", luat: "luat",
  "thong bao": "thong-bao", tb: "thong-bao",
  // "Đề án 06" names a decision approving a scheme: any kind.
  "de an": null,
};

const numberOf = (symbol: string) => /^0*(\d+)/.exec(symbol)?.[1] ?? "";

function result(document: LegalDocument, written: string | null, via: DocumentLookup["via"], statedKind: LegalKind | null): DocumentLookup {
  return {
    document,
    written,
    via,
    exact: written === document.symbol,
    statedKind,
    // "other" (Đề án, Tờ trình …) names no document kind, so it cannot contradict one.
    kindMismatch: statedKind !== null && statedKind !== "other" && statedKind !== document.kind,
  };
}

/**
 * Every registry document a written symbol may mean, best first. A full symbol resolves to one
 * document; a kind word and a bare number ("QĐ 749") may resolve to several (national first).
 */
export function lookupDocuments(symbolAsWritten: string, registry: Registry): DocumentLookup[] {
  const text = nfc(symbolAsWritten).trim();
  if (text.length === 0) return [];
  const citation = findLegalCitations(text)[0];
  if (citation) {
    const d = registry.bySymbolKey.get(symbolKey(citation.symbol));
    return d ? [result(d, citation.symbol, "symbol", citation.statedKind)] : [];
  }
  const folded = foldVietnamese(text);
  const byAlias = registry.documents.filter((d) => (d.aliases ?? []).some((a) => foldVietnamese(a) === folded));
  if (byAlias.length > 0) return byAlias.map((d) => result(d, null, "alias", null));
  const m = KIND_NUMBER_RE.exec(toAscii(text).replace(/\s+/g, " "));
  if (!m) return [];
  const kind = KIND_OF_WORD[m[1]!] ?? null;
  const number = m[2]!.replace(/^0+(?=\d)/, "");
  return registry.documents
    .filter((d) => numberOf(d.symbol) === number && (kind === null || d.kind === kind))
    .sort((a, b) => Number(a.province !== null) - Number(b.province !== null) || rankConfidence(a) - rankConfidence(b))
    .map((d) => result(d, null, "number", kind));
}

const CONFIDENCE_ORDER = ["confirmed", "secondary", "derived", "unconfirmed"];
const rankConfidence = (d: LegalDocument) => CONFIDENCE_ORDER.indexOf(d.confidence);

/** The document a written symbol means, or null when the registry does not know it. */
export function lookupDocument(symbolAsWritten: string, registry: Registry): DocumentLookup | null {
  return lookupDocuments(symbolAsWritten, registry)[0] ?? null;
}

/** The status that holds on an ISO date ("2026-03-15"): the latest entry from on or before it. */
export function statusOn(document: LegalDocument, isoDate: string): DocumentStatus | null {
  let current: DocumentStatus | null = null;
  for (const s of [...document.status].sort((a, b) => a.from.localeCompare(b.from))) {
    if (s.from <= isoDate) current = s;
  }
  return current;
}
