import type { Diagnostic, Severity } from "@cdsvn/core";
import { h } from "../dom.ts";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The plan's text with every located finding marked at its place. Findings may overlap, so the text
 * is cut at every span boundary; each piece covered by findings becomes one <mark> listing them
 * (data-findings) and coloured by the gravest. `findingIds[i]` is the id of `diagnostics[i]`.
 */
export function planText(text: string, diagnostics: readonly Diagnostic[], findingIds: readonly string[]): HTMLElement {
  const located = diagnostics
    .map((d, i) => ({ d, id: findingIds[i]!, start: clamp(d.span?.start, text), end: clamp(d.span?.end, text) }))
    .filter((x) => x.d.span !== null && x.start !== null && x.end !== null)
    .map((x) => ({ ...x, start: x.start!, end: Math.max(x.end!, x.start! + 1) }));
  const cuts = [...new Set([0, text.length, ...located.flatMap((x) => [x.start, Math.min(x.end, text.length)])])].sort((a, b) => a - b);
  const pre = h("pre", { class: "plan-text", lang: "vi" });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!, end = cuts[i + 1]!;
    if (end <= start) continue;
    const piece = text.slice(start, end);
    const covering = located.filter((x) => x.start < end && x.end > start);
    if (covering.length === 0) {
      pre.append(piece);
      continue;
    }
    const gravest = covering.reduce((a, b) => (RANK[b.d.severity] < RANK[a.d.severity] ? b : a)).d.severity;
    pre.append(h("mark", {
      class: `sev-${gravest}`,
      "data-findings": covering.map((x) => x.id).join(" "),
      title: covering.map((x) => x.d.message).join("\n"),
    }, piece));
  }
  return pre;
}

/** A span end inside the text (a span past the end, from a stale JSON, is cut to it). */
function clamp(n: number | undefined, text: string): number | null {
  return n === undefined ? null : Math.max(0, Math.min(n, text.length));
}
