import type { Diagnostic, FileReport, Severity } from "@cdsvn/core";
import { palette, type Palette } from "../color.ts";
import { findingNotes, groupBySection, makeQuoter, sectionTitle, type Counts } from "../findings.ts";
import { countsLine, severityLabel, t } from "../messages.ts";
import { terminalSafe } from "../safe-text.ts";
import type { FormatContext } from "./context.ts";

/** Plan text, file names and rule ids reach the terminal without control or escape characters. */
const tty = (s: string) => terminalSafe(s).replace(/[\t\n]+/g, " ");

/**
 * The terminal view (ESLint's "stylish"): for each file, findings grouped by section, each with its line,
 * severity, message and rule id, and the quoted source line under it; then one summary line.
 * One file's block: a file without findings shows nothing (the summary line counts it).
 */
export function stylishPart(report: FileReport, ctx: FormatContext): string {
  if (report.diagnostics.length === 0 && report.plan !== null) return "";
  const c = palette(ctx.color);
  const out: string[] = [];
  out.push(c.underline(tty(report.file)));
  if (report.plan === null && report.diagnostics.length === 0) out.push(`  ${c.red(t(ctx.locale, "report.unreadable"))}`);
  const quote = makeQuoter(ctx.sources?.get(report.file));
  for (const group of groupBySection(report.diagnostics)) {
    out.push(`  ${c.bold(sectionTitle(ctx.locale, group.section))}`);
    for (const d of group.items) {
      out.push(findingLine(d, ctx, c));
      const q = quote(d);
      if (q !== null) out.push(`${" ".repeat(10)}${c.dim(`│ ${tty(q)}`)}`);
      const notes = findingNotes(ctx.locale, d);
      if (notes.suggestion) out.push(`${" ".repeat(10)}${c.dim(`${t(ctx.locale, "report.suggestion")}: ${tty(notes.suggestion)}`)}`);
    }
  }
  // A blank line after each file's block.
  return `${out.join("\n")}\n\n`;
}

/** The summary line that ends the view, from the run's counts. */
export function stylishTail(all: Counts, ctx: FormatContext): string {
  const c = palette(ctx.color);
  const line = countsLine(ctx.locale, all);
  if (all.errors + all.warnings + all.infos === 0) return `${t(ctx.locale, "report.noFindings")} (${line})`;
  return c.bold(all.errors > 0 ? c.red(`✖ ${line}`) : c.yellow(`⚠ ${line}`));
}

function findingLine(d: Diagnostic, ctx: FormatContext, c: Palette): string {
  const where = d.line === null ? "" : `${d.line}${d.column ? `:${d.column}` : ""}`;
  const label = severityLabel(ctx.locale, d.severity);
  const source = findingNotes(ctx.locale, d).source;
  const extra = source ? ` ${c.dim(`[${tty(source)}]`)}` : "";
  return `    ${c.dim(where.padStart(5))}  ${paint(c, d.severity)(label.padEnd(9))} ${tty(d.message)}${extra}  ${c.dim(tty(d.ruleId))}`;
}

function paint(c: Palette, severity: Severity): (s: string) => string {
  return severity === "error" ? c.red : severity === "warning" ? c.yellow : c.blue;
}
