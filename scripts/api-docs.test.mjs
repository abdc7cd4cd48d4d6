// The doc-comment check on a fixture workspace: it must follow every way a name reaches a package's
// entry, fail naming the package, the export and its file:line, and fail on an example that does not
// compile. Run by `pnpm api:docs` (node --test) before the check of the real tree.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const script = join(dirname(fileURLToPath(import.meta.url)), "api-docs.mjs");
const roots = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A workspace with one published package whose src/ holds `files`. */
function workspace(files) {
  const root = mkdtempSync(join(tmpdir(), "api-docs-"));
  roots.push(root);
  const dir = join(root, "packages", "fixture");
  mkdirSync(join(dir, "src"), { recursive: true });
  const exports = { ".": { "@cdsvn/source": "./src/index.ts", types: "./dist/index.d.ts", default: "./dist/index.js" } };
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "@cdsvn/fixture", type: "module", exports }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "src", name), text);
  return root;
}

const run = (root, ...flags) => spawnSync(process.execPath, [script, "--root", root, ...flags], { encoding: "utf8" });

describe("api-docs", () => {
  const reexports = {
    "index.ts": [
      'export * from "./star.ts";',
      'export { named as renamed } from "./named.ts";',
      'import { imported } from "./imported.ts";',
      "export { imported };",
      "export default imported;",
      "/** Documented where it is declared. */",
      "export const local = 1;",
      "",
    ].join("\n"),
    "star.ts": [
      "/** A schema: the comment on the value documents the type of the same name. */",
      "export const Pair = 1;",
      "export type Pair = number;",
      "",
      "export function undocumentedStar(): void {}",
      "",
    ].join("\n"),
    "named.ts": "/** Documented. */\nexport const named = 2;\nexport const notReExported = 3;\n",
    "imported.ts": "// a line comment is not a doc comment\nexport const imported = 4;\n",
  };

  it("names every undocumented public name with its package and file:line, and nothing else", () => {
    const r = run(workspace(reexports), "--no-examples");
    assert.equal(r.status, 1, r.stderr);
    const problems = r.stderr.split("\n").filter((l) => l.includes("has no TSDoc comment")).sort();
    assert.deepEqual(problems, [
      "api-docs: @cdsvn/fixture: default (packages/fixture/src/imported.ts:2) has no TSDoc comment",
      "api-docs: @cdsvn/fixture: imported (packages/fixture/src/imported.ts:2) has no TSDoc comment",
      "api-docs: @cdsvn/fixture: undocumentedStar (packages/fixture/src/star.ts:5) has no TSDoc comment",
    ]);
  });

  it("passes a package whose every public name is documented", () => {
    const documented = {
      ...reexports,
      "star.ts": reexports["star.ts"].replace("export function undocumentedStar", "/** Now documented. */\nexport function undocumentedStar"),
      "imported.ts": "/** Documented. */\nexport const imported = 4;\n",
    };
    const r = run(workspace(documented), "--no-examples");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /every public name .* \(6 names\)/);
  });

  it("fails on an @example that does not compile, and passes once it does", () => {
    const withExample = (call) => ({
      "index.ts": [
        "/**",
        " * Doubles a count.",
        " *",
        " * @example",
        " * ```ts",
        ' * import { double } from "@cdsvn/fixture";',
        ` * const n: number = ${call};`,
        " * ```",
        " */",
        "export function double(n: number): number {",
        "  return 2 * n;",
        "}",
        "",
      ].join("\n"),
    });
    const bad = run(workspace(withExample('double("two")')));
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stderr, /@cdsvn\/fixture: double \(packages\/fixture\/src\/index\.ts:10\): its @example does not compile/);
    assert.match(bad.stderr, /TS2345/);
    const good = run(workspace(withExample("double(2)")));
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stderr, /1 examples compile/);
  });
});
