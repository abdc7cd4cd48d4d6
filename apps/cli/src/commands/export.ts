import { basename, dirname, extname, join } from "node:path";
import type { FileReport, Locale } from "@cdsvn/core";
import { exportCsv, exportDocx, exportJson, exportXlsx } from "@cdsvn/report";
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
import { writeError } from "../report-output.ts";

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
    // The workbook, the CSV tables and the review document hold every plan: the whole reports come back.
    const wants = { formats: [], summary: false, table: false, provinceNote: true, notComparedNote: false, full: true };
    const reports: FileReport[] = [];
    const sources = new Map<string, string>();
    const { failed, prepared } = yield* checkInputs(files, flags, wants, { compare: true, base: to === "docx" }, (file, done) =>
      Effect.sync(() => {
        reports.push(done.full!.report);
        sources.set(file, done.full!.text);
      }),
    );
    if (reports.length === 0) return yield* new SomeInputsFailed({ failed });
    const target = Option.getOrUndefined(output);
    switch (to) {
      case "json": {
        const text = exportJson(reports);
        if (target === undefined || target === "-") yield* Console.log(text.trimEnd());
        else yield* write([{ path: userPath(target), data: text }], lang);
        break;
      }
      case "csv": {
        const dir = userPath(target ?? defaultOutput(files, "csv"));
        const written = exportCsv(reports, lang);
        yield* write(written.map((f) => ({ path: join(dir, f.name), data: f.content })), lang);
        yield* Console.error(plainText(`cds: ${dir}/ (${written.map((f) => f.name).join(", ")})`));
        break;
      }
      case "xlsx": {
        const path = userPath(target ?? defaultOutput(files, "xlsx"));
        yield* write([{ path, data: yield* Effect.promise(() => exportXlsx(reports, lang)) }], lang);
        yield* Console.error(plainText(`cds: ${path}`));
        break;
      }
      case "docx": {
        // The review header (issuing body, number, place, date, signer) from the config's `review`.
        const header = prepared.review;
        const path = userPath(target ?? defaultOutput(files, "docx"));
        yield* write([{ path, data: yield* Effect.promise(() => exportDocx(reports, { locale: lang, sources, header })) }], lang);
        yield* Console.error(plainText(`cds: ${path}`));
        break;
      }
    }
    if (failed > 0) return yield* new SomeInputsFailed({ failed });
  }),
).pipe(Command.withDescription("Export plans with their findings and comparison: json, csv (one file per table), xlsx, docx review report"));
