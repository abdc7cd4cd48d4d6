import type { Comparison, Config, Diagnostic, Framework, Locale, Plan } from "@cdsvn/core";
import { comparePlan } from "./compare-plan.ts";
import { splitSetting } from "../engine/severity.ts";
import { comparisonDiagnostics } from "./diagnostics.ts";
import { frameworkCoverage } from "../rules/framework/coverage/rule.ts";
import { effectiveFramework, type EffectiveFramework } from "./effective-framework.ts";
import type { FrameworkSelector } from "./framework-selector.ts";

/** Everything one comparison needs: the engine's single call site. */
export interface CompareRequest {
  readonly plan: Plan;
  /** The NFC text the plan's spans point into ("" for a plan read from JSON without text). */
  readonly text: string;
  /** National, plugin and user frameworks (the selector picks those in force for the plan). */
  readonly frameworks: readonly Framework[];
  readonly province: string | null;
  /** `--year`: wins over the config's `planYear` and the plan's own year. */
  readonly year?: number | null;
  /** A plugin's extra wordings per indicator code. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Rule levels (framework/coverage, framework/target) and `planYear`. */
  readonly config?: Config;
  readonly locale?: Locale;
  /** How the framework in force is selected (default `effectiveFramework`; an engine passes its `cachedFrameworkSelector`). */
  readonly selectFramework?: FrameworkSelector;
}

/** Why no comparison ran, exactly. */
export type SkipReason = "no-year" | "not-commune-plan" | "no-framework" | "issued-after-plan" | "no-commune-target";

/**
 * What `compareWithFrameworks` returns: the comparison with the framework it used and its findings
 * (framework/coverage, framework/target); or, when no comparison could run, the reason, a message in
 * the request's language, and that message as one whole-document `info` so every report format says
 * why.
 */
export type CompareOutcome =
  | { readonly ran: true; readonly comparison: Comparison; readonly framework: EffectiveFramework; readonly diagnostics: Diagnostic[] }
  | {
    readonly ran: false;
    readonly reason: SkipReason;
    readonly message: string;
    readonly data: Readonly<Record<string, string | number | null>>;
    /** The same, as one whole-document info of framework/coverage ("notCompared"), for every report format. */
    readonly diagnostics: Diagnostic[];
  };

/** Why, in words: the {why} of framework/coverage's "notCompared" message. */
const WHY: Record<Locale, Record<SkipReason, string>> = {
  vi: {
    "no-year": "không xác định được năm của kế hoạch; dùng --year",
    "not-commune-plan": "văn bản là {kind}, không phải kế hoạch cấp xã",
    "no-framework": "không có khung chỉ tiêu nào cho năm {year} ({province}){covered}",
    "issued-after-plan": "các chỉ tiêu cấp xã cho năm {year} ({frameworks}) đều do văn bản ban hành sau kế hoạch ({issued})",
    "no-commune-target": "các khung cho năm {year} ({frameworks}) không có chỉ tiêu nào đặt cho cấp xã trong năm đó",
  },
  en: {
    "no-year": "the plan year is not known; use --year",
    "not-commune-plan": "the document is {kind}, not a commune plan",
    "no-framework": "no framework covers {year} ({province}){covered}",
    "issued-after-plan": "every commune target for {year} ({frameworks}) comes from a document issued after the plan ({issued})",
    "no-commune-target": "the frameworks for {year} ({frameworks}) set no commune target for that year",
  },
};

const KIND: Record<Locale, Record<string, string>> = {
  vi: { "province-plan": "kế hoạch cấp tỉnh", "district-plan": "kế hoạch cấp huyện", report: "báo cáo", news: "tin, bài", other: "văn bản khác" },
  en: { "province-plan": "a province plan", "district-plan": "a district plan", report: "a report", news: "a news item", other: "another kind of document" },
};

/**
 * The plan against the framework in force for it, or exactly why that could not run. Only a
 * commune plan is compared (a plan without a document kind is taken as one); the year is `--year`,
 * else the config's, else the plan's. Pure: the caller reads files and prints. Never throws for a
 * plan it cannot compare: the outcome says why (`ran: false`).
 *
 * @example
 * ```ts
 * import { compareWithFrameworks } from "@cdsvn/checker";
 * import { allFrameworks } from "@cdsvn/national";
 *
 * const outcome = compareWithFrameworks({ plan, text, frameworks: allFrameworks([haTinh]), province: "ha-tinh", year: 2026 });
 * if (outcome.ran) console.log(outcome.comparison.counts); // { met, "below-target", missing, … }
 * else console.log(outcome.reason, outcome.message); // "no-year", and why in the request's locale
 * ```
 */
export function compareWithFrameworks(request: CompareRequest): CompareOutcome {
  const { plan, locale = "vi", config = {} } = request;
  // plan.meta.documentKind ("commune-plan", "province-plan", "district-plan", "report", "news", "other"), when the reader tells.
  const kind = (plan.meta as { documentKind?: string | null }).documentKind ?? null;
  if (kind !== null && kind !== "commune-plan") {
    return skip(locale, "not-commune-plan", { kind: KIND[locale][kind] ?? kind }, config);
  }
  const year = request.year ?? config.planYear ?? plan.meta.planYear;
  if (year === null || year === undefined) return skip(locale, "no-year", {}, config);
  const province = request.province;
  const select = request.selectFramework ?? effectiveFramework;
  const framework = select(request.frameworks, { province, year, issued: plan.meta.issuedDate });
  const provinceName = province ?? (locale === "vi" ? "không rõ tỉnh" : "province unknown");
  if (framework.covering.length === 0) {
    const years = [...new Set(request.frameworks.flatMap((f) => (f.province === null || f.province === province ? range(f.years.from, f.years.to) : [])))].sort();
    const covered = years.length === 0 ? "" : locale === "vi" ? `; các khung hiện có áp dụng cho năm ${spans(years)}` : `; the frameworks at hand cover ${spans(years)}`;
    return skip(locale, "no-framework", { year, province: provinceName, covered }, config);
  }
  if (!framework.indicators.some((e) => e.target !== null)) {
    const late = framework.indicators.some((e) => e.excluded === "issued-after-plan");
    const issued = plan.meta.issuedDate
      ? (locale === "vi" ? `ban hành ${plan.meta.issuedDate}` : `issued ${plan.meta.issuedDate}`)
      : (locale === "vi" ? `không ghi ngày, tính là trước năm ${year}` : `undated, so taken as before ${year}`);
    return skip(locale, late ? "issued-after-plan" : "no-commune-target", { year, frameworks: framework.covering.join(", "), issued }, config);
  }
  const comparison = comparePlan(plan, framework, { aliases: request.aliases ?? {} });
  const diagnostics = comparisonDiagnostics(plan, comparison, framework, request.text, locale, config);
  return { ran: true, comparison, framework, diagnostics };
}

function skip(locale: Locale, reason: SkipReason, data: Record<string, string | number | null>, config: Config): CompareOutcome {
  const fill = (template: string, values: Record<string, unknown>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
  const why = fill(WHY[locale][reason], data);
  const message = fill(frameworkCoverage.meta.messages[locale].notCompared!, { why });
  const off = splitSetting(config.rules?.[frameworkCoverage.meta.id]).level === "off";
  const diagnostics: Diagnostic[] = off ? [] : [{
    ruleId: frameworkCoverage.meta.id, messageId: "notCompared", category: frameworkCoverage.meta.category, severity: "info",
    message, span: null, line: null, path: null, data: { reason, why, ...data },
  }];
  return { ran: false, reason, message, data, diagnostics };
}

function range(from: number, to: number): number[] {
  return to - from > 50 ? [from, to] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** [2025, 2026, 2027, 2030] → "2025–2027, 2030". */
function spans(years: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    out.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return out.join(", ");
}
