import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { FileReport } from "@cdsvn/core";
import { sampleReport } from "./sample.ts";

/** What the field sends: XML-invalid characters, terminal escapes, formula triggers, markup, bidi. */
export const HOSTILE = [
  "\uFFFF", "\uFFFE", "\u0000", "\u0007", "\u001b[31m", "\u001b]0;pwned\u0007", "\u009b2J", "\ud800", "\u202e",
  "=HYPERLINK(\"http:\\\\evil.example\",\"Xem\")", "-2+3+cmd|' /C calc'!A0", "+1", "@SUM(A1)", "\tTAB", "\rCR",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "line\n<b>two</b>", "a|b`c*d_e[f](g)", "&amp;",
] as const;

/** The sample report with `text` put into every string a person reads: file, title, findings, comparison. */
export function hostileReport(text: string, file = `plans/${text}.txt`): FileReport {
  const r = sampleReport();
  const plan = r.plan!;
  return {
    ...r,
    file,
    plan: {
      ...plan,
      meta: { ...plan.meta, title: `Kế hoạch ${text}`, unitName: text, documentNumber: text },
      indicators: plan.indicators.map((i) => ({ ...i, text: `${text} ${i.text}` })),
      tasks: plan.tasks.map((task) => ({ ...task, name: text, lead: text })),
      budget: { ...plan.budget, lines: plan.budget.lines.map((l) => ({ ...l, content: text, unit: text })) },
      legalBases: plan.legalBases.map((b) => ({ ...b, symbol: text, title: text })),
    },
    diagnostics: r.diagnostics.map((d) => ({ ...d, ruleId: `${d.ruleId}${text}`, message: `${d.message} ${text}`, suggestion: text, source: d.source ? { ...d.source, article: text } : d.source })),
    comparison: { ...r.comparison!, frameworkId: text, items: [...r.comparison!.items.map((i) => ({ ...i, name: text })), { code: null, name: text, status: "extra", required: null, planned: { comparator: "=", value: 1, unit: "%", raw: text }, planIndicators: [0], source: null }] },
  };
}

/** Throws unless `xml` is well-formed XML 1.0 (saxes is a conforming, non-validating parser). */
export function assertWellFormed(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | null = null;
  parser.on("error", (e) => { failure ??= e; });
  parser.write(xml).close();
  if (failure) throw new Error(`${part}: ${(failure as Error).message}`);
}

/** Every XML part of an Office zip, parsed. */
export function assertOfficeZipWellFormed(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  const xml: Record<string, string> = {};
  for (const [name, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    xml[name] = new TextDecoder("utf-8", { fatal: true }).decode(data);
    assertWellFormed(xml[name]!, name);
  }
  return xml;
}

/** Tags an HTML report writes; anything else came from the input. */
export const OWN_TAGS = new Set(["!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "div", "b", "main", "section", "dl", "dt", "dd", "ol", "li", "span", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "footer"]);
