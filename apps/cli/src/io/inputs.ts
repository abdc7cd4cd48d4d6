import * as fsp from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { message, type Locale } from "@cdsvn/core";
import * as Effect from "effect/Effect";
import { isDirectory, listFiles } from "../batch/collect.ts";
import { CONFIG_NAME } from "../config-name.ts";
import { UsageError } from "../errors.ts";
import { userPath } from "./user-path.ts";

const GLOB = /[*?[\]{}]/;

/**
 * The plan files named on the command line, taken the same way by validate, compare and export: a file
 * as is, a folder as every file under it (sorted, hidden files and cds.config.json left out), a glob
 * the shell did not expand ("plans/**\/*.docx") as its matches, sorted. Each is shown as the user
 * typed it (the folder, then the path inside it). A glob with no match stays, to be reported missing.
 * A cds.config.json among them (`cds validate plans/*` as the shell expands it) is the config of those
 * plans, never a plan: left out, and a usage error when nothing else is left.
 */
export const expandInputs = (args: readonly string[], locale: Locale): Effect.Effect<string[], UsageError> =>
  Effect.tryPromise({
    try: async () => {
      const out: string[] = [];
      for (const arg of args) {
        const path = userPath(arg);
        if (await isDirectory(path)) {
          out.push(...(await listFiles(path)).map((f) => join(arg, relative(path, f))));
        } else if (GLOB.test(arg) && !(await exists(path))) {
          // fs.glob is Node >= 22; the published cds runs on 20 too, where a glob the shell left alone
          // (Windows' cmd) is a usage error rather than a failed start-up of every command.
          if (typeof fsp.glob !== "function") throw new Error(`"${arg}" is a glob: expanding it needs Node.js 22 or newer (this is ${process.version}); let the shell expand it, or name the folder`);
          const matches: string[] = [];
          for await (const m of fsp.glob(arg, { cwd: userPath(".") })) matches.push(m);
          out.push(...(matches.length > 0 ? matches.sort((a, b) => a.localeCompare(b, "vi")) : [arg]));
        } else out.push(arg);
      }
      const plans = out.filter((f) => basename(f) !== CONFIG_NAME);
      if (plans.length === 0 && out.length > 0) throw new UsageError({ message: message(locale, "cli.input.configNotPlan", { file: out[0], config: CONFIG_NAME }) });
      return plans;
    },
    catch: (e) => (e instanceof UsageError ? e : new UsageError({ message: message(locale, "cli.input.cannotList", { detail: e instanceof Error ? e.message : String(e) }) })),
  });

async function exists(path: string): Promise<boolean> {
  try {
    await fsp.stat(path);
    return true;
  } catch {
    return false;
  }
}
