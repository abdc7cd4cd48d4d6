/**
 * The work of a worker thread of a run (see analyze-protocol.ts; the thread starts in analyze-worker.ts): builds the session (config, plugins, frameworks,
 * engines) once from the flags the main thread was given, then for each file reads it, analyses it and
 * formats what the command asked for, posting back plain data. Runs under the pool's heap cap and time
 * limit (batch/pool.ts), so a hostile file stops here and never takes the main thread with it.
 */
import { join } from "node:path";
import { message, type FileReport, type Locale } from "@cdsvn/core";
import type { Analysis, AnalyzeOptions } from "@cdsvn/engine";
import { csvPart, reportPart, summaryEntry } from "@cdsvn/report";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { renderComparison } from "../compare-table.ts";
import { InputError, UsageError } from "../errors.ts";
import { inputError, readBytes } from "../io/load.ts";
import { plainLines, plainText } from "../io/terminal-text.ts";
import { resolveProvinceFlag } from "../province-flag.ts";
import { provinceNote } from "../province-note.ts";
import { makeSession, type Session } from "../session.ts";
import type { FileDone, FileTask, Prepared, PrepareTask, WorkerResult, WorkerSetup, WorkerTask } from "./analyze-protocol.ts";
import { serveTasks } from "./pool-worker.ts";

/**
 * The per-file step every command that checks uses: the file's bytes → the engine its config picks →
 * the analysis. The engine does the rest, so every door reports the same findings for the same bytes.
 */
const analyzeFile = (file: string, session: Session, options: AnalyzeOptions): Effect.Effect<Analysis, InputError | UsageError> =>
  Effect.gen(function* () {
    const { engine, config } = yield* session.forFile(file);
    const locale = session.flags.lang;
    const bytes = yield* readBytes(file, locale);
    return yield* Effect.tryPromise({ try: () => engine.analyzeDetailed({ bytes, fileName: file }, { ...options, config }), catch: inputError(file, locale) });
  });

const encoder = new TextEncoder();

const run = <A>(effect: Effect.Effect<A, UsageError | InputError>) => Effect.runPromise(Effect.result(effect));

/** The bytes a result moves to the main thread instead of copying. */
const transferables = (result: WorkerResult) =>
  "done" in result ? [...result.done.parts.map((p) => p.bytes), ...(result.done.csv ?? [])].map((bytes) => bytes.buffer as ArrayBuffer) : [];

serveTasks<WorkerTask, WorkerResult>(async (data) => {
  const { flags, province } = data as WorkerSetup;
  const locale = flags.lang;
  const built = await run(makeSession({ ...flags, config: Option.fromNullishOr(flags.config) }));
  // A bad --plugin or --framework: every task says so, the first (prepare) stops the run.
  if (built._tag === "Failure") return async () => ({ usage: built.failure.message });
  const session = built.success;

  // `--province` against the plugins of the working directory's config, once.
  let forced: Promise<{ id: string | null; note: string | null }> | null = null;
  const provinceId = () =>
    (forced ??= (async () => {
      if (province === null) return { id: null, note: null };
      const base = await Effect.runPromise(session.base());
      const resolved = resolveProvinceFlag(province, base.engine, locale);
      if (resolved instanceof UsageError) throw resolved;
      return resolved;
    })());

  const prepare = async (task: PrepareTask): Promise<WorkerResult> => {
    try {
      for (const dir of task.dirs) await Effect.runPromise(session.forFile(join(dir, "plan")));
      const { id, note } = await provinceId();
      const prepared: Prepared = { province: id, provinceNote: note === null ? null : plainText(note) };
      if (!task.base) return { prepared };
      const review = (await Effect.runPromise(session.base())).config.review;
      return { prepared: review === undefined ? prepared : { ...prepared, review } };
    } catch (e) {
      return { usage: e instanceof Error ? e.message : String(e) };
    }
  };

  const analyze = async (task: FileTask): Promise<WorkerResult> => {
    let id: string | null;
    try {
      id = (await provinceId()).id;
    } catch (e) {
      return { usage: e instanceof Error ? e.message : String(e) };
    }
    const result = await run(analyzeFile(task.file, session, { ...task.options, province: id }));
    if (result._tag === "Failure") {
      const e = result.failure;
      return e._tag === "UsageError" ? { usage: e.message } : { input: e.reason };
    }
    return { done: describe(result.success, task, locale) };
  };

  return (task: WorkerTask) => (task.kind === "prepare" ? prepare(task) : analyze(task));
}, transferables);

/** What the command asked for, from one analysis: all of it small and plain except `full`. */
function describe(a: Analysis, task: FileTask, locale: Locale): FileDone {
  const report: FileReport = { ...a.report, file: task.shown };
  const { wants } = task;
  const counts = { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos };
  const notes: string[] = [];
  const province = wants.provinceNote ? provinceNote(task.shown, a.province, locale) : null;
  if (province) notes.push(plainText(province));
  if (wants.notComparedNote && (report.comparison === null || report.comparison === undefined)) {
    // The engine's framework/coverage note says exactly why (no framework for that year, not a commune plan…).
    const why = report.diagnostics.find((d) => d.messageId === "notCompared")?.message;
    notes.push(plainText(`cds: ${task.shown}: ${why ?? message(locale, "cli.compare.notCompared")}`));
  }
  const sources = new Map([[task.shown, a.text]]);
  return {
    counts,
    notes,
    parts: wants.formats.map((f) => {
      const part = reportPart(report, f.name, { locale, color: f.color, sources });
      // Bytes, moved to the main thread: a string would be copied into its heap (a JSON report of a plan
      // is ~150 KB), where the garbage of thousands of them grew the heap by more than 100 MB.
      return { part: { ...part, text: "" }, bytes: encoder.encode(part.text) };
    }),
    ...(wants.summary ? { entry: summaryEntry(report, locale) } : {}),
    ...(wants.table ? { table: plainLines(renderComparison(report, locale)) } : {}),
    ...(wants.csv ? { csv: csvPart(report, locale).map((lines) => encoder.encode(lines)) } : {}),
    ...(wants.full ? { full: { report, text: a.text } } : {}),
  };
}
