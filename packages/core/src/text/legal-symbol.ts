import type { LegalKind } from "../model/legal-basis.ts";
import type { Span } from "../model/span.ts";
import { toAscii } from "./normalize.ts";
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

const CODE = String.raw`[A-ZĐÐ][A-Za-zĐđÐ0-9]*`;
/** A symbol in running text; linear: every repetition starts on a distinct delimiter. */
export const SYMBOL_SOURCE = String.raw`(\d{1,5})\s?(?:\/\s?((?:19|20)\d{2})\s?)?([\/-])\s?(${CODE}(?:\s?[-\/]\s?${CODE}){0,3})`;
const SYMBOL_RE = new RegExp(`^${SYMBOL_SOURCE}$`, "u");

/**
 * Normalises a legal symbol as written ("749/QĐ-TTG", "57- NQ/TW", "179/2025/NĐ-CP", "NQ 749/QĐ-TTg"
 * with its kind prefix) into its parts. A leading kind word is ignored here; see `findLegalCitations`.
 */
export function parseLegalSymbol(input: string): Parsed<LegalSymbol> {
  const s = input.normalize("NFC").trim().replace(/^(?:[A-Za-zĐđÐ]+\.?\s+)*(?:số\s+)?/u, "");
  if (s.length === 0 || s.length > 80) return fail("InvalidSymbol", input, s.length ? "too long" : "empty");
  const m = SYMBOL_RE.exec(s);
  if (!m) return fail("InvalidSymbol", input, "not a document symbol (number/TYPE-ISSUER or number-TYPE/ISSUER)");
  return ok(fromMatch(m));
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
  } else if (kindOfType(codes[0]!) !== null) {
    typeCode = codes[0]!;
    issuerCode = rebuild(codes.slice(1), delims.slice(1));
  } else {
    issuerCode = rebuild(codes, delims);
  }
  const kind: LegalKind = typeCode ? (kindOfType(typeCode) ?? "other") : "cong-van";
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
  ["huong dan", "huong-dan"], ["luat", "luat"],
];
const KIND_PREFIX_RE = new RegExp(
  `(?:^|[^a-z])(${KIND_WORDS.map(([w]) => w.replace(/ /g, "\\s")).join("|")})\\.?\\s?(?:so\\s?)?:?\\s?$`,
  "u",
);

/**
 * Every document symbol cited in `text`, in order, with the kind word written before it.
 * `text` must be NFC. Runs in linear time (the pattern has no nested unbounded repetition).
 */
export function findLegalCitations(text: string): LegalCitation[] {
  const re = new RegExp(SYMBOL_SOURCE, "gu");
  const ascii = toAscii(text);
  const aligned = ascii.length === text.length;
  const out: LegalCitation[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    // must not continue a longer number or word ("1.420/…", "ABC123/…")
    const prev = start > 0 ? text[start - 1]! : "";
    if (/[\p{L}\p{N}.,]/u.test(prev)) continue;
    const sym = fromMatch(m);
    let statedKind: LegalKind | null = null;
    let from = start;
    if (aligned) {
      const windowStart = Math.max(0, start - 30);
      const before = ascii.slice(windowStart, start).toLowerCase();
      const k = KIND_PREFIX_RE.exec(before);
      if (k) {
        const word = k[1]!.replace(/\s/g, " ");
        statedKind = KIND_WORDS.find(([w]) => w === word)?.[1] ?? null;
        from = windowStart + k.index + k[0].indexOf(k[1]!);
      }
    }
    const end = start + m[0].length;
    out.push({ ...sym, raw: text.slice(from, end), span: { start: from, end }, symbolSpan: { start, end }, statedKind });
  }
  return out;
}
