import { z } from "zod";
import { Span } from "./span.ts";

/**
 * The kind of a Vietnamese legal document, from its symbol or title: luật, nghị quyết, nghị định, quyết
 * định, chỉ thị, kết luận, kế hoạch, chương trình, công văn, thông tư, thông báo, hướng dẫn, or other
 * (ASCII slugs).
 */
export const LegalKind = z
  .enum([
    "luat",
    "nghi-quyet",
    "nghi-dinh",
    "quyet-dinh",
    "chi-thi",
    "ket-luan",
    "ke-hoach",
    "chuong-trinh",
    "cong-van",
    "thong-tu",
    "thong-bao",
    "huong-dan",
    "other",
  ])
  .meta({ id: "LegalKind" });
export type LegalKind = z.infer<typeof LegalKind>;

/** A numbered document the plan cites, deduplicated by symbol; fields as stated at the first citation. */
export const LegalBasis = z
  .object({
    /** Normalised symbol: number, then type/issuer code, no spaces: "57-NQ/TW", "749/QĐ-TTg". */
    symbol: z.string(),
    number: z.string().nullable(),
    kind: LegalKind,
    /** As stated at the first citation: "YYYY-MM-DD", "YYYY-MM", "YYYY" or null. */
    date: z.string().nullable(),
    issuer: z.string().nullable(),
    /** The words after the symbol that say what the document is about, when given. */
    title: z.string().nullable().optional(),
    /** The symbol exactly as written at the first citation ("NQ 749/QĐ-TTG"). */
    raw: z.string().optional(),
    span: Span.nullable(),
  })
  .meta({ id: "LegalBasis" });
export type LegalBasis = z.infer<typeof LegalBasis>;
