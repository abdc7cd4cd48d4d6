import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { CONFIG_NAME } from "../config-name.ts";

/** Folders never searched for plans. */
const SKIP_DIRS = new Set(["node_modules", ".git"]);

/**
 * Every file under `dir` (sub-folders too), sorted, hidden files and folders and cds.config.json left out. Formats are not
 * filtered here: a file the reader cannot handle is reported as unreadable with the reason, not skipped.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(at: string): Promise<void> {
    const entries = await readdir(at, { withFileTypes: true });
    for (const e of entries) {
      // Hidden files, and the config that sits beside the plans it configures: never taken for a plan.
      if (e.name.startsWith(".") || e.name === CONFIG_NAME) continue;
      const path = join(at, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(path);
      } else out.push(path); // a FIFO, socket or device too: reported as not a regular file, never skipped in silence
    }
  }
  await walk(dir);
  return out.sort((a, b) => relative(dir, a).localeCompare(relative(dir, b), "vi"));
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
