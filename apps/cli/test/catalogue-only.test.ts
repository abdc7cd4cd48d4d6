import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 15 item 1: what the CLI says to a person (usage and file errors, stderr notes) comes from core's
 * message catalogue in the run's --lang, never from an English literal. This scans apps/cli/src for
 * string literals at the places a person reads: an error's `message:` or `reason:`, `Console.error(…)`
 * and `Console.log(…)`. A literal counts when, once its `${…}` parts are removed, two words in a row
 * remain ("cds: ${e.message}" and "json" do not count; "cannot write (${detail})" does).
 *
 * KNOWN_DEBT lists the files allowed such literals, with how many such literals each still has:
 * the test fails when a file outside it gains one, or when a count grows (and asks for the count to be
 * lowered when one is fixed). Flag descriptions (`Flag.withDescription`) stay English, as effect/cli's
 * own help text around them is English; they are not scanned.
 */
const KNOWN_DEBT: Record<string, number> = {
  // The web page's server words its few lines from its own vi/en table (its HTTP answers are JSON for the page).
  "commands/serve.ts": Infinity,
  // A worker's exit code, shown inside the catalogue's "analysis stopped ({detail})".
  "batch/pool.ts": 1,
};

const src = join(import.meta.dirname, "../src");
const SPOKEN = /\b(?:message|reason)\s*:|Console\.(?:error|log)\(/;
const LITERAL = /"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** Literals with words in them on the lines a person reads. */
function spokenLiterals(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (!SPOKEN.test(line)) continue;
    for (const [lit] of line.matchAll(LITERAL)) {
      const words = lit.slice(1, -1).replace(/\$\{[^}]*\}/g, " ").replace(/\bcds\b/g, " ");
      // Words: two or more in a row ("cannot write"); an id, a tag or a format name ("json", "cli.x") is one.
      if (/\p{L}{2,}\s+\p{L}{2,}/u.test(words)) out.push(lit);
    }
  }
  return out;
}

describe("the CLI's words come from the catalogue", () => {
  const found = new Map(files(src).map((f) => [relative(src, f).replaceAll("\\", "/"), spokenLiterals(readFileSync(f, "utf8"))]));

  it("finds the literals it is meant to find (the scan itself can fail)", () => {
    expect(spokenLiterals('    catch: (e) => new UsageError({ message: `cannot write (${e.message})` }),')).toEqual(["`cannot write (${e.message})`"]);
    expect(spokenLiterals("Console.error(plainText(`cds: ${e.message}`))")).toEqual([]);
    expect(spokenLiterals('new InputError({ file, reason: message(locale, "cli.file.noSuchFile") })')).toEqual([]);
  });

  it("no file outside the known debt has a user-facing literal", () => {
    const offenders = [...found].filter(([file, lits]) => lits.length > 0 && !(file in KNOWN_DEBT));
    expect(offenders).toEqual([]);
  });

  it("the known debt does not grow", () => {
    for (const [file, max] of Object.entries(KNOWN_DEBT)) {
      const n = found.get(file)?.length ?? 0;
      expect(n, `${file}: ${found.get(file)?.join(" | ")}`).toBeLessThanOrEqual(max);
    }
  });
});
