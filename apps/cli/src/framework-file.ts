import { Framework } from "@cdsvn/core";
import { jsonErrorOffset } from "@cdsvn/engine";

/**
 * A framework file (`--framework FILE`, the config's "frameworks") → the frameworks it holds: JSON with
 * one framework or an array of them, each checked against core's Framework schema. Throws an Error whose
 * message says where the file is wrong (line, or JSON Pointer).
 * The one place framework files are parsed: to be swapped for @cdsvn/reader's parseFrameworkFile
 * (JSON, xlsx, csv) when it lands.
 */
export function frameworksFromFile(bytes: Uint8Array, fileName: string): Framework[] {
  if (!/\.json$/i.test(fileName)) throw new Error("a framework file is JSON (.json) for now");
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const at = jsonErrorOffset(text);
    throw new Error(`invalid JSON at line ${text.slice(0, at).split("\n").length}`);
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => {
    const parsed = Framework.safeParse(item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const pointer = `/${[...(Array.isArray(value) ? [i] : []), ...issue.path].join("/")}`;
    throw new Error(`not a framework: ${pointer}: ${issue.message}`);
  });
}
