// The tarball test: the packages as a user outside this repository gets them.
//
// Packs every public package (pnpm -r pack, which runs each prepack build), checks what each tarball
// ships, installs the tarballs with npm into a fresh temporary project (no workspace links), and
// there, with every Node at hand (this one, and /usr/bin/node when it is another major, e.g. 20):
// analyzes plans (.txt, .docx, .pdf) through the library, runs `npx cds validate|compare|explain`,
// loads an outside plugin installed from its own tarball, type-checks a TypeScript consumer without
// skipLibCheck, and bundles the library for the browser with esbuild (platform=browser) to prove it
// needs no Node built-in. Only the npm registry is needed (for third-party dependencies).
//
// Run: node scripts/tarball-test/run.mjs [--keep]. Exit 0 when every check passed, 1 otherwise.
// CDS_TARBALL_NODES="/path/to/node ..." overrides the Node binaries tried.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const keep = process.argv.includes("--keep");
const work = mkdtempSync(join(tmpdir(), "cds-tarballs-"));
const failures = [];
const started = Date.now();

function log(line) {
  process.stderr.write(`tarball-test: ${line}\n`);
}
function check(ok, what, detail = "") {
  if (ok) log(`ok   ${what}`);
  else {
    failures.push(what);
    log(`FAIL ${what}${detail ? `\n${String(detail).trim().split("\n").slice(0, 30).map((l) => `       ${l.length > 300 ? `${l.slice(0, 300)}…` : l}`).join("\n")}` : ""}`);
  }
  return ok;
}
/** Runs a command; never throws: the caller checks the status. */
function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 300_000, ...options, env: { ...process.env, NO_COLOR: "1", ...options.env } });
  return { status: r.status, stdout: r.stdout ?? "", stderr: `${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}
function tarList(file) {
  return execFileSync("tar", ["-tzf", file], { encoding: "utf8" }).split("\n").filter(Boolean);
}
function tarFile(file, path) {
  return execFileSync("tar", ["-xzOf", file, path], { encoding: "utf8" });
}

// ---------------------------------------------------------------- 1. pack every public package
const tarballs = join(work, "tarballs");
mkdirSync(tarballs);
log("building every package (turbo), then packing each into " + tarballs);
const built = run("pnpm", ["build"], { cwd: root, timeout: 900_000 });
if (!check(built.status === 0, "pnpm build", built.stderr + built.stdout)) finish();
const packed = run("pnpm", ["-r", "--filter=!cds-toolkit", "pack", "--pack-destination", tarballs], { cwd: root, timeout: 900_000 });
if (!check(packed.status === 0, "pnpm -r pack (each package's prepack builds it)", packed.stderr + packed.stdout)) finish();
const files = readdirSync(tarballs).filter((f) => f.endsWith(".tgz")).map((f) => join(tarballs, f));

const manifests = new Map();
for (const file of files) {
  const pkg = JSON.parse(tarFile(file, "package/package.json"));
  manifests.set(pkg.name, { file, pkg });
  const list = tarList(file).map((p) => p.replace(/^package\//, ""));
  const name = pkg.name;
  const deps = { ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies };
  check(!Object.values(deps).some((v) => String(v).startsWith("workspace:")), `${name}: dependencies are versions`, JSON.stringify(deps));
  check(list.includes("README.md") && list.includes("LICENSE"), `${name}: ships README.md and LICENSE`);
  check(!list.some((p) => p.startsWith("src/") || /\.test\.|\.map$/.test(p)), `${name}: ships no source, tests or source maps`, list.filter((p) => p.startsWith("src/")).join("\n"));
  // Every export target a user's resolver can reach is in the tarball; only the workspace's own
  // "@cdsvn/source" condition points at src/, which no outside resolver sets.
  const targets = [];
  (function walk(node, condition) {
    if (typeof node === "string") targets.push({ condition, path: node.replace(/^\.\//, "") });
    else if (node && typeof node === "object") for (const [key, value] of Object.entries(node)) walk(value, key);
  })(pkg.exports ?? {}, ".");
  const missing = targets.filter((t) => t.condition !== "@cdsvn/source" && !list.includes(t.path)).map((t) => t.path);
  check(missing.length === 0 && targets.some((t) => t.path.startsWith("dist/") || t.path === "package.json"), `${name}: exports point at files it ships`, `exports ${JSON.stringify(pkg.exports)}; missing ${missing}`);
  if (pkg.bin) for (const bin of Object.values(pkg.bin)) check(list.includes(bin.replace(/^\.\//, "")), `${name}: ships its bin ${bin}`);
  check(Boolean(pkg.repository && pkg.engines?.node), `${name}: names its repository and engines`);
}
const rulesShipped = manifests.has("@cdsvn/checker") && tarList(manifests.get("@cdsvn/checker").file).some((p) => /^package\/dist\/rules\/.+\/doc\.md$/.test(p));
check(rulesShipped, "@cdsvn/checker: ships its rule docs in dist/");
const hasEngine = manifests.has("@cdsvn/engine");
if (!hasEngine) log("note: no @cdsvn/engine in this workspace yet; the library checks use @cdsvn/reader and @cdsvn/checker");

// ---------------------------------------------------------------- 2. the outside plugin, from its own tarball
const pluginSrc = join(work, "outside-plugin");
cpSync(join(here, "outside-plugin"), pluginSrc, { recursive: true });
const pluginPack = run("npm", ["pack", "--silent", "--pack-destination", tarballs], { cwd: pluginSrc });
check(pluginPack.status === 0, "npm pack of the outside plugin fixture", pluginPack.stderr);
const pluginTarball = join(tarballs, pluginPack.stdout.trim().split("\n").pop());

// ---------------------------------------------------------------- 3. a fresh project, installed from the tarballs
const app = join(work, "app");
mkdirSync(app);
writeFileSync(join(app, "package.json"), JSON.stringify({ name: "cds-tarball-app", private: true, type: "module" }, null, 2));
for (const f of readdirSync(join(here, "app"))) copyFileSync(join(here, "app", f), join(app, f));
// The guide's examples, as written there: a fenced block whose first line is "// example.ts …" or
// "// example.mjs …" becomes that file, so the documented code is the tested code.
const guide = readFileSync(join(root, "docs/use-from-your-app.md"), "utf8");
const examples = [...guide.matchAll(/```(?:ts|js)\n(\/\/ (example\.m?[jt]s)\b[^\n]*\n[\s\S]*?)```/g)].map((m) => ({ name: m[2], code: m[1] }));
for (const { name, code } of examples) writeFileSync(join(app, name), code);
check(examples.some((e) => e.name === "example.ts") && examples.some((e) => e.name === "example.mjs"), "docs/use-from-your-app.md has the TypeScript and JavaScript examples");
copyFileSync(join(root, "examples/xa-an-phu-2026.txt"), join(app, "plan.txt"));
copyFileSync(join(root, "examples/xa-an-phu-2026.docx"), join(app, "plan.docx"));
copyFileSync(join(root, "examples/xa-an-phu-2026.pdf"), join(app, "plan.pdf"));
log("npm install of every tarball into a fresh project");
const installed = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...files, pluginTarball], { cwd: app, timeout: 900_000 });
if (!check(installed.status === 0, "npm install <tarballs> outside the workspace", installed.stderr)) finish();
check(!existsSync(join(app, "node_modules/@cdsvn/core/src")), "installed packages are the packed ones (no workspace links)");
const du = run("du", ["-sk", "node_modules"], { cwd: app });
log(`installed size of every package with its dependencies: ${(Number(du.stdout.split(/\s/)[0]) / 1024).toFixed(0)} MB`);

// The outside plugin's conformance test, in its own test runner, against the installed @cdsvn/core:
// its tests are not in its tarball, so they run from a copy that imports the installed plugin.
mkdirSync(join(app, "plugin-tests"));
cpSync(join(pluginSrc, "test"), join(app, "plugin-tests"), { recursive: true });
writeFileSync(
  join(app, "plugin-tests/conformance.test.js"),
  readFileSync(join(app, "plugin-tests/conformance.test.js"), "utf8").replace('"../index.js"', '"cds-plugin-quang-ninh-fixture"'),
);

// ---------------------------------------------------------------- 4. per Node: library, CLI, outside plugin
const nodes = (process.env.CDS_TARBALL_NODES ?? [process.execPath, "/usr/bin/node"].join(" "))
  .split(/\s+/)
  .filter((n) => n && existsSync(n));
const seen = new Set();
const version = manifests.get("@cdsvn/cli")?.pkg.version;
for (const node of nodes) {
  const major = run(node, ["-p", "process.versions.node"]).stdout.trim();
  if (!major || seen.has(major.split(".")[0])) continue;
  seen.add(major.split(".")[0]);
  const tag = `node ${major}`;
  const bin = join(app, "node_modules/@cdsvn/cli/dist/bin.js");
  // `npx cds …` as a user types it: the bin link npm made, its shebang finding this Node first on PATH.
  const npx = existsSync(join(dirname(node), "npx")) ? join(dirname(node), "npx") : "npx";
  const PATH = `${dirname(node)}${process.platform === "win32" ? ";" : ":"}${process.env.PATH}`;
  const cds = (...args) => run(npx, ["--no-install", "cds", ...args], { cwd: app, env: { PATH } });

  const lib = run(node, [join(app, "checks.mjs")], { cwd: app, env: { CDS_HAS_ENGINE: hasEngine ? "1" : "" } });
  check(lib.status === 0, `${tag}: the library reads and checks plan.txt, plan.docx, plan.pdf and loads the outside plugin`, lib.stderr + lib.stdout);
  if (hasEngine) {
    const js = run(node, ["example.mjs", "plan.pdf"], { cwd: app });
    check((js.status === 0 || js.status === 1) && js.stdout.includes('"errors"'), `${tag}: the guide's JavaScript example runs on plan.pdf`, `exit ${js.status}\n${js.stdout}\n${js.stderr}`);
    if (Number(major.split(".")[0]) >= 24) {
      const ts = run(node, ["example.ts", "plan.docx"], { cwd: app });
      check((ts.status === 0 || ts.status === 1) && ts.stdout.includes("plan.docx:"), `${tag}: the guide's TypeScript example runs on plan.docx (type stripping)`, `exit ${ts.status}\n${ts.stdout}\n${ts.stderr}`);
    }
  }
  const plugin = run(node, ["--test", "plugin-tests/conformance.test.js"], { cwd: app });
  check(plugin.status === 0, `${tag}: the outside plugin's conformance test passes in node:test`, plugin.stdout + plugin.stderr);

  const v = cds("--version");
  check(v.status === 0 && v.stdout.includes(version), `${tag}: cds --version prints ${version}`, v.stdout + v.stderr);
  const validate = cds("validate", "plan.docx");
  check((validate.status === 0 || validate.status === 1) && validate.stdout.length > 0 && !/internal error|at .*\.js:\d+/.test(validate.stderr), `${tag}: cds validate plan.docx`, `exit ${validate.status}\n${validate.stderr}`);
  const compare = cds("compare", "plan.txt", "--province", "ha-tinh", "--year", "2026");
  check((compare.status === 0 || compare.status === 1) && compare.stdout.length > 0, `${tag}: cds compare plan.txt --province ha-tinh`, `exit ${compare.status}\n${compare.stderr}`);
  const json = cds("validate", "plan.pdf", "--format", "json");
  let parsed = null;
  try { parsed = JSON.parse(json.stdout); } catch { /* checked below */ }
  check(parsed !== null && (json.status === 0 || json.status === 1), `${tag}: cds validate plan.pdf --format json is JSON`, `exit ${json.status}\n${json.stderr}`);
  const engineVersion = JSON.stringify(parsed ?? {}).match(/"engine":"([^"]+)"/)?.[1];
  check(engineVersion === version, `${tag}: the report's ruleset.engine is the package version`, `engine ${engineVersion}, package ${version}`);
  const explain = cds("explain", "budget/group-sum");
  check(explain.status === 0 && explain.stdout.split("\n").length > 8, `${tag}: cds explain reads the rule doc shipped in @cdsvn/checker`, explain.stdout + explain.stderr);
  const missing = cds("validate", "no-such-plan.txt");
  check(missing.status === 2 && missing.stderr.startsWith("cds: ") && !/\n\s+at /.test(missing.stderr), `${tag}: a missing file is one line on stderr and exit 2`, `exit ${missing.status}\n${missing.stderr}`);
  if (run(node, ["-p", "typeof require('node:module').registerHooks"]).stdout.trim() === "function") {
    // The bundle's lazy chunks: a .txt run loads none of the .docx/.pdf/.html readers or exporters.
    const loaded = (args) => {
      const out = join(app, `loaded-${args.join("-").replace(/[^\w.-]/g, "_")}.txt`);
      // Every thread (plans are analysed in worker threads, which may be terminated rather than exit)
      // appends each module as it loads.
      const hook = `data:text/javascript,${encodeURIComponent(`import { registerHooks } from "node:module"; import { appendFileSync } from "node:fs"; registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(out)}, url + "\\n"); return next(url, context); } });`)}`;
      rmSync(out, { force: true });
      run(node, ["--import", hook, bin, ...args], { cwd: app });
      return existsSync(out) ? readFileSync(out, "utf8").split("\n") : [];
    };
    const LAZY = /\/chunks\/(?:docx|pdf|pdfjs|excel|html)-[A-Z0-9]+\.js$/;
    const txt = loaded(["validate", "plan.txt"]);
    check(txt.some((u) => u.includes("/@cdsvn/cli/dist/")) && !txt.some((u) => LAZY.test(u)), `${tag}: cds validate plan.txt loads no .docx/.pdf/.html/.xlsx chunk`, txt.filter((u) => LAZY.test(u)).join("\n"));
    const docx = loaded(["validate", "plan.docx"]);
    check(docx.some((u) => /\/chunks\/docx-/.test(u)) && !docx.some((u) => /\/chunks\/(?:pdfjs|excel)-/.test(u)), `${tag}: cds validate plan.docx loads the .docx chunk and not pdf.js or exceljs`);
  }
  const outside = cds("validate", "plan.txt", "--plugin", "cds-plugin-quang-ninh-fixture", "--province", "quang-ninh");
  check((outside.status === 0 || outside.status === 1) && outside.stdout.includes("fixture-plan-seen"), `${tag}: cds validate --plugin <outside package> runs its rule`, `exit ${outside.status}\n${outside.stdout}\n${outside.stderr}`);
}

// ---------------------------------------------------------------- 5. TypeScript consumer, browser bundle
const tsc = join(root, "node_modules/.bin/tsc");
writeFileSync(
  join(app, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: { target: "ES2023", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false, types: ["node"], typeRoots: [join(root, "node_modules/@types")] },
    files: hasEngine ? ["example.ts", "library.ts"] : ["library.ts"],
  }),
);
const typed = run(tsc, ["-p", "tsconfig.json"], { cwd: app });
check(typed.status === 0, `a TypeScript app type-checks against the published declarations (skipLibCheck off)`, typed.stdout + typed.stderr);

const esbuild = await import(join(root, "node_modules/esbuild/lib/main.js"));
try {
  const out = await esbuild.build({
    entryPoints: [join(app, hasEngine ? "browser-engine.mjs" : "browser-library.mjs")],
    absWorkingDir: app,
    bundle: true,
    platform: "browser",
    format: "esm",
    splitting: true,
    outdir: join(app, "browser-dist"),
    logLevel: "silent",
    metafile: true,
  });
  const bytes = Object.values(out.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
  check(true, `the ${hasEngine ? "engine" : "reader and checker"} bundle for the browser with no Node built-in (${(bytes / 1024).toFixed(0)} KB, unminified)`);
} catch (error) {
  check(false, "the library bundles for the browser (esbuild, platform=browser)", (error.errors ?? []).map((e) => `${e.location?.file}:${e.location?.line}: ${e.text}`).join("\n") || String(error));
}

finish();

function finish() {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  if (failures.length > 0) {
    log(`${failures.length} check(s) failed in ${seconds} s`);
    process.exit(1);
  }
  log(`every check passed in ${seconds} s`);
  process.exit(0);
}
