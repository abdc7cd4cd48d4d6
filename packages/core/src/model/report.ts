import { z } from "zod";
import { Comparison } from "./comparison.ts";
import { Diagnostic } from "./diagnostic.ts";
import { Plan } from "./plan.ts";

/** The diagnostics JSON contract: what `validate` and `compare` emit per input file. */
export const FileReport = z
  .object({
    file: z.string(),
    plan: Plan.nullable(),
    diagnostics: z.array(Diagnostic),
    comparison: Comparison.nullable().optional(),
    /** Precomputed counts, so consumers need not recount. */
    summary: z.object({
      errors: z.number().int().nonnegative(),
      warnings: z.number().int().nonnegative(),
      infos: z.number().int().nonnegative(),
    }),
    /** What produced the findings: engine version, rule count, frameworks used. */
    ruleset: z
      .object({
        engine: z.string(),
        rules: z.number().int().nonnegative(),
        province: z.string().nullable(),
        frameworks: z.array(z.string()),
      })
      .optional(),
  })
  .meta({ id: "FileReport", title: "FileReport" });
export type FileReport = z.infer<typeof FileReport>;

/** `cds validate|compare --format json` prints an array of these, one per input file. */
export const Report = z.array(FileReport).meta({ id: "Report", title: "Report" });
export type Report = z.infer<typeof Report>;

/**
 * The counts of errors, warnings and infos among `diagnostics`: the `summary` of a FileReport.
 *
 * @example
 * ```ts
 * import { summarize } from "@cdsvn/core";
 * summarize([]); // { errors: 0, warnings: 0, infos: 0 }
 * ```
 */
export function summarize(diagnostics: readonly Diagnostic[]): FileReport["summary"] {
  let errors = 0, warnings = 0, infos = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
