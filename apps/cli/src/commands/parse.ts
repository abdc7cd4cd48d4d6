import type { Locale, Plan } from "@cdsvn/core";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import { treeOutline } from "@cdsvn/reader";
import { Command, Flag } from "effect/cli";
import { SomeInputsFailed } from "../errors.ts";
import { formatNumber, t } from "../i18n.ts";
import { expandInputs } from "../io/inputs.ts";
import { loadPlanOrReport } from "../io/load.ts";
import { files, formatFlag, lang } from "../options.ts";
import { plainLines } from "../io/terminal-text.ts";

const tree = Flag.Boolean("tree").pipe(
  Flag.withDescription("Print the document tree the reader built (node types, spans, table cells) instead of the plan; with --format json, the tree as JSON"),
  Flag.withDefault(false),
);

/** `cds parse <file|folder|glob…>`: the plan a reviewer's file contains, as a summary or as the JSON contract. */
export const parse = Command.make(
  "parse",
  { files, format: formatFlag(["text", "json"], "text"), lang, tree },
  Effect.fn(function* ({ files, format, lang, tree }) {
    const results: unknown[] = [];
    let failed = 0;
    const inputs = yield* expandInputs(files, lang);
    for (const file of inputs) {
      const loaded = yield* loadPlanOrReport(file, lang);
      if (loaded === null) {
        failed++;
        continue;
      }
      const { plan, diagnostics } = loaded;
      if (tree) {
        if (format === "json") results.push(loaded.tree);
        else yield* Console.log(plainLines(`${file}\n${treeOutline(loaded.tree)}`));
        continue;
      }
      const out: Plan = { ...plan, diagnostics: [...(plan.diagnostics ?? []), ...diagnostics] };
      if (format === "json") results.push(out);
      else yield* Console.log(plainLines(summary(file, out, lang)));
    }
    if (format === "json" && results.length > 0) {
      yield* Console.log(JSON.stringify(results.length === 1 && inputs.length === 1 && inputs[0] === files[0] ? results[0] : results, null, 2));
    }
    if (failed > 0) return yield* new SomeInputsFailed({ failed });
  }),
).pipe(Command.withDescription("Read plan files and print what they contain (summary, or --format json)"));

function summary(file: string, plan: Plan, locale: Locale): string {
  const m = plan.meta;
  const unit = m.unitName ? `${m.unitKind === "phuong" ? "phường" : m.unitKind === "dac-khu" ? "đặc khu" : "xã"} ${m.unitName}` : t(locale, "unknown");
  const total = plan.budget.declaredTotal;
  const lines = [
    file,
    `  ${m.title ?? t(locale, "noTitle")}`,
    `  ${t(locale, "unit")}: ${unit} · ${t(locale, "province")}: ${m.province ?? t(locale, "unknown")} · ${t(locale, "planYear")}: ${m.planYear ?? t(locale, "unknown")}`,
    `  ${t(locale, "number")}: ${m.documentNumber ?? t(locale, "blank")} · ${t(locale, "issued")}: ${m.issuedDate ?? t(locale, "blank")}`,
    `  ${t(locale, "legalBases")}: ${plan.legalBases.length} · ${t(locale, "indicators")}: ${plan.indicators.length} · ${t(locale, "tasks")}: ${plan.tasks.length} · ${t(locale, "budgetLines")}: ${plan.budget.lines.length}` +
      (total !== null ? ` (${t(locale, "total")} ${formatNumber(locale, total)} ${t(locale, "dong")})` : ""),
  ];
  const notes = plan.diagnostics ?? [];
  if (notes.length > 0) lines.push(`  ${t(locale, "parseNotes")}: ${notes.length}`);
  return lines.join("\n");
}
