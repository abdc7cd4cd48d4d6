import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { genericCatalogue, type CatalogueEntry } from "@cdsvn/checker";
import type { ProvincePlugin, Rule } from "@cdsvn/core";
import { loadPlugins } from "./plugins.ts";

/**
 * The root folder of an installed workspace package: its entry point ("src/index.ts" in the
 * workspace, "dist/index.js" when published) sits one level below it.
 */
function packageRoot(name: string): string {
  return dirname(dirname(fileURLToPath(import.meta.resolve(name))));
}

/** Reads a file shipped inside a package (packages ship src/, docs included), or null. */
function packageFile(name: string, path: string): string | null {
  const file = join(packageRoot(name), path);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/**
 * A plugin rule's doc: its docs url points at the Markdown file under plugins/<id>/ in the
 * repository, which the plugin package ships at the same path below its root.
 */
function pluginRuleDoc(plugin: ProvincePlugin, rule: Rule): string | null {
  const marker = `/plugins/${plugin.meta.id}/`;
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
