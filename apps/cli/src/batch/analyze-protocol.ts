import type { AnalyzeOptions } from "@cdsvn/engine";
import type { Config, FileReport, Locale } from "@cdsvn/core";
import type { FormatName, ReportPart, SummaryEntry } from "@cdsvn/report";

/**
 * What the main thread and the worker threads of a run say to each other. The main thread is thin: it
 * parses the arguments, lists the inputs, runs the pool and writes what comes back, in input order. The
 * workers do the heavy work (config, plugins and engine, built once per worker; the analysis; the
 * formatting of each file's report) and post back small plain data, so memory stays bounded whatever
 * the number of plans.
 */

/** Told to each worker once: the flags the session is built from, and `--province` as typed. */
export interface WorkerSetup {
  readonly flags: {
    readonly config: string | null;
    readonly plugin: readonly string[];
    readonly framework: readonly string[];
    readonly lang: Locale;
  };
  readonly province: string | null;
}

/**
 * The first task of every run: builds the engine of every config the run's files fall under (their
 * folders), so a config or plugin problem fails the run before any output is written; resolves
 * `--province`; and, when `base` is asked, reads the config of the working directory (the review header).
 */
export interface PrepareTask {
  readonly kind: "prepare";
  readonly dirs: readonly string[];
  readonly base: boolean;
}

export interface Prepared {
  /** `--province` resolved: a plugin's id or a province's slug; null when not given. */
  readonly province: string | null;
  /** The stderr note for a `--province` without a plugin (printed once). */
  readonly provinceNote: string | null;
  /** The review header of the config (export --to docx). */
  readonly review?: Config["review"];
}

/** What the command wants back for each file. */
export interface FileWants {
  /** Each `--format`'s part of the file's report (colour only for a terminal). */
  readonly formats: ReadonlyArray<{ readonly name: FormatName; readonly color: boolean }>;
  /** The folder summary's entry (compare <folder>). */
  readonly summary: boolean;
  /** compare's terminal table. */
  readonly table: boolean;
  /** A line on stderr when the plan's province could not be told. */
  readonly provinceNote: boolean;
  /** A line on stderr when the plan could not be compared with a framework, and why. */
  readonly notComparedNote: boolean;
  /** Each CSV file's rows of the plan (export --to csv, written plan by plan). */
  readonly csv?: boolean;
  /** The whole report and its text (export --to xlsx|docx, whose workbook and document hold every plan). */
  readonly full: boolean;
}

export interface FileTask {
  readonly kind: "file";
  /** The path to read. */
  readonly file: string;
  /** The name the report shows (as the user typed it). */
  readonly shown: string;
  readonly options: Omit<AnalyzeOptions, "province">;
  readonly wants: FileWants;
}

export type WorkerTask = PrepareTask | FileTask;

/** One file's part of a report, its text as bytes (see ReportWriter). */
export interface FilePart {
  readonly part: ReportPart;
  readonly bytes: Uint8Array;
}

/** One analysed file, as plain data. */
export interface FileDone {
  readonly counts: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /** Lines for stderr, in the user's language (the province could not be told, the plan was not compared). */
  readonly notes: readonly string[];
  /** Each --format's part, its text as UTF-8 bytes (moved, not copied, to the main thread; `part.text` is empty). */
  readonly parts: readonly FilePart[];
  readonly entry?: SummaryEntry;
  readonly table?: string;
  /** The plan's rows of each CSV file of the export, as UTF-8 bytes (moved, like `parts`). */
  readonly csv?: readonly Uint8Array[];
  readonly full?: { readonly report: FileReport; readonly text: string };
}

/**
 * A task's outcome: a prepared run or an analysed file; a file that could not be read (`input`, its
 * reason); a config or plugin problem that stops the run (`usage`); or a bug of ours (`crashed`, from
 * pool-worker.ts).
 */
export type WorkerResult =
  | { readonly prepared: Prepared }
  | { readonly done: FileDone }
  | { readonly input: string }
  | { readonly usage: string }
  | { readonly crashed: string };
