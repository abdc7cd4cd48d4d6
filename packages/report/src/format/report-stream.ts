import type { FileReport } from "@cdsvn/core";
import type { Counts } from "../findings.ts";
import { reportHeading } from "../plan-labels.ts";
import type { FormatContext, FormatName } from "./context.ts";
import { htmlHead, htmlPart, htmlSectionStart, htmlTail } from "./html.ts";
import { jsonPart, jsonSeparator, jsonTail } from "./json.ts";
import { markdownHead, markdownPart } from "./markdown.ts";
import { SarifLog, sarifPart, type SarifPart } from "./sarif.ts";
import { stylishPart, stylishTail } from "./stylish.ts";

/**
 * A report written file by file, so a run over thousands of plans never holds them all: each file's
 * part is made where the file was analysed (`reportPart`, in a worker thread: plain data, cheap to post),
 * and a `ReportAssembler` puts the parts in order and writes what surrounds them. `formatReports` is
 * the same two steps over an array, so both ways give the same bytes.
 */
export interface ReportPart {
  readonly format: FormatName;
  /** The file's findings by severity (the run's totals are summed from these). */
  readonly counts: Counts;
  /** The file's text in the format, before its place in the run is known ("" for sarif: see `sarif`). */
  readonly text: string;
  /** What follows the text only when another file's part comes after it (markdown's blank lines). */
  readonly trailing: string;
  /** What the run's head and tail take from its first file (html: the page title, the engine version). */
  readonly heading: string;
  readonly engine: string | null;
  /** sarif: the file's results and the rules they name. */
  readonly sarif?: SarifPart;
}

/** One file's part of a report in `name`, from its report (and its text in `ctx.sources`, for quotes). */
export function reportPart(report: FileReport, name: FormatName, ctx: FormatContext): ReportPart {
  const base = { format: name, counts: { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos } };
  const first = { heading: name === "html" ? reportHeading(report) : "", engine: report.ruleset ? report.ruleset.engine : null };
  switch (name) {
    case "stylish": return { ...base, ...first, text: stylishPart(report, ctx), trailing: "" };
    case "json": return { ...base, ...first, text: jsonPart(report), trailing: "" };
    case "markdown": {
      // The report ends in exactly one newline: a section's closing blank lines are written only when another follows.
      const text = markdownPart(report, ctx);
      let end = text.length;
      while (end > 0 && text[end - 1] === "\n") end--;
      return { ...base, ...first, text: text.slice(0, end), trailing: text.slice(end) };
    }
    case "html": return { ...base, ...first, text: htmlPart(report, ctx), trailing: "" };
    case "sarif": return { ...base, ...first, text: "", trailing: "", sarif: sarifPart(report, ctx) };
  }
}

/**
 * Puts the parts of one report together, in the order they are added. `add` returns what goes between
 * what came before and the part's own text (which the caller writes after it, as it is: it may have
 * travelled as bytes); `head` and `tail` what goes before the first part and after the last.
 * When `live`, the head does not depend on the run (it is empty) and each part's text can be written
 * as soon as it is added; otherwise the head needs the run's totals and is known only at the end, so the
 * parts' text waits (in a file) behind it.
 */
export interface ReportAssembler {
  readonly live: boolean;
  add(part: ReportPart): string;
  head(): string;
  tail(): string;
}

/**
 * A new assembler for one report in `name`; `ctx` as the parts were made with (colour, locale).
 *
 * @example
 * ```ts
 * import { reportAssembler, reportPart } from "@cdsvn/report";
 * const ctx = { locale: "vi", color: false } as const;
 * const assembler = reportAssembler("json", ctx);
 * let body = "";
 * for (const r of [report]) {
 *   const part = reportPart(r, "json", ctx); // where the file was analysed
 *   body += assembler.add(part) + part.text;
 * }
 * const json = assembler.head() + body + assembler.tail(); // = formatReports([report], "json", ctx)
 * ```
 */
export function reportAssembler(name: FormatName, ctx: FormatContext): ReportAssembler {
  const all = { errors: 0, warnings: 0, infos: 0 };
  let count = 0;
  let first: ReportPart | null = null;
  const count1 = (part: ReportPart) => {
    all.errors += part.counts.errors;
    all.warnings += part.counts.warnings;
    all.infos += part.counts.infos;
    first ??= part;
    return count++;
  };
  switch (name) {
    case "stylish":
      return { live: true, head: () => "", add: (p) => (count1(p), ""), tail: () => stylishTail(all, ctx) };
    case "json":
      return { live: true, head: () => "", add: (p) => jsonSeparator(count1(p)), tail: () => jsonTail(count) };
    case "html":
      return { live: false, head: () => htmlHead(all, count, first, ctx), add: (p) => htmlSectionStart(count1(p)), tail: () => htmlTail(first, ctx) };
    case "markdown": {
      // A blank line after the head; a section's closing blank lines only when another section follows.
      let pending = "\n\n";
      return {
        live: false,
        head: () => markdownHead(all, count, ctx),
        add: (p) => {
          count1(p);
          const before = pending;
          pending = p.trailing;
          return before;
        },
        tail: () => "\n",
      };
    }
    case "sarif": {
      const log = new SarifLog(ctx);
      return { live: false, head: () => log.head(), add: (p) => (count1(p), log.add(p.sarif!)), tail: () => log.tail() };
    }
  }
}
