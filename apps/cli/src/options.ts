import { Argument, Flag } from "effect/cli";

/** Flags and arguments several commands share. */
export const files = Argument.String("file").pipe(
  Argument.withDescription("Plan files, folders or globs: .txt .md .html .docx .pdf (.json from `cds parse --format json`)"),
  Argument.atLeast(1),
);

export const lang = Flag.Literals("lang", ["vi", "en"]).pipe(
  Flag.withDescription("Language of the output (vi: tiếng Việt, en: English)"),
  Flag.withDefault("vi"),
);

export const formatFlag = <const F extends ReadonlyArray<string>>(choices: F, dflt: F[number]) =>
  Flag.Literals("format", choices).pipe(Flag.withAlias("f"), Flag.withDescription("Output format"), Flag.withDefault(dflt));

/** `--province`: a loaded plugin's id or any spelling of its name; detected from the text when absent. */
export const province = Flag.String("province").pipe(
  Flag.withDescription("Province: a loaded plugin's id (e.g. ha-tinh) or name (e.g. \"Hà Tĩnh\"); detected from the text when absent"),
  Flag.optional,
);

/** `--config`: one config for every plan, instead of the nearest cds.config.json above each. */
export const configFlag = Flag.String("config").pipe(
  Flag.withDescription("Config file (default: the nearest cds.config.json above each plan)"),
  Flag.optional,
);

/** `--plugin`: a province plugin to load besides the bundled ones (repeatable). */
export const pluginFlag = Flag.String("plugin").pipe(
  Flag.withDescription("Province plugin to load, repeatable: a path (./my-plugin.mjs) or an installed package (@scope/cds-plugin-x)"),
  Flag.atLeast(0),
);

/** `--framework`: a framework file to add (repeatable). */
export const frameworkFlag = Flag.String("framework").pipe(
  Flag.withDescription("Framework file to add, repeatable (JSON, see docs/schemas/framework.schema.json); same id replaces a bundled framework"),
  Flag.atLeast(0),
);

/** `--jobs`: worker threads for the files of a run; default one per core. */
export const jobsFlag = Flag.Int("jobs").pipe(
  Flag.withAlias("j"),
  Flag.withDescription("Worker threads for the files of a run (default: one per core)"),
  Flag.optional,
);

/** The flags that choose what the engine runs with, shared by every command that checks. */
export const engineFlags = { config: configFlag, plugin: pluginFlag, framework: frameworkFlag } as const;
