import { mkdir, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** One file the run writes: a report, an export, a summary. */
export interface OutputFile {
  /** The path as the user typed it (for messages). */
  readonly shown: string;
  /** The resolved path. */
  readonly path: string;
}

/** An output that could not be written; nothing of the run was put in place. */
export class OutputError extends Error {
  readonly shown: string;
  readonly detail: string;
  constructor(shown: string, detail: string) {
    super(`${shown}: ${detail}`);
    this.shown = shown;
    this.detail = detail;
  }
}

let counter = 0;
const tempFor = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);

/**
 * Claims every output before anything is written: its folder is created and a temporary file beside it
 * opened, so one unwritable `--format x:file` (or summary) fails the run while no output has been touched.
 * `commit` then writes each temporary file and renames it over the target: a reader of the target sees
 * the previous complete file or the new complete file, never a half-written one (a full disk leaves the
 * old report in place). `abort` removes the temporary files.
 */
export async function claimOutputs(outputs: readonly OutputFile[]): Promise<ClaimedOutputs> {
  const claimed: { output: OutputFile; temp: string }[] = [];
  try {
    for (const output of outputs) {
      await mkdir(dirname(output.path), { recursive: true }).catch((e) => {
        throw new OutputError(output.shown, reason(e));
      });
      const temp = tempFor(output.path);
      const handle = await open(temp, "wx").catch((e) => {
        throw new OutputError(output.shown, reason(e));
      });
      await handle.close();
      claimed.push({ output, temp });
    }
  } catch (e) {
    await Promise.all(claimed.map((c) => unlink(c.temp).catch(() => {})));
    throw e;
  }
  return new ClaimedOutputs(claimed);
}

export class ClaimedOutputs {
  private readonly claimed: readonly { output: OutputFile; temp: string }[];
  constructor(claimed: readonly { output: OutputFile; temp: string }[]) {
    this.claimed = claimed;
  }

  /** The temporary file claimed for `path`: a caller writing an output piece by piece writes it there, then commits. */
  temp(path: string): string {
    const c = this.claimed.find((c) => c.output.path === path);
    if (!c) throw new Error(`${path} was not claimed`);
    return c.temp;
  }

  /**
   * Writes each output's content (by the same order as claimed) and renames them into place, with the
   * outputs in `written`, whose temporary files the caller has written (and synced) itself.
   */
  async commit(contents: ReadonlyMap<string, string | Uint8Array>, written: ReadonlySet<string> = new Set()): Promise<void> {
    try {
      for (const { output, temp } of this.claimed) {
        const content = contents.get(output.path);
        if (content === undefined) continue;
        const handle = await open(temp, "w");
        try {
          await handle.writeFile(content);
          await handle.sync();
        } catch (e) {
          throw new OutputError(output.shown, reason(e));
        } finally {
          await handle.close();
        }
      }
      for (const { output, temp } of this.claimed) {
        if (!contents.has(output.path) && !written.has(output.path)) continue;
        await rename(temp, output.path).catch((e) => {
          throw new OutputError(output.shown, reason(e));
        });
      }
    } finally {
      await this.abort();
    }
  }

  /** Removes the temporary files that were not renamed into place. */
  async abort(): Promise<void> {
    await Promise.all(this.claimed.map((c) => unlink(c.temp).catch(() => {})));
  }
}

/** Writes one file the same way: temporary name, then rename. */
export async function writeFileAtomic(output: OutputFile, content: string | Uint8Array): Promise<void> {
  const claimed = await claimOutputs([output]);
  await claimed.commit(new Map([[output.path, content]]));
}

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "EACCES";
    case "ENOSPC":
    case "EDQUOT":
      return "ENOSPC";
    case "ENOTDIR":
    case "EISDIR":
    case "ENOENT":
      return "ENOTDIR";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
