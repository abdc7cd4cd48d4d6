import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { genericCatalogue, type CatalogueEntry } from "@cdsvn/checker";
import type { ProvincePlugin, Rule } from "@cdsvn/core";
import { BUNDLED, BUNDLED_PLUGINS } from "./bundled-plugins.ts";

/** The folder holding the nearest package.json at or above `file` (the module's own folder when none). */
function packageRootOf(file: string): string {
  for (let at = dirname(file); ; at = dirname(at)) {
    if (existsSync(join(at, "package.json"))) return at;
    if (dirname(at) === at) return dirname(file);
  }
}

/**
 * Where an installed package's docs may be: the folder of its entry module first (src/ in the
 * workspace through the "@cdsvn/source" export condition, dist/ when installed, where the build
 * copies the docs at the same paths as in src/), then its root.
 */
function installedFolders(name: string): string[] {
  const entry = fileURLToPath(import.meta.resolve(name));
  return [dirname(entry), packageRootOf(entry)];
}

/** A package's name from its package.json, or null. */
function packageName(root: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: string }).name ?? null;
  } catch {
    return null;
  }
}

/**
 * A rule's hand-written doc inside the package it ships with: its docs url is read as a path whose tail
 * lies below one of the package's folders ("https://…/plugins/ha-tinh/src/rules/x/doc.md" →
 * "src/rules/x/doc.md" below the root, "rules/x/doc.md" below src/ or dist/), the longest tail that
 * exists wins, the folders in order; a relative url is taken from them. Null when none exists.
 */
function ruleDoc(folders: readonly string[], rule: Rule): string | null {
  const url = rule.meta.docs.url.trim();
  const path = /^[a-z]+:/i.test(url) ? new URL(url).pathname : url;
  const parts = path.split("/").filter((p) => p !== "" && p !== "." && p !== "..");
  for (const folder of folders) {
    for (let i = 0; i < parts.length; i++) {
      const candidate = join(folder, ...parts.slice(i));
      if (existsSync(candidate) && candidate.endsWith(".md")) return readFileSync(candidate, "utf8");
    }
  }
  return null;
}

/**
 * Every rule the CLI runs, generic then each plugin's, with its hand-written doc: the bundled plugins'
 * from their installed packages, a plugin loaded from outside from the package (or folder) of its module
 * file. `pluginFiles` maps each plugin loaded from outside to that file.
 */
export function ruleCatalogue(plugins: readonly ProvincePlugin[] = BUNDLED_PLUGINS, pluginFiles: ReadonlyMap<ProvincePlugin, string> = new Map()): CatalogueEntry[] {
  const origin = (plugin: ProvincePlugin): { name: string; folders: string[] } => {
    const bundled = BUNDLED.find((b) => b.plugin === plugin);
    if (bundled) return { name: bundled.packageName, folders: installedFolders(bundled.packageName) };
    const file = pluginFiles.get(plugin);
    if (!file) return { name: plugin.meta.id, folders: [] };
    const root = packageRootOf(file);
    return { name: packageName(root) ?? file, folders: [dirname(file), root] };
  };
  // The checker's doc paths are relative to the folder of its entry module.
  const [checkerEntry] = installedFolders("@cdsvn/checker");
  return [
    ...genericCatalogue((path) => {
      const file = join(checkerEntry!, path);
      return existsSync(file) ? readFileSync(file, "utf8") : null;
    }),
    ...plugins.flatMap((p) => {
      const { name, folders } = origin(p);
      return p.rules.map((rule) => ({ rule, plugin: name, doc: ruleDoc(folders, rule) }));
    }),
  ];
}
