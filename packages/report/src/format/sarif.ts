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

/** One file's share of the SARIF log: its artifact, its results, the rules they name (places filled in by `SarifLog.add`). */
export interface SarifPart {
  readonly artifact: { uri: string; uriBaseId?: string };
  readonly notification: Record<string, unknown> | null;
  readonly rules: ReadonlyArray<{ readonly id: string; readonly level: string; readonly category: string }>;
  readonly results: ReadonlyArray<Record<string, unknown>>;
}

/**
 * A file's results for the log, with the rules they name in the order they first appear; the rule and
 * artifact indices are the run's, so `SarifLog.add` sets them.
 */
export function sarifPart(report: FileReport, ctx: FormatContext): SarifPart {
  const artifact = artifactUri(report.file);
  const notification =
    report.plan === null && report.diagnostics.length === 0
      ? { level: "error", message: { text: `${report.file}: ${t(ctx.locale, "report.unreadable")}` }, locations: [{ physicalLocation: { artifactLocation: { ...artifact, index: -1 } } }] }
      : null;
  const quote = makeQuoter(ctx.sources?.get(report.file));
  const rules: Array<{ id: string; level: string; category: string }> = [];
  const seen = new Set<string>();
  const results = report.diagnostics.map((d) => {
    if (!seen.has(d.ruleId)) {
      seen.add(d.ruleId);
      rules.push({ id: d.ruleId, level: LEVEL[d.severity], category: d.category });
    }
    return result(d, -1, -1, report.file, quote(d));
  });
  return { artifact, notification, rules, results };
}

/** Where the results sit in the log written with two-space indentation: runs → run → results → element. */
const RESULT_INDENT = " ".repeat(8);
/** Stands for the results in the log's skeleton; the last of its kind in the text (only columnKind follows). */
const RESULTS_MARK = "__cds_sarif_results__";

/**
 * SARIF 2.1.0, one run for all files, so findings show up in code-scanning tools. Rules are the ones
 * that reported; line numbers and the quoted line locate each finding (character offsets are into
 * the normalised text, not the file's bytes, so they travel as properties, not as a region).
 * The rule table and the artifacts come before the results in the log and are known only once every
 * file is in, so `add` gives each file's results as text at once (the caller keeps it aside, not the
 * objects) and `head`/`tail` write the rest at the end: the same bytes as `JSON.stringify(log, null, 2)`.
 */
export class SarifLog {
  private readonly ruleIndex = new Map<string, number>();
  private readonly rules: Array<Record<string, unknown>> = [];
  private readonly artifacts: Array<Record<string, unknown>> = [];
  private readonly notifications: Array<Record<string, unknown>> = [];
  private readonly ctx: FormatContext;
  private readonly toolVersion: string;
  private resultCount = 0;
  constructor(ctx: FormatContext, toolVersion = "0.1.0") {
    this.ctx = ctx;
    this.toolVersion = toolVersion;
  }

  /** Takes in one file's part; returns its results as they stand in the log's results array (with the separators before them). */
  add(part: SarifPart): string {
    const artifactIndex = this.artifacts.length;
    this.artifacts.push({ location: part.artifact });
    if (part.notification) {
      const n = structuredClone(part.notification) as { locations: Array<{ physicalLocation: { artifactLocation: { index: number } } }> };
      n.locations[0]!.physicalLocation.artifactLocation.index = artifactIndex;
      this.notifications.push(n);
    }
    for (const rule of part.rules) {
      if (this.ruleIndex.has(rule.id)) continue;
      this.ruleIndex.set(rule.id, this.rules.length);
      this.rules.push({ id: rule.id, defaultConfiguration: { level: rule.level }, properties: { category: rule.category } });
    }
    let text = "";
    for (const r of part.results) {
      const placed: Record<string, unknown> = { ...r, ruleIndex: this.ruleIndex.get(r.ruleId as string)! };
      const [location] = r.locations as Array<{ physicalLocation: { artifactLocation: Record<string, unknown> } }>;
      const physicalLocation = { ...location!.physicalLocation, artifactLocation: { ...location!.physicalLocation.artifactLocation, index: artifactIndex } };
      placed.locations = [{ ...location, physicalLocation }];
      text += `${this.resultCount++ === 0 ? "" : ","}\n${RESULT_INDENT}${JSON.stringify(placed, null, 2).replaceAll("\n", `\n${RESULT_INDENT}`)}`;
    }
    return text;
  }

  /** The log up to its first result. */
  head(): string {
    const skeleton = this.skeleton();
    return `${skeleton.slice(0, skeleton.lastIndexOf(`"${RESULTS_MARK}"`))}[`;
  }

  /** The log after its last result. */
  tail(): string {
    const skeleton = this.skeleton();
    const after = skeleton.slice(skeleton.lastIndexOf(`"${RESULTS_MARK}"`) + RESULTS_MARK.length + 2);
    return `${this.resultCount === 0 ? "" : `\n${RESULT_INDENT.slice(2)}`}]${after}`;
  }

  /** The whole log, the results written as a mark. */
  private skeleton(): string {
    const { ctx, toolVersion, rules, notifications, artifacts } = this;
    const log = {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "cds", informationUri: TOOL_URI, version: toolVersion, semanticVersion: toolVersion, language: ctx.locale, rules } },
          invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
          artifacts,
          results: RESULTS_MARK,
          columnKind: "unicodeCodePoints",
        },
      ],
    };
    return JSON.stringify(log, null, 2);
  }
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
