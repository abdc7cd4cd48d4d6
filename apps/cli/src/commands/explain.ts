import { renderRulePage } from "@cdsvn/checker";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { Argument, Command } from "effect/cli";
import { UsageError } from "../errors.ts";
import { engineFlags, lang } from "../options.ts";
import { ruleCatalogue } from "../rule-docs.ts";
import { unknownRule } from "../rule-suggest.ts";

const ruleId = Argument.String("ruleId").pipe(Argument.withDescription("A rule id, as `cds rules` lists it (e.g. budget/group-sum)"));

/** `cds explain <ruleId>`: a rule's page (what it checks, why, its messages, how to configure it). */
export const explain = Command.make(
  "explain",
  { ruleId, lang, ...engineFlags },
  Effect.fn(function* ({ ruleId, lang, config, plugin, framework }) {
    // Any loaded plugin's rules: the bundled ones, the config's and --plugin's.
    const { makeSession } = yield* Effect.promise(() => import("../session.ts")); // the engine loads when a command needs it
    const session = yield* makeSession({ config, plugin, framework, lang });
    const { engine } = yield* session.base();
    const catalogue = ruleCatalogue(engine.plugins, session.pluginFiles);
    const entry = catalogue.find((e) => e.rule.meta.id === ruleId.trim());
    if (!entry) return yield* new UsageError({ message: unknownRule(lang, ruleId.trim(), catalogue.map((e) => e.rule.meta.id)) });
    yield* Console.log(renderRulePage(entry).trimEnd());
  }),
).pipe(Command.withDescription("Print the documentation of a rule"));
