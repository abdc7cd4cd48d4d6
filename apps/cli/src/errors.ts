import * as Data from "effect/Data";
import * as Runtime from "effect/Runtime";

/**
 * The CLI's failures, as tagged errors that carry their exit code (Effect's `Runtime.errorExitCode`),
 * so no command calls `process.exit`. Each is printed once, as one line on stderr, by `main.ts`.
 *   0 ok · 1 findings at error level · 2 usage error or unreadable input
 */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {
  override readonly [Runtime.errorExitCode] = 2;
  override readonly [Runtime.errorReported] = false;
}

/** A file that is missing, unreadable, or of a format the toolkit does not read. */
export class InputError extends Data.TaggedError("InputError")<{ readonly file: string; readonly reason: string }> {
  override readonly [Runtime.errorExitCode] = 2;
  override readonly [Runtime.errorReported] = false;
  override get message(): string {
    return `${this.file}: ${this.reason}`;
  }
}

/** Not a failure of the tool: the plan has findings at error level (or too many warnings). */
export class FindingsFound extends Data.TaggedError("FindingsFound")<{ readonly errors: number }> {
  override readonly [Runtime.errorExitCode] = 1;
  override readonly [Runtime.errorReported] = false;
}

/** Some inputs were reported, others could not be read: exit 2 after printing what could be. */
export class SomeInputsFailed extends Data.TaggedError("SomeInputsFailed")<{ readonly failed: number }> {
  override readonly [Runtime.errorExitCode] = 2;
  override readonly [Runtime.errorReported] = false;
}
