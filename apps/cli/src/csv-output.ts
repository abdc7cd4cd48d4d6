import { open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { Locale } from "@cdsvn/core";
import { csvHeads } from "@cdsvn/report";
import { claimOutputs, type ClaimedOutputs } from "./io/write-output.ts";

/**
 * `export --to csv` written plan by plan: one file per table in `dir`, each plan's rows appended as
 * they arrive (made in the worker, `csvPart`), so a run over thousands of plans holds none of them.
 * Whole or not at all, like every output (io/write-output.ts): the files are claimed when the first
 * plan arrives (a run where no plan could be read creates nothing), written under temporary names and
 * renamed into place by `finish`; `abort` leaves the folder as it was.
 */
export class CsvOutput {
  private readonly dir: string;
  private readonly heads: Array<{ name: string; head: string }>;
  private claimed: ClaimedOutputs | null = null;
  private files: Array<{ path: string; out: FileHandle }> = [];

  constructor(dir: string, locale: Locale) {
    this.dir = dir;
    this.heads = csvHeads(locale);
  }

  /** The names of the files, in order. */
  get names(): string[] {
    return this.heads.map((h) => h.name);
  }

  /** One plan's rows of each file, in `names`' order. */
  async add(rows: readonly Uint8Array[]): Promise<void> {
    if (this.claimed === null) {
      const outputs = this.heads.map((h) => ({ shown: join(this.dir, h.name), path: join(this.dir, h.name) }));
      this.claimed = await claimOutputs(outputs);
      for (let i = 0; i < outputs.length; i++) {
        const out = await open(this.claimed.temp(outputs[i]!.path), "w");
        this.files.push({ path: outputs[i]!.path, out });
        await out.write(this.heads[i]!.head);
      }
    }
    for (let i = 0; i < this.files.length; i++) if (rows[i]!.length > 0) await this.files[i]!.out.write(rows[i]!);
  }

  /** Puts the files in place (nothing when no plan was added). */
  async finish(): Promise<void> {
    if (this.claimed === null) return;
    for (const f of this.files) {
      await f.out.sync();
      await f.out.close();
    }
    const files = this.files;
    this.files = [];
    await this.claimed.commit(new Map(), new Set(files.map((f) => f.path)));
  }

  /** Leaves the folder as it was. */
  async abort(): Promise<void> {
    for (const f of this.files) await f.out.close().catch(() => {});
    this.files = [];
    await this.claimed?.abort();
  }
}
