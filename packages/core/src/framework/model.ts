import { z } from "zod";
import { Comparator } from "../model/target.ts";
import { SourceRef } from "../model/diagnostic.ts";
import { LegalKind } from "../model/legal-basis.ts";

/**
 * How far a figure can be trusted. "confirmed": read in the document's own text (or a faithful copy
 * of it); "secondary": read in the press or a summary; "unconfirmed": not read in any source;
 * "derived": inferred from another document that says it copies the figure. Only a confirmed figure
 * can drive a finding above `info`: a wrong verdict is worse than an unclear one.
 */
export const Confidence = z.enum(["confirmed", "secondary", "unconfirmed", "derived"]).meta({ id: "Confidence" });
export type Confidence = z.infer<typeof Confidence>;

/**
 * The level of government a framework or target applies to: "national", "province" or "commune". A
 * commune plan is only held to commune-level targets.
 */
export const Level = z.enum(["national", "province", "commune"]).meta({ id: "Level" });
export type Level = z.infer<typeof Level>;

/**
 * The pillar of a framework indicator: digital government (chính quyền số), digital economy, digital
 * society, infrastructure, human resources, information security, science-technology-innovation
 * (khcn-dmst), or general (chung).
 */
export const Pillar = z
  .enum(["chinh-quyen-so", "kinh-te-so", "xa-hoi-so", "ha-tang", "nhan-luc", "an-toan-thong-tin", "khcn-dmst", "chung"])
  .meta({ id: "Pillar" });
export type Pillar = z.infer<typeof Pillar>;

/** One required figure, for one level, over one span of years, with the place it comes from. */
export const FrameworkTarget = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    level: Level,
    comparator: Comparator,
    value: z.number(),
    max: z.number().nullable().optional(),
    /** The wording of the source ("Trên 80%"). */
    raw: z.string().optional(),
    source: SourceRef,
    confidence: Confidence,
  })
  .meta({ id: "FrameworkTarget" });
export type FrameworkTarget = z.infer<typeof FrameworkTarget>;

/**
 * One indicator of a framework: a stable code, its name and the other wordings plans use for it
 * (aliases, keyword groups), what it counts and how it is matched, and its targets by level and years,
 * each with its source and confidence. Plugins build them with `frameworkIndicator` from
 * @cdsvn/national.
 */
export const FrameworkIndicator = z
  .object({
    /** Stable code, never reused: "CQS-TTHC-TRUC-TUYEN". */
    code: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    keywords: z.array(z.string()),
    pillar: Pillar,
    /** "%", "count", … */
    unit: z.string(),
    /** The levels the indicator applies to. */
    levels: z.array(Level),
    /** What the percentage is of, where it changes the meaning ("hồ sơ" vs "thủ tục"). */
    denominator: z.string().nullable().optional(),
    /**
     * The subject classes a wording may count ("nguoi-dan", "thu-tuc", "ho-so", …; see
     * SUBJECT_CLASSES in match.ts). A wording whose own subject is another class measures something
     * else: "tỷ lệ hồ sơ TTHC xử lý trực tuyến" (ho-so) is not "tỷ lệ TTHC cung cấp DVCTT toàn trình" (thu-tuc).
     */
    subjects: z.array(z.string()).optional(),
    /** Folded phrases whose presence means a wording measures something else ("dinh danh" for DVCTT use). */
    excludes: z.array(z.string()).optional(),
    /** A national indicator code this one extends or overrides. */
    extends: z.string().nullable().optional(),
    /**
     * The figure is a total or a share over many units ("100% số xã có cáp quang", a share of GDP):
     * the whole meets it, not each commune, so it is never demanded of one commune's plan.
     */
    aggregate: z.boolean().optional(),
    /**
     * The indicator was replaced by another concept ("DVCTT mức độ 4" by "DVCTT toàn trình"): from
     * `from` (ISO date) it is never demanded, whatever the years of its targets say.
     */
    superseded: z
      .object({ from: z.string(), by: z.string(), source: SourceRef })
      .nullable()
      .optional(),
    targets: z.array(FrameworkTarget),
    note: z.string().nullable().optional(),
  })
  .meta({ id: "FrameworkIndicator" });
export type FrameworkIndicator = z.infer<typeof FrameworkIndicator>;

/**
 * A set of required figures in force for some years: the national frameworks (QĐ 749, NQ 57, …) and
 * each province's, as versioned, sourced data. `id` + `version` name it; `effective` says from when;
 * for a plan year the latest version in effect by the end of that year applies. A file a user writes
 * (`cds frameworks template`) becomes one through `parseFrameworkFile`.
 */
export const Framework = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    level: Level,
    /** Province id for province frameworks, null for national ones. */
    province: z.string().nullable(),
    /** The documents the framework comes from. */
    documents: z.array(SourceRef),
    /** The years it applies to. */
    years: z.object({ from: z.number().int(), to: z.number().int() }),
    confidence: Confidence,
    /**
     * ISO date this version takes effect. Versions of one framework id are told apart by it: for a
     * plan year the latest version in effect by the end of that year applies.
     */
    effective: z.string().optional(),
    /** What a reader should know about the data: unconfirmed parts, what was left out and why. */
    notes: z.array(z.string()).optional(),
    /**
     * "bundled" (national data and plugins) or "user" (a file given with --framework or the config):
     * a user framework for a province replaces the bundled ones of that province for its years.
     */
    origin: z.enum(["bundled", "user"]).optional(),
    indicators: z.array(FrameworkIndicator),
  })
  .meta({ id: "Framework" });
export type Framework = z.infer<typeof Framework>;

/**
 * One change in a legal document's standing from an ISO date on (in force, amended, replaced, lapsed,
 * repealed), with the document that made it, its source and confidence. A LegalDocument lists them
 * oldest first; `statusOn` in @cdsvn/national reads them for a date.
 */
export const DocumentStatus = z
  .object({
    /** ISO date from which this status holds. */
    from: z.string(),
    status: z.enum(["in-force", "amended", "replaced", "lapsed", "repealed"]),
    /** The symbol of the document that amended or replaced it. */
    by: z.string().nullable().optional(),
    source: SourceRef,
    confidence: Confidence,
  })
  .meta({ id: "DocumentStatus" });
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** A document of the legal registry: what plans cite or should cite. */
export const LegalDocument = z
  .object({
    symbol: z.string(),
    /** Other ways plans write it that a lookup should accept. */
    aliases: z.array(z.string()).optional(),
    kind: LegalKind,
    issuer: z.string(),
    signedDate: z.string().nullable(),
    effectiveDate: z.string().nullable().optional(),
    title: z.string(),
    /** The years its targets are for ("đến năm 2025"). */
    horizon: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }).nullable().optional(),
    status: z.array(DocumentStatus),
    /** Province id for province documents, null for national. */
    province: z.string().nullable(),
    source: SourceRef,
    confidence: Confidence,
    /** What is uncertain or worth knowing (a date from a secondary source, a common miswriting). */
    note: z.string().nullable().optional(),
  })
  .meta({ id: "LegalDocument" });
export type LegalDocument = z.infer<typeof LegalDocument>;

/** A dated change of institutions or concepts: a merger, an abolished level, a replaced term. */
export const InstitutionalFact = z
  .object({
    id: z.string(),
    kind: z.enum(["merger", "abolition", "rename", "concept-replaced", "province-merger"]),
    /** The names or phrases that became outdated. */
    old: z.array(z.string()),
    /** What replaced them, if anything. */
    replacement: z.string().nullable(),
    effectiveDate: z.string(),
    description: z.string(),
    /**
     * Regular expressions (source text) that signal the outdated use, to be matched against
     * `matchKey(text)` (ASCII, lower case, punctuation as spaces): "\\bbo thong tin va truyen thong\\b".
     */
    patterns: z.array(z.string()).optional(),
    source: SourceRef,
    confidence: Confidence,
    note: z.string().nullable().optional(),
  })
  .meta({ id: "InstitutionalFact" });
export type InstitutionalFact = z.infer<typeof InstitutionalFact>;
