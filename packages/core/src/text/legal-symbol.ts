import type { LegalKind } from "../model/legal-basis.ts";
import type { Span } from "../model/span.ts";
import { collapseSpaces, toAscii } from "./normalize.ts";
import { fail, ok, type Parsed } from "./result.ts";

/** A document symbol, split into its parts. */
export interface LegalSymbol {
  /** Normalised: "749/QĐ-TTg", "57-NQ/TW", "179/2025/NĐ-CP". */
  readonly symbol: string;
  readonly number: string;
  /** The year inside the symbol ("179/2025/NĐ-CP" → 2025), or null. */
  readonly year: number | null;
  /** The document-type code ("QĐ", "NQ", "KH"), or null for a công văn ("7580/UBND-VX1"). */
  readonly typeCode: string | null;
  /** The issuing-body code ("TTg", "TW", "UBND-VX1"). */
  readonly issuerCode: string;
  /** The kind the symbol itself says. */
  readonly kind: LegalKind;
}

const TYPE_KIND: ReadonlyArray<readonly [RegExp, LegalKind]> = [
  [/^NQ$/, "nghi-quyet"],
  [/^NĐ$/, "nghi-dinh"],
  [/^QĐ$/, "quyet-dinh"],
  [/^CT$/, "chi-thi"],
  [/^KL$/, "ket-luan"],
  [/^KH$/, "ke-hoach"],
  [/^CTR$/, "chuong-trinh"],
  [/^TT$/, "thong-tu"],
  [/^TTLT$/, "thong-tu"],
  [/^TB$/, "thong-bao"],
  [/^HD$/, "huong-dan"],
  [/^QH\d*$/, "luat"],
  [/^(?:BC|TTR|QC|ĐA|CTHĐ)$/, "other"],
];

function kindOfType(code: string): LegalKind | null {
  const up = code.toUpperCase();
  for (const [re, kind] of TYPE_KIND) if (re.test(up)) return kind;
  return null;
}

/** The usual case of a code segment: upper case, but "TTg" (Thủ tướng) and "CTr" (chương trình). */
function caseCode(code: string): string {
  const up = code.toUpperCase().replace(/Ð/g, "Đ");
  if (up === "TTG") return "TTg";
  if (up === "CTR") return "CTr";
  return up;
}

/*
 * A code segment: an upper-case letter, then upper-case letters and digits, with a lower-case letter
 * only on its own ("TTg", "CTr", "QĐ"), and not running on into a word ("Tháng", "Ban" are words, not
 * codes). The alternatives are disjoint, so there is one way to match a segment.
 */
const CODE = String.raw`[A-ZĐÐ](?:[A-ZĐÐ0-9]|[a-zđ](?![a-zđ]))*(?![\p{L}\p{M}\p{N}])`;
/**
 * A symbol in running text. Linear to scan: it cannot start inside a number or a word (lookbehind),
 * each repetition starts on a delimiter, and every blank is a single optional character.
 */
export const SYMBOL_SOURCE = String.raw`(?<![\p{L}\p{M}\p{N}.,/])(\d{1,5})\s?(?:\/\s?((?:19|20)\d{2})\s?)?([\/-])\s?(${CODE}(?:\s?[-\/]\s?${CODE}){0,3})`;
const SYMBOL_RE = new RegExp(`^${SYMBOL_SOURCE}$`, "u");

/**
 * Normalises a legal symbol as written ("749/QĐ-TTG", "57- NQ/TW", "179/2025/NĐ-CP", "NQ 749/QĐ-TTg"
 * or "Nghị quyết số 57-NQ/TW" with its kind words) into its parts. Kind words are ignored here; see
 * `findLegalCitations` for what they claim.
 */
export function parseLegalSymbol(input: string): Parsed<LegalSymbol> {
  if (input.length > 200) return fail("InvalidSymbol", input, "too long");
  const s = input.normalize("NFC").trim().replace(/^(?:\p{L}+[.:]?\s+)*/u, "");
  if (s.length === 0 || s.length > 80) return fail("InvalidSymbol", input, s.length ? "too long" : "empty");
  const m = SYMBOL_RE.exec(s);
  if (!m) return fail("InvalidSymbol", input, "not a document symbol (number/TYPE-ISSUER or number-TYPE/ISSUER)");
  const reason = implausible(m);
  if (reason) return fail("InvalidSymbol", input, reason);
  return ok(fromMatch(m));
}

/**
 * Why a match is not a symbol, or null. Party-style symbols ("57-NQ/TW") need a known type code and an
 * issuer, so a list item "1 - DANH MỤC" is not one; a bare "number/CODE" ("06/CP") must be written
 * without blanks, so "1/ UBND xã" (a numbered paragraph) is not one either.
 */
function implausible(m: RegExpExecArray): string | null {
  const codes = m[4]!.split(/\s?[-\/]\s?/u);
  if (m[3] === "-") {
    if (codes.length < 2) return "a party-style symbol needs TYPE/ISSUER after the dash";
    if (kindOfType(codes[0]!) === null) return `"${codes[0]}" is not a document type code`;
  } else if (codes.length === 1 && /\s/u.test(m[0])) {
    return "a one-code symbol written with blanks";
  }
  return null;
}

function fromMatch(m: RegExpExecArray): LegalSymbol {
  const number = m[1]!.replace(/^0+(?=\d\d)/, "");
  const written = m[1]!;
  const year = m[2] ? Number(m[2]) : null;
  const sep = m[3]!;
  const segments = m[4]!.split(/\s?([-\/])\s?/u);
  // segments alternate code, delimiter, code …
  const codes: string[] = [];
  const delims: string[] = [];
  segments.forEach((x, i) => (i % 2 === 0 ? codes.push(caseCode(x)) : delims.push(x)));
  let typeCode: string | null = null;
  let issuerCode: string;
  if (sep === "-") {
    // party style: 57-NQ/TW
    typeCode = codes[0]!;
    issuerCode = rebuild(codes.slice(1), delims.slice(1));
  } else if (codes.length === 1 && /^QH\d*$/.test(codes[0]!)) {
    // a law: "148/2025/QH15" is issued by the 15th National Assembly; QH is the issuer, not a type
    issuerCode = codes[0]!;
  } else if (kindOfType(codes[0]!) !== null) {
    typeCode = codes[0]!;
    issuerCode = rebuild(codes.slice(1), delims.slice(1));
  } else {
    issuerCode = rebuild(codes, delims);
  }
  const kind: LegalKind = typeCode ? (kindOfType(typeCode) ?? "other") : /^QH\d*$/.test(issuerCode) ? "luat" : "cong-van";
  const tail = rebuild(codes, delims);
  const symbol = `${written}${year !== null ? `/${year}` : ""}${sep}${tail}`;
  return { symbol, number, year, typeCode, issuerCode, kind };
}

function rebuild(codes: readonly string[], delims: readonly string[]): string {
  return codes.map((c, i) => (i === 0 ? c : `${delims[i - 1]}${c}`)).join("");
}

/** One citation of a document in running text. */
export interface LegalCitation extends LegalSymbol {
  /** Exactly as written, the kind word included ("NQ 749/QĐ-TTG"). */
  readonly raw: string;
  readonly span: Span;
  /** Where the symbol itself is. */
  readonly symbolSpan: Span;
  /** The kind the words before the symbol claim ("Nghị quyết số …", "QĐ …"), or null. */
  readonly statedKind: LegalKind | null;
}

const KIND_WORDS: ReadonlyArray<readonly [string, LegalKind]> = [
  ["nghi quyet", "nghi-quyet"], ["nq", "nghi-quyet"],
  ["nghi dinh", "nghi-dinh"], ["nd", "nghi-dinh"],
  ["quyet dinh", "quyet-dinh"], ["qd", "quyet-dinh"],
  ["chi thi", "chi-thi"], ["ket luan", "ket-luan"],
  ["ke hoach hanh dong", "ke-hoach"], ["ke hoach", "ke-hoach"], ["kh", "ke-hoach"],
  ["chuong trinh hanh dong", "chuong-trinh"], ["chuong trinh", "chuong-trinh"], ["ctr", "chuong-trinh"],
  ["cong van", "cong-van"], ["van ban", "cong-van"], ["cv", "cong-van"],
  ["thong tu", "thong-tu"], ["tt", "thong-tu"], ["thong bao", "thong-bao"],
  ["huong dan", "huong-dan"], ["luat", "luat"], ["de an", "other"],
];
/**
 * How far before a symbol its kind words are looked for. Longer than the longest kind phrase the
 * pattern below can match with its blanks ("chương trình hành động số: " with 4-blank gaps, 47), so a
 * match never starts at a cut through a word.
 */
const KIND_WINDOW = 48;
/** Up to a few spaces or line breaks between the words: a wrapped line ("Kế hoạch số" / "11-KH/BCĐ"). Bounded, so linear. */
const KIND_PREFIX_RE = new RegExp(
  `(?:^|[^a-z])(${KIND_WORDS.map(([w]) => w.replace(/ /g, "\\s{1,4}")).join("|")})\\.?\\s{0,4}(?:so\\s{0,4})?:?\\s{0,4}$`,
  "u",
);

/**
 * Every document symbol cited in `text`, in order, with the kind word written before it.
 * `text` must be NFC. Runs in linear time (the pattern has no nested unbounded repetition).
 */
export function findLegalCitations(text: string): LegalCitation[] {
  // The reader and several checker rules each ask about the same plan text in a row; the last
  // answer is kept, and handed out as fresh objects so no caller can change another's.
  if (lastCitations === null || lastCitations.text !== text) lastCitations = { text, citations: scanCitations(text) };
  return lastCitations.citations.map((c) => ({ ...c, span: { ...c.span }, symbolSpan: { ...c.symbolSpan } }));
}

let lastCitations: { readonly text: string; readonly citations: readonly LegalCitation[] } | null = null;

function scanCitations(text: string): LegalCitation[] {
  const re = new RegExp(SYMBOL_SOURCE, "gu");
  const ascii = toAscii(text);
  const aligned = ascii.length === text.length;
  const out: LegalCitation[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (implausible(m) !== null) continue;
    const start = m.index;
    const sym = fromMatch(m);
    let statedKind: LegalKind | null = null;
    let from = start;
    if (aligned) {
      const windowStart = Math.max(0, start - KIND_WINDOW);
      const before = ascii.slice(windowStart, start).toLowerCase();
      const k = KIND_PREFIX_RE.exec(before);
      if (k) {
        const word = collapseSpaces(k[1]!);
        statedKind = KIND_WORDS.find(([w]) => w === word)?.[1] ?? null;
        from = windowStart + k.index + k[0].indexOf(k[1]!);
      }
    }
    const end = start + m[0].length;
    out.push({ ...sym, raw: text.slice(from, end), span: { start: from, end }, symbolSpan: { start, end }, statedKind });
  }
  return out;
}
