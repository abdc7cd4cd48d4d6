import { catalogueRows } from "@cdsvn/checker";
import type { Locale } from "@cdsvn/core";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { Command } from "effect/cli";
import { ruleCatalogue } from "../rule-docs.ts";
import { engineFlags, formatFlag, lang } from "../options.ts";

const HEAD: Readonly<Record<Locale, readonly string[]>> = {
  vi: ["Quy tắc", "Nhóm", "Mức", "Mô tả"],
  en: ["Rule", "Category", "Severity", "Description"],
};

/** `cds rules`: the rules with their category, default severity and what each checks. */
export const rules = Command.make(
  "rules",
  { format: formatFlag(["text", "json"], "text"), lang, ...engineFlags },
  Effect.fn(function* ({ format, lang, config, plugin, framework }) {
    const { makeSession } = yield* Effect.promise(() => import("../session.ts")); // the engine loads when a command needs it
    const session = yield* makeSession({ config, plugin, framework, lang });
    const { engine } = yield* session.base();
    const rows = catalogueRows(ruleCatalogue(engine.plugins, session.pluginFiles), lang);
    if (format === "json") return yield* Console.log(JSON.stringify(rows, null, 2));
    const idWidth = Math.max(HEAD[lang][0]!.length, ...rows.map((r) => r.id.length));
    const catWidth = Math.max(HEAD[lang][1]!.length, ...rows.map((r) => r.category.length));
    const sevWidth = Math.max(HEAD[lang][2]!.length, ...rows.map((r) => r.severity.length));
    const line = (cells: readonly string[]) =>
      `${cells[0]!.padEnd(idWidth)}  ${cells[1]!.padEnd(catWidth)}  ${cells[2]!.padEnd(sevWidth)}  ${cells[3]}`.trimEnd();
    yield* Console.log([line(HEAD[lang]), ...rows.map((r) => line([r.id, r.category, r.severity, r.description]))].join("\n"));
  }),
).pipe(Command.withDescription("List the rules: id, category, default severity, description (--format json)"));
