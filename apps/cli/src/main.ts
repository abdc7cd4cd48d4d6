import * as Cause from "effect/Cause";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { CliError, Command } from "effect/cli";
import { message, type Locale } from "@cdsvn/core";
import { UsageError } from "./errors.ts";
import { VERSION } from "./version.ts";
import { plainText } from "./io/terminal-text.ts";

export { VERSION } from "./version.ts";

/**
 * The subcommands, one file each under commands/, in the order `cds --help` lists them. Each module
 * loads when its command runs: `cds validate plan.txt` loads validate's grammar, not the registry's data
 * or the reader the other commands need. Help and an unknown command load them all.
 */
const COMMANDS = {
  parse: () => import("./commands/parse.ts").then((m) => m.parse),
  compare: () => import("./commands/compare.ts").then((m) => m.compare),
  validate: () => import("./commands/validate.ts").then((m) => m.validate),
  rules: () => import("./commands/rules.ts").then((m) => m.rules),
  explain: () => import("./commands/explain.ts").then((m) => m.explain),
  export: () => import("./commands/export.ts").then((m) => m.exportCommand),
  frameworks: () => import("./commands/frameworks.ts").then((m) => m.frameworks),
  registry: () => import("./commands/registry.ts").then((m) => m.registry),
  serve: () => import("./commands/serve.ts").then((m) => m.serve),
} as const;

type Name = keyof typeof COMMANDS;

/** The `cds` command tree with the subcommands `argv` may run: the one it names, or all of them. */
export async function cdsFor(argv: ReadonlyArray<string>) {
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? [argv[0] as Name] : (Object.keys(COMMANDS) as Name[]);
  const subcommands = await Promise.all(named.map((name) => COMMANDS[name]()));
  return Command.make("cds").pipe(
    Command.withDescription(
      "Chuyển đổi số cấp xã: đọc, kiểm tra và đối chiếu kế hoạch KHCN, ĐMST và CĐS của xã, phường (parse, validate, compare, export)",
    ),
    Command.withSubcommands(subcommands as [(typeof subcommands)[number], ...(typeof subcommands)[number][]]),
  );
}

/**
 * Runs the CLI on `argv`. Every failure leaves as a tagged error carrying its exit code; this is
 * the one place that prints a failure, as one line on stderr.
 */
export const runCli = (argv: ReadonlyArray<string>) =>
  Effect.promise(() => cdsFor(argv)).pipe(
    Effect.flatMap((cds) => Command.runWith(cds, { version: VERSION })(argv)),
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
