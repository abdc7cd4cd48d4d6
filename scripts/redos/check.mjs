#!/usr/bin/env node
// Static ReDoS check (issue 17): every regex literal, and every `new RegExp(…)`/`RegExp(…)` whose
// pattern is a literal, in apps/*/{src,server}, packages/*/src and plugins/*/src, is judged by recheck;
// so is every pattern the packages and plugins build at run time from templates or data
// (runtime-patterns.mjs records them while the example plans are analysed).
// recheck takes seconds per pattern, so its verdicts are kept in verdicts.json, keyed by flags and
// source: CI only judges patterns that are new or changed. A vulnerable (or undecided) pattern fails
// the check unless allowlist.json names it: "safe" entries say why it is safe where it is used
// (bounded or trusted input); "pending" entries are known super-linear patterns not yet rewritten,
// printed on every run so the list only shrinks (issue 17).
//
//   node scripts/redos/check.mjs            check; judge and record what is not in the cache
//   node scripts/redos/check.mjs --prune    also drop cached verdicts of patterns no longer in the code
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, dirname } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseSync } from "oxc-parser";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const verdictsFile = join(here, "verdicts.json");
const allowlistFile = join(here, "allowlist.json");
const adversarialFile = join(here, "adversarial.json");
const prune = process.argv.includes("--prune");

/** Every workspace's code that runs: apps (the CLI, the web page and its server), packages, plugins. */
function sourceDirs() {
  const dirs = [];
  for (const group of ["apps", "packages", "plugins"]) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      for (const folder of ["src", "server"]) {
        const dir = join(base, name, folder);
        if (existsSync(dir)) dirs.push(dir);
      }
    }
  }
  return dirs;
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(?:m|c)?[jt]sx?$/.test(name) && !/\.d\.[cm]?ts$/.test(name)) yield path;
  }
}

/** The literal string a node stands for (a string literal or a template without substitutions), or undefined. */
function literalString(node) {
  if (!node) return undefined;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Regexes of one file: { pattern, flags, line }. */
function regexesOf(path) {
  const text = readFileSync(path, "utf8");
  const { program, errors } = parseSync(path, text);
  if (errors.length > 0) throw new Error(`${relative(root, path)}: cannot parse: ${errors[0].message}`);
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    if (node.type === "Literal" && node.regex) {
      found.push({ pattern: node.regex.pattern, flags: node.regex.flags, line: lineOf(text, node.start) });
    } else if ((node.type === "NewExpression" || node.type === "CallExpression") && node.callee?.type === "Identifier" && node.callee.name === "RegExp") {
      const pattern = literalString(node.arguments[0]);
      const flags = node.arguments.length > 1 ? literalString(node.arguments[1]) : "";
      if (pattern !== undefined && flags !== undefined) found.push({ pattern, flags, line: lineOf(text, node.start) });
    }
    for (const key in node) if (key !== "parent" && typeof node[key] === "object") visit(node[key]);
  };
  visit(program);
  return found;
}

const keyOf = ({ pattern, flags }) => `/${pattern}/${flags}`;

/**
 * Patterns the library builds at run time from templates, other patterns' sources or data, which no
 * literal shows: runtime-patterns.mjs loads the packages and plugins under a recording RegExp and
 * analyses the example plans. Run from the TypeScript sources, as `pnpm cds` is.
 */
function builtAtRunTime() {
  const run = spawnSync("sh", [join(root, "scripts", "node.sh"), "--disable-warning=ExperimentalWarning", join(here, "runtime-patterns.mjs"), root], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    process.stderr.write(`redos: could not load the library to collect the patterns it builds at run time:\n${run.stderr}`);
    process.exit(1);
  }
  return JSON.parse(run.stdout.trim().split("\n").at(-1));
}
const readJson = (file, fallback) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : fallback);

const started = Date.now();
const uses = new Map(); // key → [{ file, line }]
for (const dir of sourceDirs()) {
  for (const file of sourceFiles(dir)) {
    for (const regex of regexesOf(file)) {
      const key = keyOf(regex);
      if (!uses.has(key)) uses.set(key, { ...regex, at: [] });
      uses.get(key).at.push(`${relative(root, file)}:${regex.line}`);
    }
  }
}

for (const regex of builtAtRunTime()) {
  const key = keyOf(regex);
  if (!uses.has(key)) uses.set(key, { ...regex, at: [] });
  const at = `${regex.at} (built at run time)`;
  if (!uses.get(key).at.some((a) => a.startsWith(regex.at))) uses.get(key).at.push(at);
}

const runTime = [...uses.values()].filter((use) => use.at.every((a) => a.endsWith("(built at run time)"))).length;
const verdicts = readJson(verdictsFile, {});
const allowlist = readJson(allowlistFile, []);
const allowed = new Map(allowlist.map((entry) => [entry.regex, entry]));
const pending = allowlist.filter((entry) => entry.status === "pending");
const missing = [...uses.keys()].filter((key) => !(key in verdicts)).sort();
if (missing.length > 0) {
  const { check } = await import("recheck");
  process.stderr.write(`redos: judging ${missing.length} new or changed pattern(s) with recheck\n`);
  for (const key of missing) {
    const { pattern, flags } = uses.get(key);
    const diagnostics = await check(pattern, flags, { timeout: 20_000 });
    const verdict = { status: diagnostics.status };
    if (diagnostics.status === "vulnerable") {
      verdict.complexity = diagnostics.complexity?.summary;
      verdict.attack = diagnostics.attack?.pattern;
    } else if (diagnostics.status === "unknown") {
      verdict.error = diagnostics.error?.kind;
    }
    verdicts[key] = verdict;
  }
}
const kept = prune ? Object.fromEntries(Object.entries(verdicts).filter(([key]) => uses.has(key))) : verdicts;
const sorted = Object.fromEntries(Object.keys(kept).sort().map((key) => [key, kept[key]]));
const serialised = `${JSON.stringify(sorted, null, 2)}\n`;
if (!existsSync(verdictsFile) || readFileSync(verdictsFile, "utf8") !== serialised) writeFileSync(verdictsFile, serialised);

const failures = [];
for (const [key, use] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
  const verdict = verdicts[key];
  if (verdict.status === "safe" || allowed.has(key)) continue;
  failures.push(`  ${key}\n    ${verdict.status}${verdict.complexity ? ` (${verdict.complexity})` : ""}${verdict.attack ? `, attack ${verdict.attack}` : ""}${verdict.error ? ` (${verdict.error})` : ""}\n    at ${use.at.join(", ")}`);
}
const stale = [...allowed.keys()].filter((key) => !uses.has(key));
for (const key of stale) failures.push(`  ${key}\n    in allowlist.json but no longer in the code: remove the entry`);

// Each rewritten pattern, run by V8 itself on the input recheck built against the pattern it replaced
// (prefix, a pumped run of some 200,000 characters, then the suffix that makes the old one fail and
// retry): linear, it takes milliseconds; super-linear, it takes hours. The generous time limit only
// separates those two, it measures nothing.
const adversarial = readJson(adversarialFile, []);
for (const entry of adversarial) {
  if (!uses.has(entry.regex)) {
    failures.push(`  ${entry.regex}\n    in adversarial.json but no longer in the code: update the entry`);
    continue;
  }
  const { pattern, flags } = uses.get(entry.regex);
  const times = Math.ceil(200_000 / entry.pumps.reduce((n, p) => n + p.prefix.length + p.pump.length, 0));
  const input = entry.pumps.map((p) => p.prefix + p.pump.repeat(times)).join("") + entry.suffix;
  const run = spawnSync(process.execPath, ["-e", "const [p, f, s] = JSON.parse(require('fs').readFileSync(0, 'utf8')); s.replace(new RegExp(p, f), '');"], {
    input: JSON.stringify([pattern, flags, input]),
    timeout: 10_000,
  });
  if (run.status !== 0) failures.push(`  ${entry.regex}\n    did not finish on the adversarial input of ${entry.was} within 10 s${run.error ? ` (${run.error.code})` : ""}`);
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  process.stderr.write(`redos: ${failures.length} pattern(s) may take super-linear time (recheck); rewrite them to be linear, or allowlist with the reason they are safe:\n${failures.join("\n")}\n`);
  process.exit(1);
}
for (const entry of pending) process.stderr.write(`redos: pending rewrite: ${entry.regex} (${entry.why})\n`);
process.stdout.write(`redos: ${uses.size} patterns checked (${runTime} built at run time), ${missing.length} newly judged, ${allowed.size - pending.length} allowlisted as safe, ${pending.length} pending rewrite, no other vulnerable; ${adversarial.length} rewritten patterns linear on their adversarial input (${seconds} s)\n`);
