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

/**
 * Offset of the first syntax error in `text`, by a small recursive-descent scan: V8's JSON.parse
 * messages give a position for some errors and none for others ("Unexpected token '}'").
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => { while (i < text.length && " \t\r\n".includes(text[i]!)) i++; };
  const fail = (): never => { throw i; };
  const literal = (word: string) => { if (text.startsWith(word, i)) i += word.length; else fail(); };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++; ws();
      if (text[i] === "}") { i++; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string(); ws();
        if (text[i] !== ":") fail();
        i++; value(); ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === "}") { i++; return; }
        fail();
      }
    }
    if (c === "[") {
      i++; ws();
      if (text[i] === "]") { i++; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === "]") { i++; return; }
        fail();
      }
    }
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    fail();
  };
  try {
    value(); ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === "number") return at;
    throw at;
  }
  return text.length;
}

function syntaxLocation(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset >= text.length) return "end of input";
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/** The tree of a plan given as JSON: no document, so rules that read text see none. */
function emptyTree(): DocTree {
  return { type: "document", text: "", format: "json", children: [] };
}

/**
 * A Plan JSON value (one plan, an array with one plan, or a report object with a `plan`) checked against
 * the Plan schema and used as is, so other applications can hand plans without a document.
 */
export function planFromValue(value: unknown, fileName: string): ReadResult {
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
  return { plan: { ...plan, source: { file: fileName, format: "json", textLength: 0 } }, tree: emptyTree(), diagnostics: [] };
}

/** The round trip of `cds parse --format json`: the bytes of a .json file holding a plan. */
export function planFromJson(bytes: Uint8Array, fileName: string): ReadResult {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new PlanJsonError("the file is empty");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PlanJsonError(`invalid JSON at ${syntaxLocation(text)} (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
  }
  return planFromValue(value, fileName);
}
