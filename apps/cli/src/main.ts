import * as Cause from "effect/Cause";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { CliError, Command } from "effect/cli";
import { exportCommand } from "./commands/export.ts";
import { compare } from "./commands/compare.ts";
import { parse } from "./commands/parse.ts";
import { frameworks } from "./commands/frameworks.ts";
import { registry } from "./commands/registry.ts";
import { validate } from "./commands/validate.ts";
import { rules } from "./commands/rules.ts";
import { explain } from "./commands/explain.ts";
import { serve } from "./commands/serve.ts";
import { message, type Locale } from "@cdsvn/core";
import { UsageError } from "./errors.ts";
import { VERSION } from "./version.ts";
import { plainText } from "./io/terminal-text.ts";

export { VERSION } from "./version.ts";

/** The `cds` command tree. Each subcommand lives in its own file under commands/. */
export const cds = Command.make("cds").pipe(
  Command.withDescription(
    "Chuyển đổi số cấp xã: đọc, kiểm tra và đối chiếu kế hoạch KHCN, ĐMST và CĐS của xã, phường (parse, validate, compare, export)",
  ),
  // One line per command; keep the list in the order `cds --help` shows it.
  Command.withSubcommands([
    parse,
    compare,
    validate,
    rules,
    explain,
    exportCommand,
    frameworks,
    registry,
    serve,
  ]),
);

/**
 * Runs the CLI on `argv`. Every failure leaves as a tagged error carrying its exit code; this is
 * the one place that prints a failure, as one line on stderr.
 */
export const runCli = (argv: ReadonlyArray<string>) =>
  Command.runWith(cds, { version: VERSION })(argv).pipe(
    Effect.catchIf(CliError.isCliError, (e) =>
      e._tag === "ShowHelp" && e.errors.length === 0 ? Effect.void : Effect.fail(new UsageError({ message: "" })),
    ),
    Effect.tapCause((cause) => {
      const error = Cause.squash(cause) as { _tag?: string; message?: string };
      if (error?._tag === "UsageError" && !error.message) return Effect.void; // already shown by the parser
      if (error?._tag === "InputError" || error?._tag === "UsageError") return Console.error(plainText(`cds: ${error.message}`));
      if (error?._tag === "FindingsFound" || error?._tag === "SomeInputsFailed") return Effect.void;
      return Console.error(plainText(`cds: ${message(lang(argv), "cli.file.internalError", { detail: error?.message ?? String(error) })}`));
    }),
  );

/** The run's --lang, for the one message printed outside a command (an internal error): Vietnamese unless asked. */
function lang(argv: ReadonlyArray<string>): Locale {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? null : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "vi";
}
