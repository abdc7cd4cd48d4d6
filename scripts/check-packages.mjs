// The publishing fields of every public workspace package, checked in a second (the tarball test
// checks the packed result, slowly): a package added or edited on another branch that would publish
// src/, skip its build, or lack its README fails here with the field to fix.
//
//   node scripts/check-packages.mjs    exit 0 when every package is ready to pack, 1 otherwise
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const problems = [];

for (const group of ["packages", "plugins", "apps"]) {
  const base = join(root, group);
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base).sort()) {
    const dir = join(base, name);
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    if (pkg.private) continue;
    const where = relative(root, file);
    const problem = (message) => problems.push(`${where}: ${message}`);

    // Library entries: the workspace condition to src/, everyone else to dist/.
    const entries = Object.entries(pkg.exports ?? {}).filter(([key]) => key !== "./package.json");
    for (const [key, target] of entries) {
      const built = (path) => typeof path === "string" && /\.(?:js|mjs|json|css)$/.test(path) && !path.startsWith("./src/");
      if (typeof target === "string") {
        if (!built(target)) problem(`exports["${key}"] is "${target}": give { "@cdsvn/source": "./src/….ts", "types": "./dist/….d.ts", "default": "./dist/….js" }`);
        continue;
      }
      if (!/\.d\.ts$/.test(target.types ?? "") || !built(target.default)) problem(`exports["${key}"] needs "types" (.d.ts) and "default" (.js) pointing at the build (npm pack ignores publishConfig)`);
      for (const [condition, path] of Object.entries(target)) {
        if (condition !== "@cdsvn/source" && condition !== "types" && !built(path)) problem(`exports["${key}"].${condition} is "${path}", source that is not published`);
      }
    }
    if (entries.length === 0 && !pkg.bin) problem("neither exports nor bin: nothing to use");
    if (pkg.publishConfig?.exports) problem("publishConfig.exports: only pnpm applies it; put the dist/ targets in exports");
    if (!Array.isArray(pkg.files) || !pkg.files.includes("dist") || pkg.files.some((f) => f === "src" || f.startsWith("src/"))) problem(`files must ship dist/ and not src/ (is ${JSON.stringify(pkg.files)})`);
    if (!pkg.scripts?.build || !pkg.scripts?.prepack) problem("scripts.build and scripts.prepack (sh ../../scripts/prepack.sh) are needed so every client packs a fresh dist/");
    if (!pkg.engines?.node) problem("engines.node is missing");
    for (const field of ["description", "repository", "homepage", "keywords", "license"]) if (!pkg[field]) problem(`${field} is missing`);
    if (typeof pkg.sideEffects !== "boolean") problem("sideEffects (true or false) is missing");
    for (const doc of ["README.md", "LICENSE"]) if (!existsSync(join(dir, doc))) problem(`${doc} is missing beside package.json`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`check-packages: ${p}`);
  console.error(`check-packages: ${problems.length} problem(s); see docs/plugin-package.md and packages/core/package.json for the shape`);
  process.exit(1);
}
console.error("check-packages: every public package is ready to pack");
