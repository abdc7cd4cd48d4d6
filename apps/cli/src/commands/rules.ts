import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogueRows, genericCatalogue, type CatalogueEntry } from "@cdsvn/checker";
import type { Locale, Rule } from "@cdsvn/core";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { Command } from "effect/cli";
import { loadPlugins } from "../plugins.ts";
import { formatFlag, lang } from "../options.ts";

const REPO_BLOB = "https://github.com/cdsvn/cds/blob/main/";
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * A plugin rule's doc: its docs url points at the Markdown file in the repository; read it from the
 * workspace when it is there (an installed CLI without the sources prints the metadata alone).
 */
function pluginRuleDoc(rule: Rule): string | null {
  const url = rule.meta.docs.url;
  if (!url.startsWith(REPO_BLOB)) return null;
  const path = `${repoRoot}${url.slice(REPO_BLOB.length)}`;
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

/** Every rule the CLI runs: the generic ones, then each province plugin's, with their docs. */
export function ruleCatalogue(): CatalogueEntry[] {
  const plugins = loadPlugins().map((p) => ({ name: `@cdsvn/plugin-${p.meta.id}`, rules: p.rules }));
  return [
    ...genericCatalogue(),
    ...plugins.flatMap((p) => p.rules.map((rule) => ({ rule, plugin: p.name, doc: pluginRuleDoc(rule) }))),
  ];
}

const HEAD: Readonly<Record<Locale, readonly string[]>> = {
  vi: ["Quy tắc", "Nhóm", "Mức", "Mô tả"],
  en: ["Rule", "Category", "Severity", "Description"],
};

/** `cds rules`: the rules with their category, default severity and what each checks. */
export const rules = Command.make(
  "rules",
  { format: formatFlag(["text", "json"], "text"), lang },
  Effect.fn(function* ({ format, lang }) {
    const rows = catalogueRows(ruleCatalogue(), lang);
    if (format === "json") return yield* Console.log(JSON.stringify(rows, null, 2));
    const idWidth = Math.max(HEAD[lang][0]!.length, ...rows.map((r) => r.id.length));
    const catWidth = Math.max(HEAD[lang][1]!.length, ...rows.map((r) => r.category.length));
    const sevWidth = Math.max(HEAD[lang][2]!.length, ...rows.map((r) => r.severity.length));
    const line = (cells: readonly string[]) =>
      `${cells[0]!.padEnd(idWidth)}  ${cells[1]!.padEnd(catWidth)}  ${cells[2]!.padEnd(sevWidth)}  ${cells[3]}`.trimEnd();
    yield* Console.log([line(HEAD[lang]), ...rows.map((r) => line([r.id, r.category, r.severity, r.description]))].join("\n"));
  }),
).pipe(Command.withDescription("List the rules: id, category, default severity, description (--format json)"));
