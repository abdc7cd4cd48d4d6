import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Config, message, type Locale } from "@cdsvn/core";
import vietnameseZodMessages from "zod/v4/locales/vi.js";
import { CONFIG_NAME } from "./config-name.ts";
import { UsageError } from "./errors.ts";

/** A config as read from its file: relative paths in it (plugins, frameworks) are taken from `dir`. */
export interface LoadedConfig {
  readonly config: Config;
  /** The file, or null for the empty config used when there is none. */
  readonly path: string | null;
  readonly dir: string;
}

/** The nearest cds.config.json at or above `dir`, or null. */
export function findConfig(dir: string): string | null {
  let at = resolve(dir);
  for (;;) {
    const candidate = join(at, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(at);
    if (up === at) return null;
    at = up;
  }
}

/**
 * Reads and checks a config file, the one loader every command uses. A missing, malformed or invalid
 * file is a usage error (exit 2) naming the file and, for an unknown key, the key, in the run's language
 * (zod's own Vietnamese messages for a value of the wrong type).
 */
export function readConfig(path: string, lang: Locale): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError({ message: message(lang, "cli.config.cannotRead", { path, detail: e instanceof Error ? e.message : String(e) }) });
  }
  const parsed = Config.safeParse(raw, lang === "vi" ? { error: vietnameseZodMessages().localeError } : undefined);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      i.code === "unrecognized_keys"
        ? message(lang, i.keys.length > 1 ? "cli.config.unknownKeys" : "cli.config.unknownKey", { keys: i.keys.map((k) => `"${[...i.path, k].join(".")}"`).join(", ") })
        : `${i.path.join(".") || "(root)"}: ${i.message}`,
    );
    throw new UsageError({ message: message(lang, "cli.config.invalid", { path, problems: problems.join("; ") }) });
  }
  return { config: parsed.data, path, dir: dirname(path) };
}
