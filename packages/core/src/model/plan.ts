import { z } from "zod";
import { Budget } from "./budget.ts";
import { Diagnostic } from "./diagnostic.ts";
import { PlanFacts } from "./facts.ts";
import { Indicator } from "./indicator.ts";
import { LegalBasis } from "./legal-basis.ts";
import { Span } from "./span.ts";
import { Task } from "./task.ts";

/**
 * The kind of a commune-level unit since the 2025 two-level local government: "xa" (xã), "phuong"
 * (phường) or "dac-khu" (đặc khu).
 */
export const UnitKind = z.enum(["xa", "phuong", "dac-khu"]).meta({ id: "UnitKind" });
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * What the document is, as far as its letterhead, title and number say: a commune's plan (xã,
 * phường, đặc khu), a province's or a district's plan, a report of results, a news item about a plan,
 * or something else. Commune rules and frameworks apply to commune plans only.
 */
export const DocumentKind = z
  .enum(["commune-plan", "province-plan", "district-plan", "report", "news", "other"])
  .meta({ id: "DocumentKind" });
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * What the plan says about itself: title, unit (commune or ward) and province, plan year, number, issue
 * date, signer and issuer, with the spans they were read from. Every field is null (or absent) when the
 * document does not say; nothing is guessed.
 */
export const PlanMeta = z
  .object({
    title: z.string().nullable(),
    /** Commune or ward name, without "xã" / "phường". */
    unitName: z.string().nullable(),
    unitKind: UnitKind.nullable(),
    /** Province id (slug, e.g. "hai-phong"), or null when unknown. */
    province: z.string().nullable(),
    /** How the province was found ("tỉnh Hà Tĩnh" in the header), when it was. */
    provinceEvidence: z.string().nullable().optional(),
    /** The year the plan is for (not the year it was issued). */
    planYear: z.number().int().nullable(),
    /** "10/KH-UBND"; null when the number is left blank ("Số: /KH-UBND"). */
    documentNumber: z.string().nullable(),
    /** As far as the document fills it in: "YYYY-MM-DD", "YYYY-MM", "YYYY" or null. */
    issuedDate: z.string().nullable(),
    signer: z.string().nullable().optional(),
    /** The issuing body ("Ủy ban nhân dân xã Tân Kỳ"). */
    issuer: z.string().nullable().optional(),
    /** What the document is; absent in a Plan JSON written before the reader said so. */
    documentKind: DocumentKind.optional(),
    /** Why: the words that decided ("UBND XÃ HÒA LÂM", "Số: 245/KH-UBND", "title: Kế hoạch … xã Kỳ Hoa"). */
    documentKindEvidence: z.string().nullable().optional(),
    titleSpan: Span.nullable().optional(),
    numberSpan: Span.nullable().optional(),
    dateSpan: Span.nullable().optional(),
  })
  .meta({ id: "PlanMeta" });
export type PlanMeta = z.infer<typeof PlanMeta>;

/**
 * The file a Plan was read from: its name (null when read from bytes alone), the front-end that read it
 * and the length of the NFC text that spans point into.
 */
export const PlanSource = z
  .object({
    file: z.string().nullable(),
    /** The front-end that read it: "txt", "md", "html", "docx", "pdf", "json". */
    format: z.string(),
    /** Length of the NFC text the spans point into. */
    textLength: z.number().int().nonnegative(),
  })
  .meta({ id: "PlanSource" });
export type PlanSource = z.infer<typeof PlanSource>;

/** A commune plan, as the reader understood it. The JSON contract of `cds parse --format json`. */
export const Plan = z
  .object({
    schemaVersion: z.literal("1"),
    meta: PlanMeta,
    legalBases: z.array(LegalBasis),
    indicators: z.array(Indicator),
    tasks: z.array(Task),
    budget: Budget,
    source: PlanSource.optional(),
    /** What the reader could not understand (category "parse"). */
    diagnostics: z.array(Diagnostic).optional(),
    /** The document facts rules read (outline, figures, citations, duties); absent in plans written before it. */
    facts: PlanFacts.optional(),
  })
  .meta({ id: "Plan", title: "Plan", description: "A commune science, technology, innovation and digital-transformation plan." });
export type Plan = z.infer<typeof Plan>;

/** A plan with nothing in it: the starting point of every extraction. */
export function emptyPlan(): Plan {
  return {
    schemaVersion: "1",
    meta: {
      title: null,
      unitName: null,
      unitKind: null,
      province: null,
      planYear: null,
      documentNumber: null,
      issuedDate: null,
      signer: null,
    },
    legalBases: [],
    indicators: [],
    tasks: [],
    budget: { declaredTotal: null, lines: [] },
  };
}
