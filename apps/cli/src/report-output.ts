import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { FileReport, Locale } from "@cdsvn/core";
import { formatReports, FORMAT_NAMES, FormatSpecError, parseFormatSpecs, shouldColor, type FormatName } from "@cdsvn/report";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { Flag } from "effect/cli";
import { UsageError } from "./errors.ts";
import { userPath } from "./io/load.ts";

/**
 * `--format` for validate and compare: repeatable, each value `name` or `name:file`
 * (`--format json:out.json --format stylish`). Parse the values with `reportFormats`.
 */
export const reportFormatFlag = Flag.String("format").pipe(
  Flag.withAlias("f"),
  Flag.withDescription(`Output format, repeatable; name or name:file (${FORMAT_NAMES.join(", ")}). Default: stylish`),
  Flag.atLeast(0),
);

/** The `--format` values as specs; a bad value is a usage error (exit 2) before any file is read. */
export const reportFormats = (values: readonly string[], fallback: FormatName = "stylish") =>
  Effect.try({
    try: () => parseFormatSpecs(values, fallback),
    catch: (e) => new UsageError({ message: e instanceof FormatSpecError ? e.message : String(e) }),
  });

/**
 * Writes the reports once per spec: to stdout, or to the named file (directories created). Colour only
 * on an interactive stdout without NO_COLOR; never in a file.
 */
export const emitReports = (
  reports: readonly FileReport[],
  values: readonly string[],
  options: { readonly locale: Locale; readonly sources?: ReadonlyMap<string, string> },
) =>
  Effect.gen(function* () {
    const specs = yield* reportFormats(values);
    for (const spec of specs) {
      const color = spec.output === null && shouldColor(process.env, process.stdout.isTTY);
      const text = formatReports(reports, spec.format, { locale: options.locale, color, sources: options.sources });
      if (spec.output === null) {
        yield* Console.log(text);
        continue;
      }
      const path = userPath(spec.output);
      yield* Effect.tryPromise({
        try: async () => {
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, text.endsWith("\n") ? text : `${text}\n`, "utf8");
        },
        catch: (e) => new UsageError({ message: `${spec.output}: cannot write (${e instanceof Error ? e.message : String(e)})` }),
      });
    }
  });
