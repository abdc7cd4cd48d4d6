// The build of @cdsvn/cli (run in apps/cli by `pnpm build`, turbo, and prepack): one ESM bundle of
// the command and everything it imports, minified and code-split, run by node directly.
//
// Why a bundle: from source, a `cds` run loads ~500 modules (effect/cli alone ~200) through Node's
// resolver; one file with lazy chunks costs a fraction of that. The formats and exports that need
// big libraries (docx, pdf, html, xlsx) are dynamic imports in the source, so they land in chunks a
// .txt run never loads. The workspace packages are bundled from their source (the "@cdsvn/source" export
// condition); the rule docs stay in the installed @cdsvn/checker and plugin packages.
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
const common = {
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.10",
  conditions: ["@cdsvn/source"],
  minify: true,
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  logLevel: "warning",
  // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
  banner: { js: 'import{createRequire as __cdsRequire}from"node:module";const require=__cdsRequire(import.meta.url);' },
};
// Two builds, not one with two entries: the main thread and a worker thread each load their own copy of
// every module anyway (a thread is a separate isolate), and chunks shared between the two entries made
// the main thread load what only the worker uses. esbuild splits by the files an entry can reach, so the
// packages' `export *` barrels put all of @cdsvn/core and zod in a chunk the main thread loaded (~0.9 MB)
// for the one message function it needed. Apart, each build tree-shakes to what its thread runs.
const results = await Promise.all([
  // The command: argument parsing, the inputs, the pool, writing the reports.
  build({ ...common, entryPoints: { bin: "src/bin.ts" } }),
  // The worker thread each plan is analysed and formatted in (src/batch/pool.ts).
  build({ ...common, entryPoints: { "batch/analyze-worker": "src/batch/analyze-worker.ts" } }),
]);
if (process.argv.includes("--analyze")) {
  const { analyzeMetafile } = await import("esbuild");
  for (const result of results) console.log(await analyzeMetafile(result.metafile));
}
