import { readPlan, UnreadableInput, UnsupportedFormat, type ReadResult } from "@cdsvn/reader";
import { PlanJsonError, planFromJson, planFromValue } from "./plan-json.ts";

/**
 * What the engine analyses: the bytes of a file (a browser's File, a file the CLI read, an upload) with
 * its name, or a Plan JSON object (`cds parse --format json`, or built by another application).
 */
export type AnalyzeInput =
  | { readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly plan: unknown; readonly fileName?: string };

/**
 * Why an input could not be used at all: not readable, a format the reader does not take, or JSON that
 * is not a plan. `reason` is one line that says where when it can (line and column, JSON Pointer).
 */
export class InputRejected extends Error {
  override readonly name = "InputRejected";
  readonly _tag = "InputRejected";
  readonly fileName: string;
  readonly reason: string;
  constructor(fileName: string, reason: string) {
    super(`${fileName}: ${reason}`);
    this.fileName = fileName;
    this.reason = reason;
  }
}

/** The name a Plan JSON object is reported under when the caller gives none. */
const PLAN_JSON_NAME = "plan.json";

/** The file name an input is reported under. */
export function inputName(input: AnalyzeInput): string {
  return input.fileName ?? PLAN_JSON_NAME;
}

/**
 * An input → its plan, tree and parse diagnostics. A `.json` file is a plan already (schema-checked, not
 * read as a document); anything else goes to the reader. Rejects only with InputRejected.
 */
export async function readInput(input: AnalyzeInput): Promise<ReadResult> {
  const fileName = inputName(input);
  try {
    if ("bytes" in input) return /\.json$/i.test(fileName) ? planFromJson(input.bytes, fileName) : await readPlan(input.bytes, { fileName });
    return planFromValue(input.plan, fileName);
  } catch (e) {
    if (e instanceof PlanJsonError) throw new InputRejected(fileName, e.message);
    if (e instanceof UnreadableInput || e instanceof UnsupportedFormat) throw new InputRejected(fileName, e.detail);
    throw new InputRejected(fileName, `cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
}
