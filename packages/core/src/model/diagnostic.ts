import { z } from "zod";
import { Span } from "./span.ts";

/** The fixed vocabulary of finding categories; a rule belongs to exactly one. */
export const Category = z
  .enum([
    "budget-arithmetic",
    "percent-range",
    "year-consistency",
    "internal-consistency",
    "legal-reference",
    "admin-unit",
    "outdated-reference",
    "target-regression",
    "document-metadata",
    "missing-section",
    "framework-coverage",
    "framework-target",
    "parse",
    "other",
  ])
  .meta({ id: "Category" });
export type Category = z.infer<typeof Category>;

/**
 * How serious a finding is. "error": the plan is wrong as written (a sum that does not add up, a target
 * below the framework's confirmed one); "warning": a reviewer should look; "info": worth knowing, never
 * blocking. A config may lower or raise a rule's severity (RuleSetting). Exit codes follow it: `cds
 * validate` exits 1 on an error.
 */
export const Severity = z.enum(["error", "warning", "info"]).meta({ id: "Severity" });
export type Severity = z.infer<typeof Severity>;

/** Where an expectation comes from: a document, its date and article or appendix item. */
export const SourceRef = z
  .object({
    /** Document symbol or title: "2629/QĐ-TTg". */
    document: z.string(),
    date: z.string().nullable().optional(),
    /** Article, section or appendix item: "Phụ lục I, mục 2". */
    article: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
  })
  .meta({ id: "SourceRef" });
export type SourceRef = z.infer<typeof SourceRef>;

/** One finding: data, never a bare string. */
export const Diagnostic = z
  .object({
    /** Stable and namespaced ("budget/line-arithmetic"); never reused for another meaning. */
    ruleId: z.string(),
    /** Stable variant id inside the rule. */
    messageId: z.string(),
    category: Category,
    severity: Severity,
    /** In the chosen locale. */
    message: z.string(),
    /** Into the same NFC text as the plan's spans; null for whole-document findings. */
    span: Span.nullable(),
    /** 1-based line of span.start; null when span is null. */
    line: z.number().int().positive().nullable(),
    column: z.number().int().positive().nullable().optional(),
    /** JSON Pointer into the plan, where the finding is about an entity. */
    path: z.string().nullable(),
    expected: z.unknown().optional(),
    actual: z.unknown().optional(),
    /** For framework findings: the document and article the expectation comes from. */
    source: SourceRef.nullable().optional(),
    /** A corrected value or wording a reviewer could accept. */
    suggestion: z.string().nullable().optional(),
    /** The values interpolated into the message. */
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: "Diagnostic" });
export type Diagnostic = z.infer<typeof Diagnostic>;
