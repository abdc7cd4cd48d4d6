import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isUserFacing, stringLiterals } from "./string-literals.ts";

const src = join(dirname(fileURLToPath(import.meta.url)), "../src");

/** Literals that are words but not the report's: a font family, the model's unit value for money. */
const ALLOWED = ["Times New Roman", "đồng"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith(".ts") ? [path] : [];
  });
}

describe("every word a person reads comes from the message catalogue", () => {
  it("no string literal in packages/report/src is Vietnamese or English prose", () => {
    const stray: string[] = [];
    for (const file of sources(src)) {
      for (const lit of stringLiterals(readFileSync(file, "utf8"))) {
        if (isUserFacing(lit.text, ALLOWED)) stray.push(`${relative(src, file)}:${lit.line} ${JSON.stringify(lit.text)}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it("the scan is real: it finds words in strings and templates, and skips comments, regexes and code", () => {
    const code = [
      "// Không có phát hiện nào (a comment)",
      "const a = \"Không có phát hiện\";",
      "const b = `${n} files could not be read`;",
      "const re = /[\"']no such file/g;",
      "const css = `body{font-family:serif} .x{border:1px solid red}`;",
      "const tag = `<td class=\"num\">${x}</td>`;",
      "const key = 'status.met';",
    ].join("\n");
    const found = stringLiterals(code).filter((l) => isUserFacing(l.text, ALLOWED)).map((l) => l.line);
    expect(found).toEqual([2, 3]);
  });
});
