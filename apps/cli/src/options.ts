import { Argument, Flag } from "effect/cli";

/** Flags and arguments several commands share. */
export const files = Argument.String("file").pipe(
  Argument.withDescription("Plan file(s): .txt .md .html .docx .pdf (.json from `cds parse --format json`)"),
  Argument.atLeast(1),
);

export const lang = Flag.Literals("lang", ["vi", "en"]).pipe(
  Flag.withDescription("Language of the output (vi: tiếng Việt, en: English)"),
  Flag.withDefault("vi"),
);

export const formatFlag = <const F extends ReadonlyArray<string>>(choices: F, dflt: F[number]) =>
  Flag.Literals("format", choices).pipe(Flag.withAlias("f"), Flag.withDescription("Output format"), Flag.withDefault(dflt));

/** `--province`: a plugin id or any spelling of the name; detected from the text when absent. */
export const province = Flag.String("province").pipe(
  Flag.withDescription("Province plugin id (ha-tinh, hai-phong, thanh-hoa, nghe-an) or name; detected from the text when absent"),
  Flag.optional,
);
