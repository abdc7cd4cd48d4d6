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

/** The root folder of an installed package, from its entry point. */
function installedRoot(name: string): string {
  return packageRootOf(fileURLToPath(import.meta.resolve(name)));
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
 * lies below the package root ("https://…/plugins/ha-tinh/src/rules/x/doc.md" → "src/rules/x/doc.md"),
 * the longest tail that exists wins; a relative url is taken from the root. Null when none exists.
 */
function ruleDoc(root: string, rule: Rule): string | null {
  const url = rule.meta.docs.url.trim();
  const path = /^[a-z]+:/i.test(url) ? new URL(url).pathname : url;
  const parts = path.split("/").filter((p) => p !== "" && p !== "." && p !== "..");
  for (let i = 0; i < parts.length; i++) {
    const candidate = join(root, ...parts.slice(i));
    if (existsSync(candidate) && candidate.endsWith(".md")) return readFileSync(candidate, "utf8");
  }
  return null;
}

/**
 * Every rule the CLI runs, generic then each plugin's, with its hand-written doc: the bundled plugins'
 * from their installed packages, a plugin loaded from outside from the package (or folder) of its module
 * file. `pluginFiles` maps each plugin loaded from outside to that file.
 */
export function ruleCatalogue(plugins: readonly ProvincePlugin[] = BUNDLED_PLUGINS, pluginFiles: ReadonlyMap<ProvincePlugin, string> = new Map()): CatalogueEntry[] {
  const origin = (plugin: ProvincePlugin): { name: string; root: string | null } => {
    const bundled = BUNDLED.find((b) => b.plugin === plugin);
    if (bundled) return { name: bundled.packageName, root: installedRoot(bundled.packageName) };
    const file = pluginFiles.get(plugin);
    if (!file) return { name: plugin.meta.id, root: null };
    const root = packageRootOf(file);
    return { name: packageName(root) ?? file, root };
  };
  return [
    ...genericCatalogue((path) => {
      const file = join(installedRoot("@cdsvn/checker"), path);
      return existsSync(file) ? readFileSync(file, "utf8") : null;
    }),
    ...plugins.flatMap((p) => {
      const { name, root } = origin(p);
      return p.rules.map((rule) => ({ rule, plugin: name, doc: root ? ruleDoc(root, rule) : null }));
    }),
  ];
}
