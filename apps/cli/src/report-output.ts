import { createReadStream } from "node:fs";
import { mkdtemp, open, rm, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { message, type Locale } from "@cdsvn/core";
import { FORMAT_NAMES, FormatSpecError, parseFormatSpecs, reportAssembler, shouldColor, type FormatName, type FormatSpec, type ReportAssembler, type ReportPart } from "@cdsvn/report";
import * as Effect from "effect/Effect";
import { Flag } from "effect/cli";
import { UsageError } from "./errors.ts";
import { userPath } from "./io/user-path.ts";
import { claimOutputs, OutputError, type ClaimedOutputs } from "./io/write-output.ts";

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

/** What the workers are asked to format for each spec: colour only on an interactive stdout without NO_COLOR, never in a file. */
export function partWants(specs: readonly FormatSpec[]): Array<{ name: FormatName; color: boolean }> {
  return specs.map((s) => ({ name: s.format, color: s.output === null && shouldColor(process.env, process.stdout.isTTY) }));
}

/** Writes to stdout, waiting when the pipe is full, so a run's memory does not grow with a slow reader. */
function writeStdout(text: string | Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    if (process.stdout.write(text, (e) => (e ? fail(e) : undefined))) done();
    else process.stdout.once("drain", done);
  });
}

/** Writes to stdout and resolves once the bytes have been handed to the system (the caller may then free them). */
function writeStdoutWhole(bytes: Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    process.stdout.write(bytes, (e) => (e ? fail(e) : done()));
  });
}

/** Frees the memory of bytes that nothing reads any more (ArrayBuffer.prototype.transfer: Node 21 and later). */
function release(bytes: Uint8Array): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (bytes.byteLength > 0 && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) buffer.transfer?.(0);
}

/**
 * The reports of a run, written file by file as each file's parts arrive (in input order), once per
 * `--format` spec: to stdout, or to the named file. Every file output is claimed before anything is
 * written (one unwritable `--format x:file` fails the run with nothing written) and put in place whole
 * when the run ends (see io/write-output.ts). A format whose head needs the run's totals (markdown, html,
 * sarif), or a stdout the command also writes other things to, keeps the parts in a spool file until the
 * end; the others are written as they come. Nothing is written for a run without a report.
 */
export class ReportWriter {
  private readonly sinks: Sink[];
  private readonly claimed: ClaimedOutputs;
  private readonly spoolDir: string;
  private count = 0;
  private constructor(sinks: Sink[], claimed: ClaimedOutputs, spoolDir: string) {
    this.sinks = sinks;
    this.claimed = claimed;
    this.spoolDir = spoolDir;
  }

  /** `stdoutLive`: the report may go to stdout as it comes (nothing else is printed on stdout before its end). */
  static async open(specs: readonly FormatSpec[], options: { readonly locale: Locale; readonly stdoutLive: boolean }): Promise<ReportWriter> {
    const files = specs.filter((s) => s.output !== null).map((s) => ({ shown: s.output!, path: userPath(s.output!) }));
    const claimed = await claimOutputs(files);
    const spoolDir = await mkdtemp(join(tmpdir(), "cds-report-"));
    const wants = partWants(specs);
    const sinks = specs.map((spec, i) => {
      const assembler = reportAssembler(spec.format, { locale: options.locale, color: wants[i]!.color });
      const path = spec.output === null ? null : userPath(spec.output);
      const live = assembler.live && (path !== null || options.stdoutLive);
      return new Sink(assembler, path, path === null ? null : claimed.temp(path), live ? null : join(spoolDir, `${i}.part`));
    });
    return new ReportWriter(sinks, claimed, spoolDir);
  }

  /**
   * One file's parts, one per spec in the specs' order, each with its text as bytes. The bytes are
   * freed once written: moved from a worker, they live outside the heap, and the garbage collector,
   * which does not run for them, let them pile up to tens of MB between collections.
   */
  async add(parts: ReadonlyArray<{ readonly part: ReportPart; readonly bytes: Uint8Array }>): Promise<void> {
    this.count++;
    for (let i = 0; i < this.sinks.length; i++) await this.sinks[i]!.add(parts[i]!.part, parts[i]!.bytes);
    for (const { bytes } of parts) release(bytes);
  }

  /** Writes each report's head and tail and puts the files in place; nothing when no file had a report. */
  async finish(): Promise<void> {
    try {
      if (this.count === 0) return await this.claimed.abort();
      for (const sink of this.sinks) await sink.finish();
      await this.claimed.commit(new Map(), new Set(this.sinks.flatMap((s) => (s.path === null ? [] : [s.path]))));
    } finally {
      await this.close();
    }
  }

  /** Leaves every output as it was (temporary files and spools removed). */
  async abort(): Promise<void> {
    await this.close();
    await this.claimed.abort();
  }

  private async close(): Promise<void> {
    for (const sink of this.sinks) await sink.close();
    await rm(this.spoolDir, { recursive: true, force: true });
  }
}

/** One spec's report: its assembler, where it goes (stdout when `path` is null), and its spool when not live. */
class Sink {
  readonly path: string | null;
  private readonly assembler: ReportAssembler;
  private readonly temp: string | null;
  private readonly spool: string | null;
  private out: FileHandle | null = null;
  private spoolOut: FileHandle | null = null;
  private last = "";

  constructor(assembler: ReportAssembler, path: string | null, temp: string | null, spool: string | null) {
    this.assembler = assembler;
    this.path = path;
    this.temp = temp;
    this.spool = spool;
  }

  async add(part: ReportPart, bytes: Uint8Array): Promise<void> {
    const before = this.assembler.add(part);
    if (this.spool === null) {
      await this.write(before);
      return this.write(bytes);
    }
    this.spoolOut ??= await open(this.spool, "w");
    if (before !== "") await this.spoolOut.write(before);
    if (bytes.length > 0) await this.spoolOut.write(bytes);
  }

  async finish(): Promise<void> {
    await this.write(this.assembler.head());
    if (this.spoolOut !== null) {
      await this.spoolOut.close();
      this.spoolOut = null;
      for await (const chunk of createReadStream(this.spool!)) await this.write(chunk as Buffer);
    }
    await this.write(this.assembler.tail());
    // As console.log ended it on stdout; a file ends in one newline.
    if (this.path === null || !this.last.endsWith("\n")) await this.write("\n");
    if (this.out !== null) {
      await this.out.sync();
      await this.out.close();
      this.out = null;
    }
  }

  async close(): Promise<void> {
    await this.spoolOut?.close().catch(() => {});
    await this.out?.close().catch(() => {});
    this.spoolOut = this.out = null;
  }

  private async write(text: string | Uint8Array): Promise<void> {
    if (text.length === 0) return;
    this.last = typeof text === "string" ? text : String.fromCharCode(text[text.length - 1]!);
    // Bytes are released after the write (ReportWriter.add): to stdout, wait until they have left.
    if (this.temp === null) return typeof text === "string" ? writeStdout(text) : writeStdoutWhole(text);
    this.out ??= await open(this.temp, "w");
    if (typeof text === "string") await this.out.write(text);
    else await this.out.write(text);
  }
}

/** Runs a ReportWriter step as an Effect; an output that cannot be written is a usage error. */
export const writing = <A>(locale: Locale, step: () => Promise<A>) => Effect.tryPromise({ try: step, catch: writeError(locale) });

/** A file that could not be written, as a usage error in the user's language (export uses it too). */
export const writeError = (locale: Locale) => (e: unknown) => {
  const reason = message(locale, "cli.file.cannotWrite", { detail: e instanceof OutputError ? e.detail : e instanceof Error ? e.message : String(e) });
  return new UsageError({ message: e instanceof OutputError ? `${e.shown}: ${reason}` : reason });
};
