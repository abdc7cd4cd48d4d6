import {
  lineIndex,
  lineOf,
  type Config,
  type Diagnostic,
  type DocTree,
  type Knowledge,
  type Locale,
  type Plan,
  type Rule,
  type RuleContext,
  type RuleReport,
  type Severity,
  visitPlan,
} from "@cdsvn/core";
import { interpolate } from "@cdsvn/core";
import { effectiveSeverity, splitSetting } from "./severity.ts";

/** Everything the engine needs; it reads no file and knows no province. */
export interface CheckInput {
  readonly plan: Plan;
  /** The document tree the plan came from; null for a plan read from JSON. */
  readonly tree?: DocTree | null;
  /** The NFC text the plan's spans point into; defaults to the tree's, else the plan's facts', else "". */
  readonly text?: string;
  /** Generic rules and the province plugin's rules. */
  readonly rules: readonly Rule[];
  readonly config?: Config;
  /**
   * The facts rules consult (documents, institutions, frameworks, places). Required: a plan checked
   * without them would silently lose every finding that needs them; pass EMPTY_KNOWLEDGE to say so.
   */
  readonly knowledge: Knowledge;
  readonly locale?: Locale;
}

/** A configuration problem: an unknown rule, or options its schema rejects. */
export interface ConfigProblem {
  readonly ruleId: string;
  readonly message: string;
}

interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: unknown;
}

/** Which rules run, at which severity, with which (validated) options. */
export function resolveRules(rules: readonly Rule[], config: Config | undefined): { active: ActiveRule[]; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of Object.keys(config?.rules ?? {})) {
    if (!known.has(id)) problems.push({ ruleId: id, message: `unknown rule "${id}"` });
  }
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const { level, options } = splitSetting(config?.rules?.[rule.meta.id]);
    if (level === "off") continue;
    let resolved: unknown = rule.meta.defaultOptions;
    if (rule.meta.options) {
      const parsed = rule.meta.options.safeParse(options ?? rule.meta.defaultOptions ?? {});
      if (!parsed.success) {
        problems.push({ ruleId: rule.meta.id, message: `invalid options for "${rule.meta.id}": ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}` });
        continue;
      }
      resolved = parsed.data;
    }
    active.push({ rule, severity: level ?? rule.meta.severity, options: resolved });
  }
  return { active, problems };
}

/**
 * `resolveRules` of a rule list and config already seen: an engine checks plan after plan with the
 * same two objects, and parsing every rule's options with its schema for each plan was a tenth of a
 * millisecond per plan. Keyed by identity (weakly), so a config object changed in place is not seen.
 */
const resolvedCache = new WeakMap<readonly Rule[], WeakMap<Config, ReturnType<typeof resolveRules>>>();
const NO_CONFIG: Config = {};
function resolvedRules(rules: readonly Rule[], config: Config | undefined): ReturnType<typeof resolveRules> {
  let byConfig = resolvedCache.get(rules);
  if (!byConfig) resolvedCache.set(rules, (byConfig = new WeakMap()));
  const key = config ?? NO_CONFIG;
  let resolved = byConfig.get(key);
  if (!resolved) byConfig.set(key, (resolved = resolveRules(rules, config)));
  return resolved;
}

/**
 * Runs the rules over one plan and returns its diagnostics, deduplicated and sorted by line then rule.
 * A rule that throws becomes one `other` diagnostic naming it; the others still run.
 *
 * @example
 * ```ts
 * import { check, genericRules } from "@cdsvn/checker";
 * const diagnostics = check({ plan, tree, rules: [...genericRules, ...plugin.rules], knowledge, locale: "vi" });
 * ```
 */
export function check(input: CheckInput): Diagnostic[] {
  const locale = input.locale ?? input.config?.locale ?? "vi";
  const tree = input.tree ?? null;
  const text = input.text || tree?.text || input.plan.facts?.text || "";
  const starts = lineIndex(text);
  const knowledge = input.knowledge;
  const planYear = input.config?.planYear ?? input.plan.meta.planYear;
  const province = input.config?.province ?? input.plan.meta.province;
  const out: Diagnostic[] = [];

  const { active, problems } = resolvedRules(input.rules, input.config);
  for (const p of problems) out.push(engineDiagnostic(p.ruleId, "invalidConfig", p.message));

  for (const { rule, severity, options } of active) {
    const meta = rule.meta;
    const produced: Diagnostic[] = [];
    const report = (r: RuleReport) => {
      const messages = meta.messages[locale];
      const template = messages[r.messageId] ?? meta.messages.vi[r.messageId];
      if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${r.messageId}"`);
      const span = r.span ?? null;
      const d: Diagnostic = {
        ruleId: meta.id,
        messageId: r.messageId,
        category: meta.category,
        severity: effectiveSeverity(severity, r.severity, r.confidence),
        message: interpolate(template, r.data, locale),
        span,
        line: span && text.length > 0 ? lineOf(starts, Math.min(span.start, text.length)) : null,
        path: r.path ?? null,
        ...(r.expected !== undefined ? { expected: r.expected } : {}),
        ...(r.actual !== undefined ? { actual: r.actual } : {}),
        ...(r.source ? { source: r.source } : {}),
        ...(r.suggestion ? { suggestion: r.suggestion } : {}),
        ...(r.data ? { data: { ...r.data } } : {}),
      };
      produced.push(d);
    };
    const context: RuleContext = { plan: input.plan, tree, text, options, planYear, province, knowledge, locale, report };
    try {
      visitPlan(input.plan, rule.create(context));
      out.push(...produced);
    } catch (e) {
      out.push(engineDiagnostic(meta.id, "ruleFailed", `rule ${meta.id} failed: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  return sortDiagnostics(dedupe(out));
}

/** A finding about the run itself (a failing rule, a bad config), category `other`, never silent. */
function engineDiagnostic(ruleId: string, messageId: string, message: string): Diagnostic {
  return { ruleId, messageId, category: "other", severity: "warning", message, span: null, line: null, path: null };
}

function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of list) {
    const key = [d.ruleId, d.messageId, d.span?.start, d.span?.end, d.path, d.message].join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** Whole-document findings first, then by line, rule and position. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) =>
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.span?.start ?? 0) - (b.span?.start ?? 0));
}
