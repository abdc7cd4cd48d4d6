import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { genericRules, resolveRules } from "@cdsvn/checker";
import { message, type Config, type Framework, type Locale, type ProvincePlugin } from "@cdsvn/core";
import { createEngine, type Engine } from "@cdsvn/engine";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { BUNDLED_PLUGINS } from "./bundled-plugins.ts";
import { findConfig, readConfig, type LoadedConfig } from "./config.ts";
import { UsageError } from "./errors.ts";
import { frameworksFromFile } from "./framework-file.ts";
import { userPath } from "./io/user-path.ts";
import { loadPlugin } from "./plugin-loader.ts";
import { unknownRule } from "./rule-suggest.ts";

/** The flags every command that checks takes: --config, --plugin (repeatable), --framework (repeatable), --lang. */
export interface EngineFlags {
  readonly config: Option.Option<string>;
  readonly plugin: readonly string[];
  readonly framework: readonly string[];
  readonly lang: Locale;
  /** Worker threads for the files of a run (`--jobs`); default: one per core. */
  readonly jobs?: number;
}

/** What one plan is analysed with: its config (the explicit one, or the nearest above it) and the engine for it. */
export interface PlanSetup {
  readonly engine: Engine;
  readonly config: Config;
}

/**
 * The CLI's side of the engine: flags and config files → engines. A config's plugins and frameworks are
 * loaded relative to it, so each config file gets its engine (built once; a folder of plans under one
 * config shares it). Every command that checks goes through here, so all honour the same config.
 */
export interface Session {
  /** The config and engine for a plan file. */
  forFile(file: string): Effect.Effect<PlanSetup, UsageError>;
  /** For commands without a plan (rules, explain): the explicit config or the one above the working directory. */
  base(): Effect.Effect<PlanSetup, UsageError>;
  /** The module file each plugin loaded from outside came from (for its rule docs). */
  readonly pluginFiles: ReadonlyMap<ProvincePlugin, string>;
  /** The flags it was made from: a worker thread rebuilds the same session from them. */
  readonly flags: EngineFlags;
}

const usage = (e: unknown) => (e instanceof UsageError ? e : new UsageError({ message: e instanceof Error ? e.message : String(e) }));

export const makeSession = (flags: EngineFlags): Effect.Effect<Session, UsageError> =>
  Effect.tryPromise({ try: () => buildSession(flags), catch: usage });

async function buildSession(flags: EngineFlags): Promise<Session> {
  const cwd = userPath(".");
  const explicit = Option.isSome(flags.config) ? readConfig(userPath(flags.config.value), flags.lang) : null;
  const pluginFiles = new Map<ProvincePlugin, string>();
  const load = async (specs: readonly string[], baseDir: string) => {
    const loaded = [];
    for (const spec of specs) loaded.push(await loadPlugin(spec, baseDir, flags.lang));
    for (const l of loaded) pluginFiles.set(l.plugin, l.file);
    return loaded.map((l) => l.plugin);
  };
  const flagPlugins = await load(flags.plugin, cwd);
  const flagFrameworks = await loadFrameworks(flags.framework, cwd, flags.lang);

  const configs = new Map<string, LoadedConfig>();
  const engines = new Map<string, Promise<PlanSetup>>();
  const none: LoadedConfig = { config: {}, path: null, dir: cwd };
  const configAt = (path: string) => {
    let c = configs.get(path);
    if (!c) configs.set(path, (c = readConfig(path, flags.lang)));
    return c;
  };
  const setupFor = (loaded: LoadedConfig): Promise<PlanSetup> => {
    const key = loaded.path ?? "";
    let s = engines.get(key);
    if (!s) {
      s = (async () => {
        // A plugin or framework the config names is reported with the config's path, so the user knows where to look.
        const fromConfig = <T>(load: Promise<T>) =>
          load.catch((e: unknown) => {
            throw loaded.path === null ? e : new UsageError({ message: `${loaded.path}: ${usage(e).message}` });
          });
        const plugins = [...BUNDLED_PLUGINS, ...(await fromConfig(load(loaded.config.plugins ?? [], loaded.dir))), ...flagPlugins];
        const frameworks = [...(await fromConfig(loadFrameworks(loaded.config.frameworks ?? [], loaded.dir, flags.lang))), ...flagFrameworks];
        const engine = createEngine({ plugins, frameworks, config: loaded.config, locale: flags.lang });
        // A config naming rules that exist nowhere, or options they do not take, is a usage error.
        const rules = [...genericRules, ...engine.plugins.flatMap((p) => p.rules)];
        const ruleIds = rules.map((r) => r.meta.id);
        const problems = resolveRules(rules, loaded.config).problems;
        // An id no rule has gets the closest ids; an option problem keeps the checker's wording (its schema's).
        const said = problems.map((p) => (ruleIds.includes(p.ruleId) ? p.message : unknownRule(flags.lang, p.ruleId, ruleIds)));
        if (problems.length > 0) throw new UsageError({ message: `${loaded.path ?? "config"}: ${said.join("; ")}` });
        return { engine, config: loaded.config };
      })();
      engines.set(key, s);
    }
    return s;
  };
  const run = (f: () => Promise<PlanSetup>) => Effect.tryPromise({ try: f, catch: usage });
  return {
    pluginFiles,
    flags,
    forFile: (file) =>
      run(() => {
        if (explicit) return setupFor(explicit);
        const found = findConfig(dirname(userPath(file)));
        return setupFor(found ? configAt(found) : none);
      }),
    base: () =>
      run(() => {
        const found = explicit ? null : findConfig(cwd);
        return setupFor(explicit ?? (found ? configAt(found) : none));
      }),
  };
}

/** Framework files, each path relative to `baseDir`; a bad one is a usage error naming it. */
async function loadFrameworks(paths: readonly string[], baseDir: string, lang: Locale): Promise<Framework[]> {
  const out: Framework[] = [];
  for (const path of paths) {
    const file = resolve(baseDir, path);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      const detail = (e as { code?: string }).code === "ENOENT" ? message(lang, "cli.file.noSuchFile") : e instanceof Error ? e.message : String(e);
      throw new UsageError({ message: message(lang, "cli.framework.cannotRead", { path, detail }) });
    }
    try {
      out.push(...(await frameworksFromFile(bytes, file, lang)));
    } catch (e) {
      throw new UsageError({ message: message(lang, "cli.framework.invalid", { path, detail: e instanceof Error ? e.message : String(e) }) });
    }
  }
  return out;
}
