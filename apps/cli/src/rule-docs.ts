import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { genericCatalogue, type CatalogueEntry } from "@cdsvn/checker";
import type { ProvincePlugin, Rule } from "@cdsvn/core";
import { loadPlugins } from "./plugins.ts";

/**
 * The folder of an installed package's entry module: src/ in the workspace (the "@cdsvn/source" export
 * condition), dist/ when installed. Packages ship their docs there, at the same paths as in src/.
 */
function entryFolder(name: string): string {
  return dirname(fileURLToPath(import.meta.resolve(name)));
}

/** Reads a file shipped beside a package's entry module, or null. */
function packageFile(name: string, path: string): string | null {
  const file = join(entryFolder(name), path);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/**
 * A plugin rule's doc: its docs url points at the Markdown file under plugins/<id>/src/ in the
 * repository, which the plugin package ships at the same path below its entry folder.
 */
function pluginRuleDoc(plugin: ProvincePlugin, rule: Rule): string | null {
  const marker = `/plugins/${plugin.meta.id}/src/`;
  const at = rule.meta.docs.url.indexOf(marker);
  return at < 0 ? null : packageFile(`@cdsvn/plugin-${plugin.meta.id}`, rule.meta.docs.url.slice(at + marker.length));
}

/** Every rule the CLI runs, generic then each province plugin's, with its hand-written doc. */
export function ruleCatalogue(): CatalogueEntry[] {
  return [
    ...genericCatalogue((path) => packageFile("@cdsvn/checker", path)),
    ...loadPlugins().flatMap((p) => p.rules.map((rule) => ({ rule, plugin: `@cdsvn/plugin-${p.meta.id}`, doc: pluginRuleDoc(p, rule) }))),
  ];
}
