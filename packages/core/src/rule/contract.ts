import { z } from "zod";
import type { DocTree } from "../doc/tree.ts";
import type { Confidence, Framework, InstitutionalFact, LegalDocument } from "../framework/model.ts";
import type { BudgetLine } from "../model/budget.ts";
import { Category, Severity, type SourceRef } from "../model/diagnostic.ts";
import type { Indicator } from "../model/indicator.ts";
import type { LegalBasis } from "../model/legal-basis.ts";
import type { Plan } from "../model/plan.ts";
import type { Span } from "../model/span.ts";
import type { Task } from "../model/task.ts";

/**
 * The language of every word the toolkit writes for a person: "vi" (Vietnamese, the default of the CLI
 * and the reports) or "en". Rules declare their messages in both.
 */
export const Locale = z.enum(["vi", "en"]).meta({ id: "Locale" });
export type Locale = z.infer<typeof Locale>;

/** Text in both locales. */
export type Localized = { readonly vi: string; readonly en: string };

/**
 * A rule's metadata, as data (ESLint's `meta`, IATI's catalogue): the catalogue in docs/rules is
 * generated from it. Messages are keyed by messageId, one table per locale, with {placeholders}.
 */
export interface RuleMeta<Options = unknown> {
  /** Stable, namespaced: "budget/line-arithmetic". Never reused for another meaning. */
  readonly id: string;
  /** The one category of finding the rule reports ("budget-arithmetic", "legal-reference", …). */
  readonly category: Category;
  /** The severity its findings get unless a config says otherwise. */
  readonly severity: Severity;
  readonly docs: {
    /** One line: what the rule finds, in both locales (the catalogue's and `cds rules`' text). */
    readonly description: Localized;
    /** Why a reviewer cares. */
    readonly rationale?: Localized;
    /** Where its doc page is (the rule's doc.md beside its code). */
    readonly url: string;
  };
  /**
   * Message templates by messageId, the same ids in every locale; `{name}` placeholders are filled from
   * the report's data.
   */
  readonly messages: { readonly [L in Locale]: Readonly<Record<string, string>> };
  /** Options schema; the config's options are validated against it. */
  readonly options?: z.ZodType<Options>;
  /** The options the rule runs with when the config gives none. */
  readonly defaultOptions?: Options;
  /** Free labels shown in the catalogue (a province id, "framework"). */
  readonly tags?: readonly string[];
}

/** What a rule reports: data, never a bare string. */
export interface RuleReport {
  /** Which of the rule's messages (`meta.messages`) to write. */
  readonly messageId: string;
  /** The values of the message's `{placeholders}` (numbers are written in the locale's way). */
  readonly data?: Readonly<Record<string, string | number | null>>;
  /**
   * Where in the NFC text the finding is; the line is computed from it. Null or absent: the whole
   * document.
   */
  readonly span?: Span | null;
  /** JSON Pointer into the plan ("/budget/lines/17"). */
  readonly path?: string | null;
  /** The value the rule expected (a sum, a date, a target), as data for other systems. */
  readonly expected?: unknown;
  /** The value the plan has. */
  readonly actual?: unknown;
  /** A corrected value or wording a reviewer could accept. */
  readonly suggestion?: string | null;
  /** The document, date and article the expectation comes from (framework findings carry one). */
  readonly source?: SourceRef | null;
  /** Lower (never raise) the configured severity, e.g. when the fact behind it is unconfirmed. */
  readonly severity?: Severity;
  /** How far the fact behind the finding can be trusted; "unconfirmed" caps the severity at warning. */
  readonly confidence?: Confidence;
}

/** The facts rules may consult; supplied by national data and plugins, never read from disk by the engine. */
export interface Knowledge {
  /**
   * The legal documents known: national and the plugins' (the registry rules check citations against).
   */
  readonly documents: readonly LegalDocument[];
  /** Dated changes that make wording outdated: a merger, an abolished level, a replaced term. */
  readonly institutions: readonly InstitutionalFact[];
  /** Every framework at hand (national, plugins', the user's); the checker selects those in force. */
  readonly frameworks: readonly Framework[];
  /**
   * Names of places the caller knows (provinces in every spelling in use, communes and wards), for
   * spelling checks; packages know no province by name, so plugins and national data supply them.
   */
  readonly places?: {
    /** Province names, every spelling in use. */
    readonly provinces: readonly string[];
    /** Commune and ward names the plugins know. */
    readonly units: readonly string[];
  };
}

/** Knowledge with nothing in it: rules that need facts stay silent. */
export const EMPTY_KNOWLEDGE: Knowledge = { documents: [], institutions: [], frameworks: [] };

/**
 * What a rule sees while the plan is walked once: the plan, the document tree and NFC text it came from
 * (spans are offsets into `text`), its options (validated, defaults applied), the plan year and
 * province the check is for, the knowledge (documents, institutions, frameworks, places), the locale,
 * and `report` to record a finding. A rule reads; it never throws for a plan it does not understand, it
 * stays silent.
 */
export interface RuleContext<Options = unknown> {
  /** The plan being checked. */
  readonly plan: Plan;
  /** The document tree the plan came from; null for a plan read from JSON. */
  readonly tree: DocTree | null;
  /** The NFC text spans point into ("" when there is none). */
  readonly text: string;
  /** The rule's options: the config's, else `meta.defaultOptions`, validated by `meta.options`. */
  readonly options: Options;
  /** The year the plan is checked for (`--year`, else the config's, else the plan's), or null. */
  readonly planYear: number | null;
  /** The plan's province (plugin id), or null when it is not known. */
  readonly province: string | null;
  /** The facts the rule may consult (see Knowledge). */
  readonly knowledge: Knowledge;
  /** The language findings are written in (the engine renders the messages; a rule passes data). */
  readonly locale: Locale;
  /** Records one finding. The engine adds the rule id, category, severity, message and line. */
  report(report: RuleReport): void;
}

/** Callbacks the engine calls while it walks the plan once (ESLint's visitor object). */
export interface RuleVisitors {
  /** Called first, once, with the whole plan. */
  plan?(plan: Plan): void;
  /** Called for every legal basis the plan cites (`index` into `plan.legalBases`). */
  legalBasis?(basis: LegalBasis, index: number): void;
  /** Called for every indicator (`index` into `plan.indicators`). */
  indicator?(indicator: Indicator, index: number): void;
  /** Called for every task (`index` into `plan.tasks`). */
  task?(task: Task, index: number): void;
  /** Called for every budget line (`index` into `plan.budget.lines`). */
  budgetLine?(line: BudgetLine, index: number): void;
  /** Called last, once, after every other visitor: the place for findings about the whole plan. */
  "plan:exit"?(plan: Plan): void;
}

/**
 * A check: its metadata (id, category, default severity, docs, messages in every locale, options
 * schema) and `create`, which returns the visitors called while the engine walks the plan once. Write
 * one with `defineRule`; test it with `RuleTester`.
 */
export interface Rule<Options = any> {
  /** What the rule is, as data (see RuleMeta). */
  readonly meta: RuleMeta<Options>;
  /** Called once per plan: returns the visitors, which report through `context`. */
  create(context: RuleContext<Options>): RuleVisitors;
}

/**
 * Identity helper that types a rule and keeps its option type: what a rule module exports (generic
 * rules in @cdsvn/checker, province rules in a plugin). Ids are namespaced ("<plugin id>/<name>");
 * every message exists in "vi" and "en" with the same ids; data fills the `{placeholders}`.
 *
 * @example
 * ```ts
 * import { defineRule } from "@cdsvn/core";
 *
 * export const noBudget = defineRule({
 *   meta: {
 *     id: "quang-ninh/no-budget",
 *     category: "budget-arithmetic",
 *     severity: "warning",
 *     docs: { description: { vi: "Kế hoạch không có dự toán kinh phí", en: "The plan has no budget" }, url: "https://example.org/no-budget" },
 *     messages: { vi: { none: "Kế hoạch chưa nêu kinh phí." }, en: { none: "The plan states no budget." } },
 *   },
 *   create(context) {
 *     return {
 *       "plan:exit"(plan) {
 *         if (plan.budget.lines.length === 0 && plan.budget.declaredTotal === null) context.report({ messageId: "none", path: "/budget" });
 *       },
 *     };
 *   },
 * });
 * ```
 */
export function defineRule<Options = undefined>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/**
 * A rule's setting in a config (`rules: { "budget/line-arithmetic": … }`): a severity ("off" turns the
 * rule off), or `[severity, options]`, the options validated against the rule's schema.
 */
export const RuleSetting = z
  .union([
    z.enum(["off", "error", "warning", "info"]),
    z.tuple([z.enum(["off", "error", "warning", "info"]), z.unknown()]),
  ])
  .meta({ id: "RuleSetting", description: 'A severity ("off" turns the rule off), or [severity, options].' });
export type RuleSetting = z.infer<typeof RuleSetting>;

/**
 * The header of the review report (`cds export --to docx`) as the reviewing body sends it (Nghị định
 * 30/2020/NĐ-CP): who issues it, its number, place and date, who signs. Every field optional; a missing
 * one stays a dotted blank to fill by hand.
 */
export const ReviewConfig = z
  .object({
    /** The body above the issuer: "UBND TỈNH HÀ TĨNH". */
    parentBody: z.string().trim().min(1).optional(),
    /** The issuing body: "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
    issuingBody: z.string().trim().min(1).optional(),
    /** Number and symbol: "125/BC-SKHCN". */
    number: z.string().trim().min(1).optional(),
    /** Where it is issued: "Hà Tĩnh". */
    place: z.string().trim().min(1).optional(),
    /** When, as YYYY-MM-DD. */
    date: z.iso.date().optional(),
    /** Recipients after "Như trên". */
    recipients: z.array(z.string().trim().min(1)).optional(),
    /** Holders after "Lưu: VT". */
    archive: z.string().trim().min(1).optional(),
    /** The signer's capacity, one line each: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
    signerTitle: z.array(z.string().trim().min(1)).optional(),
    signerName: z.string().trim().min(1).optional(),
  })
  .strict()
  .meta({ id: "ReviewConfig", description: "The review report's header (cds export --to docx)." });
export type ReviewConfig = z.infer<typeof ReviewConfig>;

/** `cds.config.json`. */
export const Config = z
  .object({
    $schema: z.string().optional(),
    /** Province plugin id; detected from the text when absent. */
    province: z.string().optional(),
    /** The plan year; read from the plan when absent. */
    planYear: z.number().int().optional(),
    locale: Locale.optional(),
    rules: z.record(z.string(), RuleSetting).optional(),
    /**
     * Province plugins to load besides the bundled ones: package names ("@scope/cds-plugin-x") or paths
     * relative to the config file ("./my-plugin.mjs"). A plugin with a bundled one's id replaces it.
     */
    plugins: z.array(z.string().trim().min(1)).optional(),
    /** Framework files to add, relative to the config file ("khung-2026.json"); same id replaces a bundled one. */
    frameworks: z.array(z.string().trim().min(1)).optional(),
    /** The review report's header: issuing body, number, place, date, signer (`cds export --to docx`). */
    review: ReviewConfig.optional(),
  })
  // Strict: a typo ("provinec") or a key of another tool is an error, never silently dropped.
  .strict()
  .meta({ id: "Config", title: "cds.config.json" });
export type Config = z.infer<typeof Config>;
