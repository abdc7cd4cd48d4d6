import { link, rm, writeFile } from "node:fs/promises";
import { versionsInForce } from "@cdsvn/checker";
import { message, type Framework, type FrameworkTarget, type Locale } from "@cdsvn/core";
import { allFrameworks } from "@cdsvn/national";
import { describeLocation, frameworkTemplate, parseFrameworkFile } from "@cdsvn/reader";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Argument, Command, Flag } from "effect/cli";
import { UsageError } from "../errors.ts";
import { readBytes } from "../io/load.ts";
import { userPath } from "../io/user-path.ts";
import { formatFlag, lang } from "../options.ts";
import { loadPlugins } from "../plugins.ts";

/** The words of `cds frameworks`, per locale (the data itself is Vietnamese, as its sources). */
const WORDS = {
  vi: {
    indicators: "chỉ tiêu", years: "Năm áp dụng", documents: "Văn bản", notes: "Ghi chú", confidence: "độ tin cậy",
    levels: { national: "quốc gia", province: "tỉnh", commune: "xã" }, noTargets: "(không có chỉ tiêu cho năm này)",
    source: "nguồn", version: "phiên bản", effective: "hiệu lực từ", forYear: "cho năm",
  },
  en: {
    indicators: "indicators", years: "Years", documents: "Documents", notes: "Notes", confidence: "confidence",
    levels: { national: "national", province: "province", commune: "commune" }, noTargets: "(no target for this year)",
    source: "source", version: "version", effective: "effective from", forYear: "for year",
  },
} as const;

const CONFIDENCE = {
  vi: { confirmed: "đã xác minh", secondary: "nguồn thứ cấp", unconfirmed: "chưa xác minh", derived: "suy ra" },
  en: { confirmed: "confirmed", secondary: "secondary source", unconfirmed: "unconfirmed", derived: "derived" },
} as const;

const year = Flag.Int("year").pipe(Flag.withDescription("Only the version in force and the targets due for this plan year"), Flag.optional);

const list = Command.make(
  "list",
  { format: formatFlag(["text", "json"], "text"), lang },
  Effect.fn(function* ({ format, lang }) {
    const frameworks = allFrameworks(loadPlugins());
    if (format === "json") {
      return yield* Console.log(JSON.stringify(frameworks.map(summaryOf), null, 2));
    }
    const w = WORDS[lang];
    for (const f of frameworks) {
      yield* Console.log(
        `${f.id}@${f.version}  ${f.years.from}–${f.years.to}  ${f.province ?? w.levels.national}  ${f.indicators.length} ${w.indicators}  [${CONFIDENCE[lang][f.confidence]}]\n  ${f.title}`,
      );
    }
  }),
).pipe(Command.withDescription("List the national and province frameworks, every version"));

const id = Argument.String("id").pipe(Argument.withDescription("Framework id (qd-749, nq-57, qd-411, qd-2629, bcd-tw-2026, or a province's), optionally @version"));

const show = Command.make(
  "show",
  { id, year, format: formatFlag(["text", "json"], "text"), lang },
  Effect.fn(function* ({ id, year, format, lang }) {
    const frameworks = allFrameworks(loadPlugins());
    const [fid, version] = id.split("@") as [string, string | undefined];
    const versions = frameworks.filter((f) => f.id === fid);
    if (versions.length === 0) {
      return yield* new UsageError({ message: message(lang, "cli.frameworks.unknown", { id: fid, ids: [...new Set(frameworks.map((f) => f.id))].join(", ") }) });
    }
    const y = Option.getOrNull(year);
    let chosen: Framework | undefined;
    if (version) chosen = versions.find((f) => f.version === version);
    else if (y !== null) chosen = versionsInForce(versions.filter((f) => f.years.from <= y && y <= f.years.to), `${y}-12-31`)[0];
    else chosen = versions.at(-1);
    if (!chosen) {
      const known = versions.map((f) => f.version).join(", ");
      return yield* new UsageError({
        message: version
          ? message(lang, "cli.frameworks.noVersion", { id: fid, version, versions: known })
          : message(lang, "cli.frameworks.noVersionForYear", { id: fid, year: String(y), versions: known }),
      });
    }
    const shown = y === null ? chosen : forYear(chosen, y);
    if (format === "json") return yield* Console.log(JSON.stringify(shown, null, 2));
    yield* Console.log(render(shown, y, lang));
  }),
).pipe(Command.withDescription("Show a framework: every indicator, its targets and their sources (--year: the version and targets for that plan year)"));

const to = Flag.Literals("to", ["xlsx", "csv", "json"]).pipe(Flag.withDescription("Template format: xlsx (with a sheet explaining each column), csv, json"), Flag.withDefault("xlsx"));
const output = Flag.String("output").pipe(Flag.withAlias("o"), Flag.withDescription("Where to write (default khung-chi-tieu.<ext>; - for stdout)"), Flag.optional);

/**
 * Writes a file whole or not at all: into a temporary file beside it, then linked into place, so an
 * interrupted run leaves no half template and an existing file is never overwritten.
 */
const writeNew = (path: string, data: Uint8Array, lang: Locale) =>
  Effect.tryPromise({
    try: async () => {
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, data, { flag: "wx" });
      try {
        await link(tmp, path); // fails, atomically, when the file exists
      } finally {
        await rm(tmp, { force: true });
      }
    },
    catch: (e) => new UsageError({
      message: (e as { code?: string }).code === "EEXIST"
        ? message(lang, "cli.output.exists", { path })
        : `${path}: ${message(lang, "cli.file.cannotWrite", { detail: e instanceof Error ? e.message : String(e) })}`,
    }),
  });

const template = Command.make(
  "template",
  { to, output, lang },
  Effect.fn(function* ({ to, output, lang }) {
    const bytes = yield* Effect.promise(() => frameworkTemplate(to));
    const target = Option.getOrElse(output, () => `khung-chi-tieu.${to}`);
    if (target === "-") {
      if (to === "xlsx") return yield* new UsageError({ message: message(lang, "cli.frameworks.xlsxToTerminal") });
      return yield* Effect.sync(() => process.stdout.write(bytes));
    }
    const path = userPath(target);
    yield* writeNew(path, bytes, lang);
    yield* Console.error(`cds: ${path}`);
  }),
).pipe(Command.withDescription("Write an empty framework file to fill in (one worked row; the .xlsx explains every column)"));

const file = Argument.String("file").pipe(Argument.withDescription("A framework file: .xlsx, .csv or .json"));

/** The words of `cds frameworks check`. */
const CHECK = {
  vi: { error: "lỗi", warning: "cảnh báo", valid: "hợp lệ", invalid: "không hợp lệ", read: "đọc được", targets: "chỉ tiêu", errors: "lỗi", warnings: "cảnh báo" },
  en: { error: "error", warning: "warning", valid: "valid", invalid: "invalid", read: "read", targets: "targets", errors: "errors", warnings: "warnings" },
} as const;

const check = Command.make(
  "check",
  { file, format: formatFlag(["text", "json"], "text"), lang },
  Effect.fn(function* ({ file, format, lang }) {
    const bytes = yield* readBytes(file, lang);
    const { frameworks, problems } = yield* Effect.promise(() => parseFrameworkFile(bytes, file));
    const errors = problems.filter((p) => p.severity === "error").length;
    const targets = frameworks.reduce((n, f) => n + f.indicators.reduce((m, i) => m + i.targets.length, 0), 0);
    if (format === "json") {
      yield* Console.log(JSON.stringify({
        file, valid: errors === 0, frameworks: frameworks.map(summaryOf),
        problems: problems.map((p) => ({ severity: p.severity, where: p.where, message: p.message[lang] })),
      }, null, 2));
    } else {
      const w = CHECK[lang];
      for (const p of problems) {
        const where = describeLocation(p.where, lang);
        yield* Console.log(`${file}${where ? `: ${where}` : ""}: ${w[p.severity]}: ${p.message[lang]}`);
      }
      yield* Console.log(`${file}: ${errors === 0 ? w.valid : w.invalid}; ${w.read} ${frameworks.length} ${lang === "vi" ? "khung" : "framework(s)"}, ${targets} ${w.targets}` +
        `${problems.length ? ` (${errors} ${w.errors}, ${problems.length - errors} ${w.warnings})` : ""}`);
    }
    if (errors > 0) return yield* new UsageError({ message: `${file}: ${errors === 1 ? message(lang, "cli.frameworks.oneError") : message(lang, "cli.frameworks.errorCount", { count: errors })}` });
  }),
).pipe(Command.withDescription("Check a framework file (.xlsx, .csv, .json): every problem with its row and column; exit 2 when invalid"));

/** `cds frameworks list | show <id> [--year Y] | template [--to xlsx|csv|json] | check FILE`. */
export const frameworks = Command.make("frameworks").pipe(
  Command.withDescription("National and province indicator frameworks, with the source of every target; templates and checks for your own"),
  Command.withSubcommands([list, show, template, check]),
);

function summaryOf(f: Framework) {
  return {
    id: f.id, version: f.version, title: f.title, level: f.level, province: f.province, years: f.years,
    effective: f.effective ?? null, confidence: f.confidence, indicators: f.indicators.length,
    documents: f.documents.map((d) => d.document),
  };
}

/** The framework with only the targets due in `year`, and only indicators that have one. */
function forYear(f: Framework, year: number): Framework {
  return {
    ...f,
    indicators: f.indicators
      .map((i) => ({ ...i, targets: i.targets.filter((t) => t.from <= year && year <= t.to) }))
      .filter((i) => i.targets.length > 0),
  };
}

const CMP: Record<FrameworkTarget["comparator"], string> = { ">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<", range: "" };

function formatTarget(t: FrameworkTarget): string {
  const value = t.comparator === "range" ? `${t.value}–${t.max ?? "?"}` : `${CMP[t.comparator]} ${t.value}`;
  return value;
}

function render(f: Framework, year: number | null, locale: Locale): string {
  const w = WORDS[locale];
  const c = CONFIDENCE[locale];
  const out: string[] = [
    `${f.title}`,
    `  ${f.id}@${f.version}${f.effective ? ` · ${w.effective} ${f.effective}` : ""} · ${w.years}: ${f.years.from}–${f.years.to}${year !== null ? ` · ${w.forYear} ${year}` : ""} · ${w.confidence}: ${c[f.confidence]}`,
    `  ${w.documents}: ${f.documents.map((d) => `${d.document}${d.date ? ` (${d.date})` : ""}`).join("; ")}`,
  ];
  for (const note of f.notes ?? []) out.push(`  ${w.notes}: ${note}`);
  if (f.indicators.length === 0) out.push(`  ${w.noTargets}`);
  for (const i of f.indicators) {
    out.push("", `${i.code}  ${i.name}  [${i.unit}]`);
    // One line per stated figure: targets that differ only in level are shown together.
    const groups = new Map<string, { t: FrameworkTarget; levels: string[] }>();
    for (const t of i.targets) {
      const key = JSON.stringify([t.from, t.to, t.comparator, t.value, t.max, t.source, t.confidence]);
      const g = groups.get(key) ?? { t, levels: [] };
      g.levels.push(w.levels[t.level]);
      groups.set(key, g);
    }
    for (const { t, levels } of groups.values()) {
      const years = t.from === t.to ? `${t.from}` : `${t.from}–${t.to}`;
      out.push(`  ${years}  ${formatTarget(t)}  (${levels.join(", ")})  [${c[t.confidence]}]`);
      out.push(`    ${w.source}: ${t.source.document}${t.source.article ? `, ${t.source.article}` : ""}${t.source.url ? ` — ${t.source.url}` : ""}`);
    }
  }
  return out.join("\n");
}
