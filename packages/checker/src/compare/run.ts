import type { Comparison, Config, Diagnostic, Framework, Locale, Plan } from "@cdsvn/core";
import { comparePlan } from "./compare-plan.ts";
import { comparisonDiagnostics } from "./diagnostics.ts";
import { effectiveFramework, type EffectiveFramework } from "./effective-framework.ts";

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
}

/** Why no comparison ran, exactly. */
export type SkipReason = "no-year" | "not-commune-plan" | "no-framework" | "nothing-in-force";

export type CompareOutcome =
  | { readonly ran: true; readonly comparison: Comparison; readonly framework: EffectiveFramework; readonly diagnostics: Diagnostic[] }
  | { readonly ran: false; readonly reason: SkipReason; readonly message: string; readonly data: Readonly<Record<string, string | number | null>> };

const MESSAGES: Record<Locale, Record<SkipReason, string>> = {
  vi: {
    "no-year": "Không so sánh được: không xác định được năm của kế hoạch; dùng --year",
    "not-commune-plan": "Không so sánh với khung chỉ tiêu: văn bản là {kind}, không phải kế hoạch cấp xã",
    "no-framework": "Không so sánh được: không có khung chỉ tiêu nào cho năm {year} ({province}){covered}",
    "nothing-in-force": "Không so sánh được: các khung chỉ tiêu cho năm {year} ({frameworks}) đều do văn bản ban hành sau kế hoạch ({asOf}), hoặc không có chỉ tiêu cấp xã",
  },
  en: {
    "no-year": "No comparison: the plan year is not known; use --year",
    "not-commune-plan": "No framework comparison: the document is {kind}, not a commune plan",
    "no-framework": "No comparison: no framework covers {year} ({province}){covered}",
    "nothing-in-force": "No comparison: the frameworks for {year} ({frameworks}) were all issued after the plan ({asOf}) or set no commune target",
  },
};

const KIND: Record<Locale, Record<string, string>> = {
  vi: { "province-plan": "kế hoạch cấp tỉnh", "district-plan": "kế hoạch cấp huyện", report: "báo cáo", news: "tin, bài" },
  en: { "province-plan": "a province plan", "district-plan": "a district plan", report: "a report", news: "a news item" },
};

/**
 * The plan against the framework in force for it, or exactly why that could not run. Only a
 * commune plan is compared (a plan without a document kind is taken as one); the year is `--year`,
 * else the config's, else the plan's. Pure: the caller reads files and prints.
 */
export function compareWithFrameworks(request: CompareRequest): CompareOutcome {
  const { plan, locale = "vi", config = {} } = request;
  const kind = (plan.meta as { documentKind?: string | null }).documentKind ?? null;
  if (kind !== null && !kind.startsWith("commune")) {
    return skip(locale, "not-commune-plan", { kind: KIND[locale][kind] ?? kind });
  }
  const year = request.year ?? config.planYear ?? plan.meta.planYear;
  if (year === null || year === undefined) return skip(locale, "no-year", {});
  const province = request.province;
  const framework = effectiveFramework(request.frameworks, { province, year, issued: plan.meta.issuedDate });
  const provinceName = province ?? (locale === "vi" ? "không rõ tỉnh" : "province unknown");
  if (framework.covering.length === 0) {
    const years = [...new Set(request.frameworks.flatMap((f) => (f.province === null || f.province === province ? range(f.years.from, f.years.to) : [])))].sort();
    const covered = years.length === 0 ? "" : locale === "vi" ? `; các khung hiện có áp dụng cho năm ${spans(years)}` : `; the frameworks at hand cover ${spans(years)}`;
    return skip(locale, "no-framework", { year, province: provinceName, covered });
  }
  if (!framework.indicators.some((e) => e.target !== null)) {
    return skip(locale, "nothing-in-force", { year, frameworks: framework.covering.join(", "), asOf: framework.asOf });
  }
  const comparison = comparePlan(plan, framework, { aliases: request.aliases ?? {} });
  const diagnostics = comparisonDiagnostics(plan, comparison, framework, request.text, locale, config);
  return { ran: true, comparison, framework, diagnostics };
}

function skip(locale: Locale, reason: SkipReason, data: Record<string, string | number | null>): CompareOutcome {
  const message = MESSAGES[locale][reason].replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ""));
  return { ran: false, reason, message, data };
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
