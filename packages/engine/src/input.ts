import { message, type MessageId } from "@cdsvn/core";
import { readPlan, UnreadableInput, UnsupportedFormat, type ReadResult } from "@cdsvn/reader";
import { holdsNothingOfAPlan } from "./not-a-plan.ts";
import { PlanJsonError, planFromJson, planFromValue } from "./plan-json.ts";

/**
 * What the engine analyses: the bytes of a file (a browser's File, a file the CLI read, an upload) with
 * its name, or a Plan JSON object (`cds parse --format json`, or built by another application).
 */
export type AnalyzeInput =
  | { readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly plan: unknown; readonly fileName?: string };

/**
 * Why an input could not be used at all: not readable, a format the reader does not take, JSON that is
 * not a plan, or a document that holds nothing of a plan. `reason` is one line in English that says
 * where when it can (line and column, JSON Pointer); `reasonId`, when the reason is one of core's
 * catalogue, lets a door word it in its user's language (`message(locale, reasonId)`).
 */
export class InputRejected extends Error {
  override readonly name = "InputRejected";
  readonly _tag = "InputRejected";
  readonly fileName: string;
  readonly reason: string;
  readonly reasonId: MessageId | null;
  constructor(fileName: string, reason: string, reasonId: MessageId | null = null) {
    super(`${fileName}: ${reason}`);
    this.fileName = fileName;
    this.reason = reason;
    this.reasonId = reasonId;
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
 * read as a document); anything else goes to the reader. Either way, a plan that holds nothing a plan
 * has is refused here, so every door refuses the same input. Rejects only with InputRejected.
 */
export async function readInput(input: AnalyzeInput): Promise<ReadResult> {
  const fileName = inputName(input);
  let read: ReadResult;
  try {
    if ("bytes" in input) read = /\.json$/i.test(fileName) ? planFromJson(input.bytes, fileName) : await readPlan(input.bytes, { fileName });
    else read = planFromValue(input.plan, fileName);
  } catch (e) {
    if (e instanceof PlanJsonError) throw new InputRejected(fileName, e.message);
    if (e instanceof UnreadableInput || e instanceof UnsupportedFormat) throw new InputRejected(fileName, e.detail);
    throw new InputRejected(fileName, `cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
  if (holdsNothingOfAPlan(read.plan)) throw new InputRejected(fileName, message("en", "engine.input.notAPlan"), "engine.input.notAPlan");
  return read;
}
