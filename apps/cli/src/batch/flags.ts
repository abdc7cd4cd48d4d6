import { Flag } from "effect/cli";

/** `--summary <file>`: the province summary of a folder run (.xlsx, .json or .csv). */
export const summaryFlag = Flag.String("summary").pipe(
  Flag.withDescription("With a folder: write the summary (one row per plan, one column per framework indicator) to .xlsx, .json or .csv"),
  Flag.optional,
);
