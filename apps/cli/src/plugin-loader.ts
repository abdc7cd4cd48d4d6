import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { message, type Locale, type MessageId, type ProvincePlugin } from "@cdsvn/core";
import { pluginProblems } from "@cdsvn/engine";
import { UsageError } from "./errors.ts";

/** A plugin loaded from outside, with the module file it came from (its rule docs are found from there). */
export interface LoadedPlugin {
  readonly plugin: ProvincePlugin;
  readonly file: string;
}

/** "./my-plugin.mjs", "../x/index.js", "/abs/p.mjs": a path, not a package name. */
function isPath(spec: string): boolean {
  return spec.startsWith("./") || spec.startsWith("../") || spec.startsWith(".\\") || spec.startsWith("..\\") || isAbsolute(spec);
}

/**
 * Loads a province plugin the way ESLint and Prettier load theirs: `spec` is a path (relative to `baseDir`:
 * the config file's folder, or the working directory for `--plugin`) or a package name resolved from
 * `baseDir`'s node_modules. The module's default export (or its `plugin` export) must be a ProvincePlugin
 * (`definePlugin` optional) that passes core's conformance kit and whose `meta.engine` range admits this
 * engine. Any failure is one usage-error line (exit 2) naming the plugin, in the run's language.
 */
export async function loadPlugin(spec: string, baseDir: string, lang: Locale): Promise<LoadedPlugin> {
  const fail = (id: MessageId, data: Record<string, unknown> = {}) => new UsageError({ message: message(lang, id, { spec, ...data }) });
  const file = isPath(spec) ? resolve(baseDir, spec) : resolvePackage(spec, baseDir);
  if (file === null) throw fail("cli.plugin.noPackage", { dir: baseDir });
  if (!existsSync(file)) throw fail("cli.plugin.noSuchFile", { file });
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (e) {
    throw fail("cli.plugin.cannotLoad", { detail: e instanceof Error ? e.message.split("\n")[0] : String(e) });
  }
  const value = module.default ?? module.plugin;
  if (value === undefined) throw fail("cli.plugin.noDefaultExport");
  const problems = pluginProblems(value);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` ${message(lang, "cli.plugin.moreProblems", { count: problems.length - 1 })}` : "";
    throw fail("cli.plugin.notUsable", { problem: problems[0], more });
  }
  return { plugin: value as ProvincePlugin, file };
}

/**
 * The entry file of package `name` as seen from `baseDir`: Node's own resolution first (CommonJS
 * conditions), then the package's `exports` under the "import" condition (ESM-only packages), then the
 * CLI's own node_modules (the bundled plugins named in a config). Null when it is nowhere.
 */
function resolvePackage(name: string, baseDir: string): string | null {
  try {
    return createRequire(join(baseDir, "noop.js")).resolve(name);
  } catch {
    // not resolvable with the require conditions: look for an ESM-only package below
  }
  for (let at = resolve(baseDir); ; at = dirname(at)) {
    const dir = join(at, "node_modules", name);
    if (existsSync(join(dir, "package.json"))) return esmEntry(dir);
    if (dirname(at) === at) break;
  }
  try {
    return new URL(import.meta.resolve(name)).pathname;
  } catch {
    return null;
  }
}

/** A package's ESM entry: exports["."] (string, or the import/default condition), else main, else index.js. */
function esmEntry(dir: string): string {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { exports?: unknown; main?: string };
  const pick = (e: unknown): string | null => {
    if (typeof e === "string") return e;
    if (e && typeof e === "object") {
      const o = e as Record<string, unknown>;
      if ("." in o) return pick(o["."]);
      for (const c of ["import", "node", "default"]) if (c in o) return pick(o[c]);
    }
    return null;
  };
  return join(dir, pick(pkg.exports) ?? pkg.main ?? "index.js");
}
