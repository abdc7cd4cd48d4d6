#!/usr/bin/env node
// Every name a published package exports carries a TSDoc comment (issue 13, item 4). It reads the
// TypeScript source, not the build: from each published package's entry (the "@cdsvn/source"
// condition of exports["."], i.e. src/index.ts) it follows every `export … from`, `export *`,
// `export { local }` and the imports behind them to the declaration a user finally reaches, and fails
// when that declaration has no `/** … */` comment right above it, naming the package, the export and
// the declaration's file:line, where the comment goes. The main entry points must also show an
// `@example` (EXAMPLE_REQUIRED below).
//
// The examples are type-checked: each ```ts block of a public name's comment becomes a module of its
// own under .tsdoc-examples/ (ignored by git), the workspace packages mapped to their source, and tsc
// checks them all at once. A name an example uses without defining it (`bytes`, `plan`, `report`) is
// declared with its type from FREE_NAMES below; an import from a relative path ("./rule.ts") is
// declared the same way. An example that does not compile fails the check, naming the comment.
//
// Re-exports of another package (`export { x } from "@cdsvn/core"`) are that package's to document.
// Members of interfaces and classes are not required to carry a comment (most do); the exported name is.
//
//   node scripts/api-docs.mjs                 check (CI, through `pnpm test`); exit 1 on a problem
//   node scripts/api-docs.mjs --list          also print every public name with where it is declared
//   node scripts/api-docs.mjs --no-examples   skip the examples' type-check (comments only, no tsc)
//   node scripts/api-docs.mjs --root <dir>    check another workspace (scripts/api-docs.test.mjs's fixtures)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSync } from "oxc-parser";

/** This repository: its tsconfig.base.json, tsc and @types type-check the examples. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The workspace checked: this repository, or `--root <dir>` (the script's own tests use fixtures). */
const rootFlag = process.argv.indexOf("--root");
const root = rootFlag > 0 && process.argv[rootFlag + 1] ? resolve(process.argv[rootFlag + 1]) : repoRoot;
const list = process.argv.includes("--list");
const typeCheckExamples = !process.argv.includes("--no-examples");
const examplesDir = join(root, ".tsdoc-examples");

/** The names examples may use without defining them, with their types (a `let` where examples assign). */
const FREE_NAMES = {
  bytes: "const bytes: Uint8Array",
  text: "const text: string",
  plan: 'const plan: import("@cdsvn/core").Plan',
  tree: 'const tree: import("@cdsvn/core").DocTree',
  report: 'const report: import("@cdsvn/core").FileReport',
  analysis: 'const analysis: import("@cdsvn/engine").Analysis',
  engine: 'let engine: import("@cdsvn/engine").Engine',
  plugins: 'const plugins: readonly import("@cdsvn/core").ProvincePlugin[]',
  plugin: 'const plugin: import("@cdsvn/core").ProvincePlugin',
  haTinh: 'const haTinh: import("@cdsvn/core").ProvincePlugin',
  nq09Date: 'const nq09Date: import("@cdsvn/core").Rule',
  knowledge: 'const knowledge: import("@cdsvn/core").Knowledge',
};

/** The main entry points of each package: their comment must show an `@example`. */
const EXAMPLE_REQUIRED = {
  "@cdsvn/core": ["definePlugin", "defineRule", "RuleTester", "checkPlugin"],
  "@cdsvn/reader": ["readPlan", "readDocument", "parseFrameworkFile"],
  "@cdsvn/checker": ["check", "compareWithFrameworks"],
  "@cdsvn/engine": ["createEngine", "Engine"],
  "@cdsvn/report": ["formatReports", "exportJson", "exportCsv", "exportXlsx", "exportDocx"],
  "@cdsvn/national": ["knowledge"],
};

/** Every workspace package that publishes a library entry: { name, dir, entry } (entry: its source). */
function publishedPackages() {
  const found = [];
  for (const group of ["packages", "plugins", "apps"]) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const file = join(base, name, "package.json");
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, "utf8"));
      const source = pkg.exports?.["."]?.["@cdsvn/source"];
      if (pkg.private || !pkg.exports?.["."]?.types || !source) continue;
      found.push({ name: pkg.name, dir: join(base, name), entry: resolve(base, name, source) });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

const modules = new Map();

/** One parsed source module: its AST, comments and text, parsed once. */
function moduleAt(file) {
  let mod = modules.get(file);
  if (mod) return mod;
  const text = readFileSync(file, "utf8");
  const { program, comments, errors } = parseSync(file, text);
  if (errors.length > 0) throw new Error(`${relative(root, file)}: cannot parse: ${errors[0].message}`);
  mod = { file, text, program, comments };
  modules.set(file, mod);
  return mod;
}

/** The file a relative specifier names (source imports spell `.ts`; `.js` and folders also resolve). */
function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith(".")) return undefined; // another package: documented there
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, ".ts"), `${base}.ts`, join(base, "index.ts")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The `/** … *\/` comment right above `start` (only whitespace or other comments between), or undefined. */
function docCommentBefore(mod, start) {
  let end = start;
  for (let i = mod.comments.length - 1; i >= 0; i--) {
    const c = mod.comments[i];
    if (c.end > end) continue;
    if (mod.text.slice(c.end, end).trim() !== "") return undefined;
    if (c.type === "Block" && c.value.startsWith("*")) return c.value.replace(/^\*|^\s*\*\s?/gm, "").trim() !== "" ? c.value : undefined;
    end = c.start;
  }
  return undefined;
}

/** The names a declaration node declares (a variable statement may declare several). */
function declaredNames(node) {
  if (!node) return [];
  if (node.type === "VariableDeclaration") return node.declarations.flatMap((d) => (d.id.type === "Identifier" ? [d.id.name] : []));
  return node.id?.name ? [node.id.name] : [];
}

const exportName = (spec) => spec.exported.name ?? spec.exported.value;
const localName = (spec) => spec.local.name ?? spec.local.value;

/**
 * The top-level statement of `mod` declaring `name` (`declarationIn` maps a statement to the
 * declaration it holds). A name may be declared more than once (a zod schema and its inferred type,
 * overloads): the documented declaration wins, as an editor shows that comment on the name.
 */
function declarationOf(mod, name, declarationIn) {
  const nodes = mod.program.body.filter((node) => declaredNames(declarationIn(node)).includes(name));
  const node = nodes.find((n) => docCommentBefore(mod, n.start)) ?? nodes[0];
  return node ? { file: mod.file, start: node.start } : undefined;
}

/**
 * Where `name`, exported by `file`, is finally declared: { file, start, what } with `start` the
 * offset the doc comment must precede, or { external } when another package declares it.
 */
function findExport(file, name, seen = new Set()) {
  const key = `${file}#${name}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const mod = moduleAt(file);
  const declared = declarationOf(mod, name, (node) => (node.type === "ExportNamedDeclaration" ? node.declaration : undefined));
  if (declared) return declared;
  for (const node of mod.program.body) {
    if (node.type === "ExportNamedDeclaration") {
      for (const spec of node.specifiers ?? []) {
        if (exportName(spec) !== name) continue;
        if (node.source) {
          const target = resolveSpecifier(file, node.source.value);
          return target ? findExport(target, localName(spec), seen) : { external: node.source.value };
        }
        return findLocal(file, localName(spec), seen);
      }
    } else if (node.type === "ExportDefaultDeclaration" && name === "default") {
      if (node.declaration.type === "Identifier") return findLocal(file, node.declaration.name, seen);
      return { file, start: node.start };
    } else if (node.type === "ExportAllDeclaration" && node.exported && (node.exported.name ?? node.exported.value) === name) {
      return { file, start: node.start };
    }
  }
  for (const node of mod.program.body) {
    if (node.type !== "ExportAllDeclaration" || node.exported) continue;
    const target = resolveSpecifier(file, node.source.value);
    if (!target) continue;
    const hit = findExport(target, name, seen);
    if (hit) return hit;
  }
  return undefined;
}

/** A module-level name of `file` (declared there, or imported into it) to its declaration. */
function findLocal(file, name, seen) {
  const mod = moduleAt(file);
  const declared = declarationOf(mod, name, (node) =>
    node.type === "ExportNamedDeclaration" || node.type === "ExportDefaultDeclaration" ? node.declaration : node,
  );
  if (declared) return declared;
  for (const node of mod.program.body) {
    if (node.type === "ImportDeclaration") {
      for (const spec of node.specifiers) {
        if (spec.local.name !== name) continue;
        const target = resolveSpecifier(file, node.source.value);
        if (!target) return { external: node.source.value };
        if (spec.type === "ImportNamespaceSpecifier") return { file, start: node.start };
        return findExport(target, spec.type === "ImportDefaultSpecifier" ? "default" : (spec.imported.name ?? spec.imported.value), seen);
      }
    }
  }
  return undefined;
}

/** Every name `file` exports (with `export *` expanded), in source order. */
function exportedNames(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const names = [];
  for (const node of moduleAt(file).program.body) {
    if (node.type === "ExportNamedDeclaration") {
      names.push(...declaredNames(node.declaration), ...(node.specifiers ?? []).map(exportName));
    } else if (node.type === "ExportDefaultDeclaration") {
      names.push("default");
    } else if (node.type === "ExportAllDeclaration") {
      if (node.exported) names.push(node.exported.name ?? node.exported.value);
      else {
        const target = resolveSpecifier(file, node.source.value);
        if (target) names.push(...exportedNames(target, seen).filter((n) => n !== "default"));
      }
    }
  }
  return [...new Set(names)];
}

/** The ```ts blocks of a doc comment's text, their comment markers stripped. */
function examplesOf(doc) {
  const lines = doc.split("\n").map((l) => l.replace(/^\s*\*? ?/, ""));
  const blocks = [];
  let current = null;
  for (const line of lines) {
    if (current === null && /^```(?:ts|typescript)\s*$/.test(line.trim())) current = [];
    else if (current !== null && line.trim() === "```") {
      blocks.push(current.join("\n"));
      current = null;
    } else if (current !== null) current.push(line);
  }
  return blocks;
}

/** An example as a module of its own: relative imports and free names declared from FREE_NAMES. */
function exampleModule(code, origin) {
  const declared = new Set();
  const body = [];
  for (const line of code.split("\n")) {
    const relative = /^import\s+(?:type\s+)?(.+?)\s+from\s+"(\.[^"]*)";?\s*$/.exec(line);
    if (relative) {
      const names = relative[1].replace(/[{}]/g, "").split(",").map((n) => n.trim().split(/\s+as\s+/).pop()).filter(Boolean);
      for (const n of names) body.push(`declare ${FREE_NAMES[n] ?? `const ${n}: any`};`), declared.add(n);
      continue;
    }
    body.push(line);
  }
  const source = body.join("\n");
  for (const m of source.matchAll(/import\s+(?:type\s+)?([\s\S]+?)\s+from\s+"/g)) {
    for (const n of m[1].replace(/[{}*]/g, " ").replace(/\bas\b/g, " ").split(/[\s,]+/)) if (n && n !== "type") declared.add(n);
  }
  for (const m of source.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) declared.add(m[1]);
  for (const m of source.matchAll(/\b(?:const|let|var)\s+\{([^}]*)\}/g)) for (const n of m[1].split(",")) declared.add(n.split(":").pop().trim());
  const prelude = Object.entries(FREE_NAMES)
    .filter(([name]) => !declared.has(name) && new RegExp(`\\b${name}\\b`).test(source))
    .map(([, declaration]) => `declare ${declaration};`);
  return `// The @example of ${origin}, type-checked by scripts/api-docs.mjs.\n${prelude.join("\n")}\n${source}\nexport {};\n`;
}

/** Type-checks the examples (one tsc run); returns the problems, located at their doc comments. */
function checkExamples(examples) {
  rmSync(examplesDir, { recursive: true, force: true });
  if (examples.length === 0) return [];
  mkdirSync(examplesDir, { recursive: true });
  const paths = {};
  for (const pkg of publishedPackages()) paths[pkg.name] = [relative(examplesDir, pkg.entry)];
  writeFileSync(
    join(examplesDir, "tsconfig.json"),
    `${JSON.stringify({
      extends: relative(examplesDir, join(repoRoot, "tsconfig.base.json")),
      compilerOptions: { noEmit: true, declaration: false, sourceMap: false, typeRoots: [join(repoRoot, "node_modules", "@types")], paths },
      include: ["*.ts"],
    }, null, 2)}\n`,
  );
  writeFileSync(join(examplesDir, "package.json"), '{ "type": "module" }\n'); // ES modules, top-level await
  examples.forEach((e, i) => writeFileSync(join(examplesDir, `example-${i}.ts`), exampleModule(e.code, e.origin)));
  const tsc = join(repoRoot, "node_modules", ".bin", "tsc");
  const run = spawnSync(tsc, ["-p", join(examplesDir, "tsconfig.json"), "--pretty", "false"], { encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`;
  const problems = [];
  examples.forEach((e, i) => {
    const errors = output.split("\n").filter((l) => l.includes(`example-${i}.ts(`));
    if (errors.length > 0) problems.push(`${e.origin}: its @example does not compile:\n    ${errors.map((l) => l.replace(/^.*?example-\d+\.ts/, `.tsdoc-examples/example-${i}.ts`)).join("\n    ")}`);
  });
  // An error inside a package's own source is `pnpm typecheck`'s to report; one located nowhere (a
  // broken tsconfig, missing types) would leave the examples unchecked, so it fails here.
  const unlocated = output.split("\n").filter((l) => /\berror TS\d+/.test(l) && !/^\S[^(]*\(\d+,\d+\): error/.test(l));
  if (problems.length === 0 && (unlocated.length > 0 || (run.status !== 0 && !/error TS\d+/.test(output)))) {
    problems.push(`tsc could not check the examples:\n${output.trim()}`);
  }
  if (problems.length === 0) rmSync(examplesDir, { recursive: true, force: true });
  return problems;
}

const examples = [];
let missing = 0;
let total = 0;
for (const pkg of publishedPackages()) {
  const problems = [];
  for (const name of exportedNames(pkg.entry)) {
    const where = findExport(pkg.entry, name);
    if (!where) {
      problems.push(`${pkg.name}: ${name}: cannot find its declaration from ${relative(root, pkg.entry)}`);
      continue;
    }
    if (where.external) continue;
    total++;
    const mod = moduleAt(where.file);
    const at = `${relative(root, where.file)}:${lineOf(mod.text, where.start)}`;
    const doc = docCommentBefore(mod, where.start);
    if (list) console.log(`${pkg.name}\t${name}\t${at}\t${doc ? (doc.includes("@example") ? "documented, example" : "documented") : "NO DOC"}`);
    if (doc && name !== "default") for (const code of examplesOf(doc)) examples.push({ code, origin: `${pkg.name}: ${name} (${at})` });
    if (!doc) problems.push(`${pkg.name}: ${name} (${at}) has no TSDoc comment`);
    else if (EXAMPLE_REQUIRED[pkg.name]?.includes(name) && !doc.includes("@example")) {
      problems.push(`${pkg.name}: ${name} (${at}) is a main entry point: its TSDoc needs an @example`);
    }
  }
  for (const name of EXAMPLE_REQUIRED[pkg.name] ?? []) {
    if (!findExport(pkg.entry, name)) problems.push(`${pkg.name}: ${name} is listed in scripts/api-docs.mjs EXAMPLE_REQUIRED but not exported`);
  }
  for (const p of problems) console.error(`api-docs: ${p}`);
  missing += problems.length;
}
if (typeCheckExamples) {
  const seen = new Set();
  const unique = examples.filter((e) => !seen.has(e.code) && seen.add(e.code));
  const problems = checkExamples(unique);
  for (const p of problems) console.error(`api-docs: ${p}`);
  missing += problems.length;
}
if (missing > 0) {
  console.error(`api-docs: ${missing} problem(s) in the published packages' doc comments (${total} public names checked).`);
  process.exit(1);
}
console.error(`api-docs: every public name of the published packages has a TSDoc comment (${total} names)${typeCheckExamples ? `; ${examples.length} examples compile` : ""}.`);
