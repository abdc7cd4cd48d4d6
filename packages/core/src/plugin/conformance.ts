import { Category } from "../model/diagnostic.ts";
import { nfc } from "../text/normalize.ts";
import { PluginData, type ProvincePlugin } from "./contract.ts";

/** One way a plugin breaks the contract, with a JSON-Pointer-like path to the offending datum. */
export interface PluginProblem {
  readonly code:
    | "schema"
    | "not-nfc"
    | "duplicate-framework"
    | "duplicate-indicator"
    | "duplicate-document"
    | "duplicate-rule"
    | "unsourced-target"
    | "target-outside-framework"
    | "target-level"
    | "confidence"
    | "wrong-province"
    | "unknown-extends"
    | "unknown-alias-code"
    | "rule-id"
    | "rule-docs"
    | "rule-messages"
    | "config-rule";
  readonly path: string;
  readonly message: string;
}

/**
 * What `checkPlugin` may take as known beyond the plugin itself: the national indicator codes and the
 * generic rule ids (the engine's `pluginProblems` passes both).
 */
export interface ConformanceOptions {
  /** Codes of the national indicators a province indicator may extend, and aliases may name. */
  readonly nationalCodes?: readonly string[];
  /** Rule ids the recommended config may set besides the plugin's own (the generic rules). */
  readonly knownRuleIds?: readonly string[];
}

/**
 * The conformance kit: every check a province plugin must pass, as a pure function returning the
 * problems found (none for a conforming plugin), each with a code, a JSON-Pointer-like path and a
 * message. Never throws. A plugin loaded from outside is refused when it has any (the engine's
 * `pluginProblems`), so every plugin's test runs it.
 *
 * @example
 * ```ts
 * import { checkPlugin } from "@cdsvn/core";
 * import { expect, it } from "vitest";
 * import plugin from "../src/index.ts";
 *
 * it("conforms", () => expect(checkPlugin(plugin)).toEqual([]));
 * ```
 */
export function checkPlugin(plugin: ProvincePlugin, options: ConformanceOptions = {}): PluginProblem[] {
  const problems: PluginProblem[] = [];
  const add = (code: PluginProblem["code"], path: string, message: string) => problems.push({ code, path, message });

  const data = {
    meta: plugin.meta,
    frameworks: plugin.frameworks,
    documents: plugin.documents,
    recommendedConfig: plugin.recommendedConfig,
    indicatorAliases: plugin.indicatorAliases,
    units: plugin.units,
  };
  const parsed = PluginData.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add("schema", `/${issue.path.join("/")}`, issue.message);
    return problems; // the checks below assume the shapes are right
  }
  walkStrings(data, "", (value, path) => {
    if (value !== nfc(value)) add("not-nfc", path, `text is not NFC: ${JSON.stringify(value.slice(0, 40))}`);
  });

  const id = plugin.meta.id;
  if (!plugin.meta.names.includes(plugin.meta.name)) add("schema", "/meta/names", `names must include the name "${plugin.meta.name}"`);

  // Frameworks: unique ids, own province, unique codes, every target sourced and inside the framework.
  const frameworkIds = new Set<string>();
  const ownCodes = new Set<string>();
  const national = new Set(options.nationalCodes ?? []);
  plugin.frameworks.forEach((fw, f) => {
    const at = `/frameworks/${f}`;
    if (frameworkIds.has(fw.id)) add("duplicate-framework", at, `framework id "${fw.id}" is used twice`);
    frameworkIds.add(fw.id);
    if (fw.province !== id) add("wrong-province", `${at}/province`, `framework "${fw.id}" must have province "${id}"`);
    if (fw.level !== "province") add("schema", `${at}/level`, `a plugin framework has level "province"`);
    if (fw.documents.length === 0) add("unsourced-target", `${at}/documents`, `framework "${fw.id}" names no source document`);
    const codes = new Set<string>();
    fw.indicators.forEach((ind, i) => {
      const ip = `${at}/indicators/${i}`;
      if (codes.has(ind.code)) add("duplicate-indicator", ip, `indicator code "${ind.code}" is used twice in "${fw.id}"`);
      codes.add(ind.code);
      ownCodes.add(ind.code);
      if (ind.extends && options.nationalCodes && !national.has(ind.extends)) {
        add("unknown-extends", `${ip}/extends`, `"${ind.code}" extends unknown national indicator "${ind.extends}"`);
      }
      if (ind.targets.length === 0) add("unsourced-target", `${ip}/targets`, `indicator "${ind.code}" has no target`);
      ind.targets.forEach((t, k) => {
        const tp = `${ip}/targets/${k}`;
        if (t.source.document.trim() === "") add("unsourced-target", `${tp}/source`, `target of "${ind.code}" has no source document`);
        if (t.from > t.to || t.from < fw.years.from || t.to > fw.years.to) {
          add("target-outside-framework", tp, `target ${t.from}–${t.to} of "${ind.code}" is outside ${fw.years.from}–${fw.years.to}`);
        }
        if (!ind.levels.includes(t.level)) add("target-level", `${tp}/level`, `target level "${t.level}" is not among the levels of "${ind.code}"`);
        // A figure copied from a commune plan stays "derived", whatever the plan claims about it.
        if (fw.confidence === "derived" && t.confidence !== "derived") {
          add("confidence", `${tp}/confidence`, `a target of a derived framework must be "derived", not "${t.confidence}"`);
        }
        if (t.comparator === "range" && (t.max === null || t.max === undefined)) add("schema", `${tp}/max`, `a range target needs "max"`);
      });
    });
  });

  // Documents: unique symbols, own province.
  const symbols = new Set<string>();
  plugin.documents.forEach((doc, d) => {
    const at = `/documents/${d}`;
    if (symbols.has(doc.symbol)) add("duplicate-document", at, `document "${doc.symbol}" is listed twice`);
    symbols.add(doc.symbol);
    if (doc.province !== id) add("wrong-province", `${at}/province`, `document "${doc.symbol}" must have province "${id}"`);
    if (doc.source.document.trim() === "") add("unsourced-target", `${at}/source`, `document "${doc.symbol}" has no source`);
  });

  for (const code of Object.keys(plugin.indicatorAliases ?? {})) {
    if (!ownCodes.has(code) && !national.has(code) && options.nationalCodes) {
      add("unknown-alias-code", `/indicatorAliases/${code}`, `aliases for unknown indicator "${code}"`);
    }
  }

  // Rules: namespaced, unique, documented in both locales, with the same messages in both.
  const ruleIds = new Set<string>();
  plugin.rules.forEach((rule, r) => {
    const at = `/rules/${r}`;
    const m = rule.meta;
    if (!m.id.startsWith(`${id}/`)) add("rule-id", `${at}/meta/id`, `rule id "${m.id}" must start with "${id}/"`);
    if (ruleIds.has(m.id)) add("duplicate-rule", at, `rule id "${m.id}" is used twice`);
    ruleIds.add(m.id);
    if (!m.docs.description.vi.trim() || !m.docs.description.en.trim()) add("rule-docs", `${at}/meta/docs/description`, `rule "${m.id}" needs a description in vi and en`);
    if (!m.docs.url.trim()) add("rule-docs", `${at}/meta/docs/url`, `rule "${m.id}" needs a docs url`);
    const vi = Object.keys(m.messages.vi).sort(), en = Object.keys(m.messages.en).sort();
    if (vi.length === 0) add("rule-messages", `${at}/meta/messages`, `rule "${m.id}" has no messages`);
    if (vi.join() !== en.join()) add("rule-messages", `${at}/meta/messages`, `rule "${m.id}" has different messageIds in vi (${vi}) and en (${en})`);
    if (!Category.safeParse(m.category).success) add("rule-docs", `${at}/meta/category`, `rule "${m.id}" has an unknown category`);
  });

  for (const key of Object.keys(plugin.recommendedConfig.rules ?? {})) {
    const known = ruleIds.has(key) || (options.knownRuleIds ?? []).includes(key) || !key.startsWith(`${id}/`);
    if (!known) add("config-rule", `/recommendedConfig/rules/${key}`, `recommended config sets unknown rule "${key}"`);
  }
  return problems;
}

function walkStrings(value: unknown, path: string, visit: (s: string, path: string) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${path}/${i}`, visit));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walkStrings(v, `${path}/${k}`, visit);
}
