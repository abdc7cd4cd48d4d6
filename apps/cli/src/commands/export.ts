import { basename, extname } from "node:path";
import type { FileReport, Locale } from "@cdsvn/core";
import { exportDocx, exportXlsx } from "@cdsvn/report";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Command, Flag } from "effect/cli";
import { SomeInputsFailed } from "../errors.ts";
import { userPath } from "../io/user-path.ts";
import { engineFlags, jobsFlag, files, lang, province } from "../options.ts";
import { checkInputs } from "../pipeline.ts";
import { plainText } from "../io/terminal-text.ts";
import { claimOutputs } from "../io/write-output.ts";
import { partWants, ReportWriter, writeError, writing } from "../report-output.ts";
import { CsvOutput } from "../csv-output.ts";
import type { Prepared } from "../batch/analyze-protocol.ts";

const to = Flag.Literals("to", ["json", "csv", "xlsx", "docx"]).pipe(Flag.withDescription("Export format: json (plan + findings + comparison), csv (one file per table), xlsx (workbook), docx (review report)"));
const output = Flag.String("output").pipe(
  Flag.withAlias("o"),
  Flag.withDescription("Where to write: a file (json, xlsx, docx; json defaults to stdout) or a folder (csv)"),
  Flag.optional,
);

/** Default output next to where the user is: "<plan stem>.<ext>", or "cds-export.<ext>" for several plans. */
function defaultOutput(inputs: readonly string[], ext: string): string {
  const stem = inputs.length === 1 ? basename(inputs[0]!, extname(inputs[0]!)) : "cds-export";
  return ext === "csv" ? `${stem}-csv` : `${stem}.${ext}`;
}

/** Writes files whole or not at all (temporary names, then renamed into place; see io/write-output.ts). */
const write = (files: readonly { readonly path: string; readonly data: string | Uint8Array }[], locale: Locale) =>
  Effect.tryPromise({
    try: async () => {
      const claimed = await claimOutputs(files.map((f) => ({ shown: f.path, path: f.path })));
      await claimed.commit(new Map(files.map((f) => [f.path, f.data])));
    },
    catch: writeError(locale),
  });

/**
 * `cds export <file…> --to json|csv|xlsx|docx [-o path]`: parse, validate and compare each file the
 * way `compare` does, then write what reviewers and other systems consume. Findings do not change the
 * exit code here (the export is the product); unreadable inputs do (2), after the rest is written.
 */
export const exportCommand = Command.make(
  "export",
  { files, to, output, province, lang, ...engineFlags, jobs: jobsFlag },
  Effect.fn(function* ({ files, to, output, province, lang, config, plugin, framework, jobs }) {
    const flags = { config, plugin, framework, lang, jobs: Option.getOrUndefined(jobs), province: Option.getOrNull(province) };
    const target = Option.getOrUndefined(output);
    const options = { compare: true, base: to === "docx" };
    let failed: number;
    switch (to) {
      case "json": {
        // The JSON export is the array of reports `--format json` writes: written plan by plan as it comes.
        const specs = [{ format: "json" as const, output: target === undefined || target === "-" ? null : target }];
        const report = yield* writing(lang, () => ReportWriter.open(specs, { locale: lang, stdoutLive: true }));
        const wants = { formats: partWants(specs), summary: false, table: false, provinceNote: true, notComparedNote: false, full: false };
        ({ failed } = yield* checkInputs(files, flags, wants, options, (_file, done) => writing(lang, () => report.add(done.parts))).pipe(
          Effect.onError(() => Effect.promise(() => report.abort())),
        ));
        yield* writing(lang, () => report.finish());
        break;
      }
      case "csv": {
        // One file per table, each plan's rows appended as they come (made in the worker).
        const dir = userPath(target ?? defaultOutput(files, "csv"));
        const csv = new CsvOutput(dir, lang);
        const wants = { formats: [], summary: false, table: false, provinceNote: true, notComparedNote: false, csv: true, full: false };
        let written = 0;
        ({ failed } = yield* checkInputs(files, flags, wants, options, (_file, done) => (written++, writing(lang, () => csv.add(done.csv!)))).pipe(
          Effect.onError(() => Effect.promise(() => csv.abort())),
        ));
        yield* writing(lang, () => csv.finish());
        if (written > 0) yield* Console.error(plainText(`cds: ${dir}/ (${csv.names.join(", ")})`));
        break;
      }
      case "xlsx":
      case "docx": {
        // The workbook and the review document are built whole from every plan: the reports come back whole.
        const wants = { formats: [], summary: false, table: false, provinceNote: true, notComparedNote: false, full: true };
        const reports: FileReport[] = [];
        const sources = new Map<string, string>();
        let prepared: Prepared;
        ({ failed, prepared } = yield* checkInputs(files, flags, wants, options, (file, done) =>
          Effect.sync(() => {
            reports.push(done.full!.report);
            if (to === "docx") sources.set(file, done.full!.text);
          }),
        ));
        if (reports.length === 0) break;
        const path = userPath(target ?? defaultOutput(files, to));
        const data =
          to === "xlsx"
            ? yield* Effect.promise(() => exportXlsx(reports, lang))
            : // The review header (issuing body, number, place, date, signer) from the config's `review`.
              yield* Effect.promise(() => exportDocx(reports, { locale: lang, sources, header: prepared.review }));
        yield* write([{ path, data }], lang);
        yield* Console.error(plainText(`cds: ${path}`));
        break;
      }
    }
    if (failed > 0) return yield* new SomeInputsFailed({ failed });
  }),
).pipe(Command.withDescription("Export plans with their findings and comparison: json, csv (one file per table), xlsx, docx review report"));
