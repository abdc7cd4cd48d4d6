import { z } from "zod";
import { LegalKind } from "./legal-basis.ts";
import { Span } from "./span.ts";
import { Comparator } from "./target.ts";
import { expandAbbreviations } from "../text/abbreviations.ts";
import { matchKey } from "../text/normalize.ts";

/**
 * The document facts the rules read, computed once by the reader beside the plan's entities and
 * carried in the Plan JSON, so a plan read back from `cds parse --format json` is checked like the
 * file it came from. Versioned on its own: a consumer that meets another `version` ignores the field.
 */

/** One heading of the document, as the outline sees it. */
export const OutlineHeading = z
  .object({
    /** 0-based line of the NFC text. */
    line: z.number().int().nonnegative(),
    span: Span,
    /**
     * "part": "PHẦN I", "Phần thứ hai"; "section": "II. MỤC TIÊU"; "item": "3. Nhiệm vụ …";
     * "appendix": "Phụ lục …".
     */
    level: z.enum(["part", "section", "item", "appendix"]),
    text: z.string(),
  })
  .meta({ id: "OutlineHeading" });
export type OutlineHeading = z.infer<typeof OutlineHeading>;

/** The outline: headings, and the parts that report last period's results or hold the appendices. */
export const Outline = z
  .object({
    headings: z.array(OutlineHeading),
    /** Parts that report last period's results ("Kết quả thực hiện năm 2025"), not the plan ahead. */
    report: z.array(Span),
    /** Where the first appendix starts (a "Phụ lục" caption), or null. */
    appendixStart: z.number().int().nonnegative().nullable(),
  })
  .meta({ id: "Outline" });
export type Outline = z.infer<typeof Outline>;

/** A percentage stated in running text or a table cell, with the clause it qualifies. */
export const FigureStatement = z
  .object({
    value: z.number(),
    /** Read with core's target grammar (`parseTarget`): "Không ít hơn 100%" is ">=". */
    comparator: Comparator,
    /** The figure with its comparator words, as written ("Trên 70%"). */
    raw: z.string(),
    span: Span,
    line: z.number().int().nonnegative(),
    /** The clause the figure qualifies, the figure removed, folded to ASCII words of substance. */
    words: z.array(z.string()),
    /** The clause as written. */
    clause: z.string(),
    /** In a part that reports last period's results. */
    review: z.boolean(),
    appendix: z.boolean(),
    /** Inside a table row. */
    inTable: z.boolean(),
  })
  .meta({ id: "FigureStatement" });
export type FigureStatement = z.infer<typeof FigureStatement>;

/** A document symbol cited in the text, with the date written after it in any form. */
export const CitationFact = z
  .object({
    /** Normalised: "749/QĐ-TTg". */
    symbol: z.string(),
    kind: LegalKind,
    /** The kind the words before the symbol claim, or null. */
    statedKind: LegalKind.nullable(),
    typeCode: z.string().nullable(),
    issuerCode: z.string(),
    raw: z.string(),
    span: Span,
    /** "YYYY-MM-DD" from "ngày 23/12/2024" or "ngày 23 tháng 12 năm 2024"; null when none or partial. */
    date: z.string().nullable(),
    dateSpan: Span.nullable(),
  })
  .meta({ id: "CitationFact" });
export type CitationFact = z.infer<typeof CitationFact>;

/** What "Tổ chức thực hiện" says a unit leads ("Văn phòng …: Chủ trì tham mưu …"). */
export const DutyFact = z
  .object({
    /** The unit as written. */
    unit: z.string(),
    /** Its folded key, abbreviations expanded, filler words dropped. */
    unitKey: z.string(),
    /** The duty sentence after "chủ trì", folded. */
    key: z.string(),
    /** Its list items, folded. */
    items: z.array(z.string()),
    span: Span,
    line: z.number().int().nonnegative(),
  })
  .meta({ id: "DutyFact" });
export type DutyFact = z.infer<typeof DutyFact>;

/**
 * The version of the PlanFacts shape (`PlanFacts.version`). It changes when a field changes meaning, so
 * a Plan JSON with facts of another version is re-read rather than trusted.
 */
export const PLAN_FACTS_VERSION = 1;

/**
 * The document facts rules read, computed once by the reader (`extractFacts`) and carried in the Plan,
 * so no rule re-scans the text: the NFC text, its outline, the figures, the legal citations and the
 * duties (who leads what). Spans are offsets into `text`; lines are 1-based.
 */
export const PlanFacts = z
  .object({
    version: z.literal(PLAN_FACTS_VERSION),
    /**
     * The NFC text every span points into. Rules that judge words no fact captures (place names, unit
     * kinds, blank fields, event years) read it, and line numbers come from it, so a plan read back
     * from JSON is checked, line for line, like the file it came from.
     */
    text: z.string(),
    outline: Outline,
    figures: z.array(FigureStatement),
    citations: z.array(CitationFact),
    duties: z.array(DutyFact),
  })
  .meta({ id: "PlanFacts", description: "Document facts the rules read, computed once by the reader (version 1)." });
export type PlanFacts = z.infer<typeof PlanFacts>;

/**
 * A unit's key (`DutyFact.unitKey`): abbreviations expanded, folded, without the filler words that
 * vary between mentions, so "HĐND - UBND xã" and "Hội đồng nhân dân và Ủy ban nhân dân" compare.
 */
export function unitKey(unit: string): string {
  return matchKey(expandAbbreviations(unit)).split(" ").filter((w) => w && w !== "va" && w !== "xa" && w !== "cua").join(" ");
}
