import { message, type FileReport, type Locale } from "@cdsvn/core";
import { formatReports, FORMAT_NAMES, FormatSpecError, parseFormatSpecs, shouldColor, type FormatName } from "@cdsvn/report";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { Flag } from "effect/cli";
import { UsageError } from "./errors.ts";
import { userPath } from "./io/load.ts";
import { claimOutputs, OutputError } from "./io/write-output.ts";

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
 * Writes the reports once per spec: to stdout, or to the named file. Every file output is claimed before
 * anything is written (one unwritable `--format x:file` fails the run with nothing written) and put in
 * place whole (see io/write-output.ts). Colour only on an interactive stdout without NO_COLOR; never in a file.
 */
export const emitReports = (
  reports: readonly FileReport[],
  values: readonly string[],
  options: { readonly locale: Locale; readonly sources?: ReadonlyMap<string, string> },
) =>
  Effect.gen(function* () {
    const specs = yield* reportFormats(values);
    const files = specs.filter((s) => s.output !== null).map((s) => ({ shown: s.output!, path: userPath(s.output!) }));
    const claimed = yield* Effect.tryPromise({ try: () => claimOutputs(files), catch: writeError(options.locale) });
    const contents = new Map<string, string>();
    for (const spec of specs) {
      const color = spec.output === null && shouldColor(process.env, process.stdout.isTTY);
      const text = formatReports(reports, spec.format, { locale: options.locale, color, sources: options.sources });
      if (spec.output === null) yield* Console.log(text);
      else contents.set(userPath(spec.output), text.endsWith("\n") ? text : `${text}\n`);
    }
    yield* Effect.tryPromise({ try: () => claimed.commit(contents), catch: writeError(options.locale) });
  });

/** A file that could not be written, as a usage error in the user's language (export uses it too). */
export const writeError = (locale: Locale) => (e: unknown) => {
  const reason = message(locale, "cli.file.cannotWrite", { detail: e instanceof OutputError ? e.detail : e instanceof Error ? e.message : String(e) });
  return new UsageError({ message: e instanceof OutputError ? `${e.shown}: ${reason}` : reason });
};
