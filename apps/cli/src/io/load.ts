import { message, type Locale } from "@cdsvn/core";
import { InputRejected, readInput, refusalIn } from "@cdsvn/engine";
import type { ReadResult } from "@cdsvn/reader";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { InputError } from "../errors.ts";
import { MAX_INPUT_BYTES, ReadInputError, readInputFile } from "./read-input.ts";
import { userPath } from "./user-path.ts";
import { plainText } from "./terminal-text.ts";

/**
 * Reads a plan file's bytes (regular files only, at most MAX_INPUT_BYTES: see read-input.ts), turning
 * every I/O failure into one clear InputError in the user's language.
 */
export const readBytes = (file: string, locale: Locale): Effect.Effect<Uint8Array, InputError> =>
  Effect.tryPromise({
    try: () => readInputFile(userPath(file)),
    catch: (e) => new InputError({ file, reason: ioReason(e, locale) }),
  });

function ioReason(e: unknown, locale: Locale): string {
  if (!(e instanceof ReadInputError)) return message(locale, "cli.file.cannotRead", { detail: e instanceof Error ? e.message : String(e) });
  switch (e.code) {
    case "ENOENT": return message(locale, "cli.file.noSuchFile");
    case "EACCES": return message(locale, "cli.file.permissionDenied");
    case "EISDIR": return message(locale, "cli.file.isDirectory");
    case "ENOTREG": return message(locale, "cli.file.notRegular");
    case "EFBIG": return message(locale, "cli.file.tooLarge", { mb: MAX_INPUT_BYTES / 1024 / 1024 });
    case "EIO": return message(locale, "cli.file.cannotRead", { detail: e.detail });
  }
}

/** The engine's rejection of an input as the CLI's InputError (exit 2, one line), in the user's language. */
export const inputError = (file: string, locale: Locale) => (e: unknown) =>
  new InputError({
    file,
    reason: e instanceof InputRejected ? refusalIn(e, locale) : message(locale, "cli.file.cannotRead", { detail: e instanceof Error ? e.message : String(e) }),
  });

/** A file → its plan, tree and parse diagnostics (the engine's read step); an unreadable file is an InputError. */
export const loadPlan = (file: string, locale: Locale): Effect.Effect<ReadResult, InputError> =>
  Effect.flatMap(readBytes(file, locale), (bytes) => Effect.tryPromise({ try: () => readInput({ bytes, fileName: file }), catch: inputError(file, locale) }));

/**
 * For commands that take several files: a file's plan, or null after one line on stderr saying why it
 * could not be read, so one bad file never stops the others (the command exits 2 at the end).
 */
export const loadPlanOrReport = (file: string, locale: Locale): Effect.Effect<ReadResult | null> =>
  Effect.catch(loadPlan(file, locale), (e) => Effect.as(Console.error(plainText(`cds: ${e.message}`)), null));
