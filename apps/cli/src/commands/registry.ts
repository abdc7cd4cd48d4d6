import { message, type DocumentStatus, type LegalDocument, type Locale } from "@cdsvn/core";
import { allDocuments, lookupDocuments, statusOn } from "@cdsvn/national";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Argument, Command, Flag } from "effect/cli";
import { UsageError } from "../errors.ts";
import { configFlag, formatFlag, lang, pluginFlag } from "../options.ts";

const WORDS = {
  vi: {
    symbol: "Ký hiệu", kind: "Loại", issuer: "Cơ quan ban hành", signed: "Ngày ký", effective: "Ngày hiệu lực", horizon: "Mốc thời gian",
    status: "Tình trạng", source: "Nguồn", note: "Ghi chú", confidence: "Độ tin cậy", aliases: "Cách viết khác", by: "bởi",
    national: "quốc gia", statusOn: "ngày", none: "(chưa rõ)", wrongKind: "Lưu ý: cách viết gọi sai loại văn bản",
  },
  en: {
    symbol: "Symbol", kind: "Kind", issuer: "Issuer", signed: "Signed", effective: "Effective", horizon: "Horizon",
    status: "Status", source: "Source", note: "Note", confidence: "Confidence", aliases: "Also written", by: "by",
    national: "national", statusOn: "on", none: "(unknown)", wrongKind: "Note: the wording names the wrong document kind",
  },
} as const;

const STATUS = {
  vi: { "in-force": "còn hiệu lực", amended: "được sửa đổi", replaced: "bị thay thế", lapsed: "hết mốc thời gian", repealed: "bị bãi bỏ" },
  en: { "in-force": "in force", amended: "amended", replaced: "replaced", lapsed: "horizon lapsed", repealed: "repealed" },
} as const;

const CONFIDENCE = {
  vi: { confirmed: "đã xác minh", secondary: "nguồn thứ cấp", unconfirmed: "chưa xác minh", derived: "suy ra" },
  en: { confirmed: "confirmed", secondary: "secondary source", unconfirmed: "unconfirmed", derived: "derived" },
} as const;

const on = Flag.String("on").pipe(Flag.withDescription("ISO date (YYYY-MM-DD) to state each document's status on; default today"), Flag.optional);

const today = () => new Date().toISOString().slice(0, 10);

/** Every loaded plugin (bundled, the config's, --plugin's): their documents join the registry. */
const loadedPlugins = (flags: { config: Option.Option<string>; plugin: readonly string[]; lang: Locale }) =>
  Effect.gen(function* () {
    const { makeSession } = yield* Effect.promise(() => import("../session.ts")); // the engine loads when a command needs it
    const session = yield* makeSession({ ...flags, framework: [] });
    return (yield* session.base()).engine.plugins;
  });

const list = Command.make(
  "list",
  { on, format: formatFlag(["text", "json"], "text"), lang, config: configFlag, plugin: pluginFlag },
  Effect.fn(function* ({ on, format, lang, config, plugin }) {
    const date = Option.getOrElse(on, today);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return yield* new UsageError({ message: message(lang, "cli.registry.badDate", { value: date }) });
    const docs = allDocuments(yield* loadedPlugins({ config, plugin, lang })).documents;
    if (format === "json") return yield* Console.log(JSON.stringify(docs, null, 2));
    const w = WORDS[lang];
    for (const d of docs) {
      const s = statusOn(d, date);
      yield* Console.log(
        `${d.symbol}  ${d.signedDate ?? w.none}  ${s ? STATUS[lang][s.status] + (s.by ? ` ${w.by} ${s.by}` : "") : w.none}  ${d.province ?? w.national}  [${CONFIDENCE[lang][d.confidence]}]\n  ${d.title}`,
      );
    }
  }),
).pipe(Command.withDescription("List the legal-document registry (national and province documents) with each one's status"));

const symbol = Argument.String("symbol").pipe(
  Argument.withDescription('A document as plans write it: "NQ 57", "Nghị quyết số 57-NQ/TW", "749/QĐ-TTG", "QĐ 749", "Luật Chuyển đổi số"'),
);

const show = Command.make(
  "show",
  { symbol, format: formatFlag(["text", "json"], "text"), lang, config: configFlag, plugin: pluginFlag },
  Effect.fn(function* ({ symbol, format, lang, config, plugin }) {
    const found = lookupDocuments(symbol, allDocuments(yield* loadedPlugins({ config, plugin, lang })));
    if (found.length === 0) return yield* new UsageError({ message: message(lang, "cli.registry.noDocument", { symbol }) });
    if (format === "json") {
      return yield* Console.log(JSON.stringify(found.length === 1 ? found[0] : found, null, 2));
    }
    const blocks = found.map((r) => render(r.document, lang) + (r.kindMismatch ? `\n  ${WORDS[lang].wrongKind} ("${symbol}")` : ""));
    yield* Console.log(blocks.join("\n\n"));
  }),
).pipe(Command.withDescription("Show a document of the registry: dates, status over time and sources, looked up as plans write it"));

/** `cds registry list | show <symbol>`. */
export const registry = Command.make("registry").pipe(
  Command.withDescription("The legal-document registry: symbols, dates, status over time, sources"),
  Command.withSubcommands([list, show]),
);

function statusLine(s: DocumentStatus, locale: Locale): string {
  const w = WORDS[locale];
  return `  ${s.from}  ${STATUS[locale][s.status]}${s.by ? ` ${w.by} ${s.by}` : ""}  [${CONFIDENCE[locale][s.confidence]}] — ${s.source.document}${s.source.url ? ` ${s.source.url}` : ""}`;
}

function render(d: LegalDocument, locale: Locale): string {
  const w = WORDS[locale];
  const lines = [
    `${d.symbol}  ${d.title}`,
    `  ${w.kind}: ${d.kind} · ${w.issuer}: ${d.issuer}`,
    `  ${w.signed}: ${d.signedDate ?? w.none} · ${w.effective}: ${d.effectiveDate ?? w.none}` +
      (d.horizon ? ` · ${w.horizon}: ${d.horizon.from ?? "?"}–${d.horizon.to ?? "?"}` : ""),
    `  ${w.confidence}: ${CONFIDENCE[locale][d.confidence]}`,
  ];
  if (d.aliases && d.aliases.length > 0) lines.push(`  ${w.aliases}: ${d.aliases.join("; ")}`);
  lines.push(`  ${w.status}:`, ...d.status.map((s) => `  ${statusLine(s, locale)}`));
  lines.push(`  ${w.source}: ${d.source.document}${d.source.url ? ` — ${d.source.url}` : ""}${d.source.note ? ` (${d.source.note})` : ""}`);
  if (d.note) lines.push(`  ${w.note}: ${d.note}`);
  return lines.join("\n");
}
