import { extname, join, relative } from "node:path";
import { message, type Locale } from "@cdsvn/core";
import type { AnalyzeOptions } from "@cdsvn/engine";
import { BatchSummaryBuilder, countsLine, exportSummaryCsv, exportSummaryJson, exportSummaryXlsx, type BatchSummary, type Unreadable } from "@cdsvn/report";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { FindingsFound, SomeInputsFailed, UsageError } from "../errors.ts";
import { userPath } from "../io/user-path.ts";
import { runFiles, type RunFlags } from "../pipeline.ts";
import { partWants, ReportWriter, reportFormats, writing } from "../report-output.ts";
import { listFiles } from "./collect.ts";
import { progress } from "./progress.ts";
import { plainLines, plainText } from "../io/terminal-text.ts";
import { writeFileAtomic } from "../io/write-output.ts";

export interface BatchOptions {
  /** The folder, as the user typed it. */
  readonly dir: string;
  /** The flags the workers build their engines from (per config), `--province` as typed. */
  readonly flags: RunFlags;
  /** What each plan is analysed for: the year, compare. */
  readonly options: Omit<AnalyzeOptions, "province" | "locale">;
  /** Where to write the summary (.xlsx, .json or .csv); null: none. */
  readonly summary: string | null;
  /** `--format` values for the full per-plan reports (none: just the overview on stdout). */
  readonly formats?: readonly string[];
}

const WORDS = {
  vi: { unreadable: "Không đọc được", plans: "kế hoạch", met: "đạt", none: "không có tệp nào trong thư mục", summary: "Tổng hợp" },
  en: { unreadable: "Unreadable", plans: "plans", met: "met", none: "the folder holds no files", summary: "Summary" },
} as const;

/** The summary file, by extension: .xlsx workbook, .json data, or .csv (one row per plan). */
async function writeSummary(path: string, summary: BatchSummary, locale: Locale): Promise<void> {
  // Whole or not at all: a full disk leaves the previous summary in place (io/write-output.ts).
  const writeFile = (p: string, data: string | Uint8Array) => writeFileAtomic({ shown: p, path: p }, data);
  const ext = extname(path).toLowerCase();
  if (ext === ".json") return writeFile(path, exportSummaryJson(summary));
  if (ext === ".csv") return writeFile(path, exportSummaryCsv(summary, locale));
  return writeFile(path, await exportSummaryXlsx(summary, locale));
}

/**
 * `cds compare <folder>`: every file in the folder through parse → validate → compare, progress on
 * stderr, a one-line overview per plan on stdout, and the province summary. A file that cannot be
 * read, is empty or is not a plan is listed with the reason and never stops the run.
 * Exit: 0 all plans read, no error-level findings · 1 error-level findings, or some files unreadable ·
 * 2 nothing in the folder could be read (or the folder is empty / missing).
 */
export const runBatch = (options: BatchOptions) =>
  Effect.gen(function* () {
    const locale = options.flags.lang;
    const w = WORDS[locale];
    const root = userPath(options.dir);
    const files = yield* Effect.tryPromise({ try: () => listFiles(root), catch: (e) => new UsageError({ message: message(locale, "cli.input.cannotListFolder", { dir: options.dir, detail: e instanceof Error ? e.message : String(e) }) }) });
    if (files.length === 0) return yield* new UsageError({ message: `${options.dir}: ${w.none}` });

    const unreadable: Unreadable[] = [];
    const rows = new BatchSummaryBuilder();
    let plans = 0;
    const bar = progress(files.length);
    // Shown as the user named it: the folder as typed, then the path inside it.
    const shownAs = (path: string) => join(options.dir, relative(root, path));
    const specs = (options.formats ?? []).length > 0 ? yield* reportFormats(options.formats ?? []) : [];
    const reportOnStdout = specs.some((spec) => spec.output === null);
    // The report goes to stdout as it comes (the overview then goes to stderr), each file's part written at once.
    const report = yield* writing(locale, () => ReportWriter.open(specs, { locale, stdoutLive: true }));
    const wants = { formats: partWants(specs), summary: true, table: false, provinceNote: false, notComparedNote: false, full: false };
    const prepared = yield* runFiles(files.map((file) => ({ file, shown: shownAs(file) })), options.flags, wants, options.options, (i, r) =>
      Effect.gen(function* () {
        const shown = shownAs(files[i]!);
        bar.tick(shown);
        if (r._tag === "Failure") unreadable.push({ file: shown, reason: r.error.reason });
        else {
          plans++;
          rows.add(r.done.entry!);
          yield* writing(locale, () => report.add(r.done.parts));
        }
      }),
    ).pipe(Effect.onError(() => Effect.promise(() => report.abort())));
    bar.done();

    const summary = rows.summary(unreadable, prepared.province);
    const lines: string[] = [];
    for (const row of summary.rows) {
      const met = Object.values(row.cells).filter((c) => c.status === "met").length;
      const of = Object.keys(row.cells).length;
      lines.push(`${row.file}  ${row.unit ?? "?"} ${row.planYear ?? "?"} · ${countsLine(locale, row)}${of > 0 ? ` · ${w.met} ${met}/${of}` : ""}`);
    }
    if (unreadable.length > 0) {
      lines.push("", `${w.unreadable} (${unreadable.length}):`);
      for (const u of unreadable) lines.push(`  ${u.file}: ${u.reason}`);
    }
    const totals = summary.rows.reduce((t, r) => ({ errors: t.errors + r.errors, warnings: t.warnings + r.warnings, infos: t.infos + r.infos }), { errors: 0, warnings: 0, infos: 0 });
    lines.push("", `${w.summary}: ${summary.rows.length}/${files.length} ${w.plans} · ${countsLine(locale, totals)}`);
    // The overview goes to stdout, unless a --format report does: then stdout holds that report alone.
    yield* (reportOnStdout ? Console.error : Console.log)(plainLines(lines.join("\n")));

    yield* writing(locale, () => report.finish());
    if (options.summary !== null) {
      const target = userPath(options.summary);
      yield* Effect.tryPromise({ try: () => writeSummary(target, summary, locale), catch: (e) => new UsageError({ message: `${options.summary}: ${message(locale, "cli.file.cannotWrite", { detail: e instanceof Error ? e.message : String(e) })}` }) });
      yield* Console.error(plainText(`cds: ${target}`));
    }

    if (plans === 0) return yield* new SomeInputsFailed({ failed: unreadable.length });
    if (totals.errors > 0 || unreadable.length > 0) return yield* new FindingsFound({ errors: totals.errors });
  });
