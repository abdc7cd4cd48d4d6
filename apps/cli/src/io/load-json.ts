import { Plan, type DocTree } from "@cdsvn/core";
import type { ReadResult } from "@cdsvn/reader";

/** Why a .json input cannot be used as a plan: a message that says where (line:column or JSON Pointer). */
export class PlanJsonError extends Error {
  override readonly name = "PlanJsonError";
}

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Where JSON.parse stopped: V8 says "at position N" (and, in newer versions, "line L column C"). */
function syntaxLocation(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const { line, column } = lineColumn(text, Number(pos[1]));
    return `line ${line}, column ${column}`;
  }
  return "end of input";
}

/**
 * The round trip of `cds parse --format json`: a .json file holding one plan (or an array with one
 * plan, or a report object with a `plan`) is checked against the Plan schema and used as is, so other
 * applications can produce plans without a document. The tree is empty: rules see no text.
 */
export function planFromJson(bytes: Uint8Array, file: string): ReadResult {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new PlanJsonError("the file is empty");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PlanJsonError(`invalid JSON at ${syntaxLocation(text, e)}`);
  }
  if (Array.isArray(value)) {
    if (value.length !== 1) throw new PlanJsonError(`holds ${value.length} plans; give one plan per file`);
    value = value[0];
  }
  if (value !== null && typeof value === "object" && "plan" in value && !("schemaVersion" in value)) value = (value as { plan: unknown }).plan;
  const parsed = Plan.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const pointer = `/${issue.path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
    throw new PlanJsonError(`not a plan (schemaVersion "1"): ${pointer}: ${issue.message}${more}`);
  }
  const plan = parsed.data;
  const tree: DocTree = { type: "document", text: "", format: "json", children: [] };
  return { plan: { ...plan, source: { file, format: "json", textLength: 0 } }, tree, diagnostics: [] };
}
