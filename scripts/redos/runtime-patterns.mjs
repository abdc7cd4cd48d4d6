// Prints (as the last line of stdout, JSON) every regular expression the library builds at run time with
// `new RegExp(…)` or `RegExp(…)` from something other than a literal: a template over module constants
// (`new RegExp(\`${FIGURE}\\s*(${PERCENT})?\`)`), another pattern's source, or data (a province's
// spellings, an institution's former names). The static scan in check.mjs cannot read those. The global
// RegExp is replaced by a recording proxy before the packages and plugins are loaded, then the example
// plans are analysed with every plugin and the comparison, so patterns built inside functions are built
// too. Each is reported once with the first frame of this repository that built it.
//
//   node --conditions=@cdsvn/source scripts/redos/runtime-patterns.mjs <repository root>
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = process.argv[2];
const Original = RegExp;
const built = new Map();

function record(args) {
  const [source, flags] = args;
  const pattern = source instanceof Original ? source.source : String(source);
  const key = `/${pattern}/${flags !== undefined ? String(flags) : source instanceof Original ? source.flags : ""}`;
  if (built.has(key)) return;
  const frame = (new Error().stack ?? "").split("\n").slice(2).map((l) => /\((file:\/\/[^)]+)\)|at (file:\/\/\S+)/.exec(l)).find((m) => m && !/node_modules|\/scripts\/redos\//.test(m[1] ?? m[2]));
  if (!frame) return; // built by a dependency
  const [, file, line] = /^(file:\/\/.*?):(\d+):\d+$/.exec(frame[1] ?? frame[2]) ?? [];
  if (!file) return;
  const path = relative(root, fileURLToPath(file));
  if (path.startsWith("..")) return;
  built.set(key, { pattern, flags: key.slice(key.lastIndexOf("/") + 1), at: `${path}:${line}` });
}

globalThis.RegExp = new Proxy(Original, {
  construct: (target, args, newTarget) => (record(args), Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
  apply: (target, self, args) => (record(args), Reflect.apply(target, self, args)),
});

const entries = [];
for (const group of ["packages", "plugins"]) {
  for (const name of readdirSync(join(root, group)).sort()) {
    const index = join(root, group, name, "src", "index.ts");
    if (existsSync(index)) entries.push(index);
  }
}
const modules = [];
for (const entry of entries) modules.push(await import(pathToFileURL(entry).href));
const { createEngine } = await import(pathToFileURL(join(root, "packages", "engine", "src", "index.ts")).href);
const plugins = entries.map((entry, i) => (entry.includes(`${join(root, "plugins")}`) ? modules[i].default : null)).filter(Boolean);
const engine = createEngine({ plugins });
const examples = join(root, "examples");
for (const file of readdirSync(examples).filter((f) => /\.(?:txt|md)$/.test(f)).sort()) {
  const bytes = new Uint8Array(readFileSync(join(examples, file)));
  await engine.analyze({ bytes, fileName: file }, { compare: true }).catch(() => {});
}
process.stdout.write(`\n${JSON.stringify([...built.values()].sort((a, b) => a.at.localeCompare(b.at)))}\n`);
