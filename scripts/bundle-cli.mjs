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
const result = await build({
  // The worker thread each plan is analysed in (src/batch/pool.ts) is an entry of its own.
  entryPoints: { bin: "src/bin.ts", "batch/analyze-worker": "src/batch/analyze-worker.ts" },
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
});
if (process.argv.includes("--analyze")) {
  const { analyzeMetafile } = await import("esbuild");
  console.log(await analyzeMetafile(result.metafile));
}
