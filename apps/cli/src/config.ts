import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Config } from "@cdsvn/core";
import { UsageError } from "./errors.ts";

export const CONFIG_NAME = "cds.config.json";

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

/** Reads and checks a config file; a missing or malformed one is a usage error (exit 2). */
export function readConfig(path: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError({ message: `${path}: cannot read the config (${e instanceof Error ? e.message : String(e)})` });
  }
  const parsed = Config.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError({ message: `${path}: invalid config: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}` });
  }
  return parsed.data;
}
