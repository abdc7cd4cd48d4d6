import type { Diagnostic, FileReport, Severity } from "@cdsvn/core";
import { makeQuoter, sectionOf } from "../findings.ts";
import { t } from "../messages.ts";
import type { FormatContext } from "./context.ts";

const TOOL_URI = "https://github.com/cdsvn/cds";

/** SARIF levels: our "info" is SARIF's "note". */
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * A path as a SARIF artifact URI: relative paths stay relative (to %SRCROOT%, the folder the tool ran
 * in), absolute ones become file: URLs; every segment percent-encoded, so Vietnamese names and
 * spaces are valid URI references.
 */
export function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  // A lone surrogate (a broken file name) cannot be percent-encoded; it becomes U+FFFD.
  const slashed = file.replace(/\\/g, "/").replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
  const encoded = slashed.split("/").map((seg, i) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join("/");
  if (slashed.startsWith("/")) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encoded}` };
  return { uri: encoded, uriBaseId: "%SRCROOT%" };
}

/**
 * SARIF 2.1.0, one run for all files, so findings show up in code-scanning tools. Rules are the ones
 * that reported; line numbers and the quoted line locate each finding (character offsets are into
 * the normalised text, not the file's bytes, so they travel as properties, not as a region).
 */
export function formatSarif(reports: readonly FileReport[], ctx: FormatContext, toolVersion = "0.1.0"): string {
  const ruleIndex = new Map<string, number>();
  const rules: Array<Record<string, unknown>> = [];
  const artifacts = reports.map((r) => ({ location: artifactUri(r.file) }));
  const results: Array<Record<string, unknown>> = [];
  const notifications: Array<Record<string, unknown>> = [];

  reports.forEach((report, artifactIndex) => {
    if (report.plan === null && report.diagnostics.length === 0) {
      notifications.push({ level: "error", message: { text: `${report.file}: ${t(ctx.locale, "report.unreadable")}` }, locations: [{ physicalLocation: { artifactLocation: { ...artifactUri(report.file), index: artifactIndex } } }] });
    }
    const quote = makeQuoter(ctx.sources?.get(report.file));
    for (const d of report.diagnostics) {
      let index = ruleIndex.get(d.ruleId);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(d.ruleId, index);
        rules.push({ id: d.ruleId, defaultConfiguration: { level: LEVEL[d.severity] }, properties: { category: d.category } });
      }
      results.push(result(d, index, artifactIndex, report.file, quote(d)));
    }
  });

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "cds", informationUri: TOOL_URI, version: toolVersion, semanticVersion: toolVersion, language: ctx.locale, rules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        artifacts,
        results,
        columnKind: "unicodeCodePoints",
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function result(d: Diagnostic, ruleIndex: number, artifactIndex: number, file: string, quoted: string | null): Record<string, unknown> {
  const artifactLocation = { ...artifactUri(file), index: artifactIndex };
  const region: Record<string, unknown> | undefined =
    d.line === null ? undefined : { startLine: d.line, ...(d.column ? { startColumn: d.column } : {}), ...(quoted ? { snippet: { text: quoted } } : {}) };
  const properties: Record<string, unknown> = { category: d.category, section: sectionOf(d), messageId: d.messageId };
  if (d.path) properties.path = d.path;
  if (d.span) properties.span = d.span;
  if (d.expected !== undefined) properties.expected = d.expected;
  if (d.actual !== undefined) properties.actual = d.actual;
  if (d.source) properties.source = d.source;
  if (d.suggestion) properties.suggestion = d.suggestion;
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation, ...(region ? { region } : {}) }, ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: "member" }] } : {}) }],
    properties,
  };
}
