#!/usr/bin/env node
import module from "node:module";

// V8's compiled code for every module is kept on disk (in the OS temp directory) and reused by the next
// `cds` run: a third of start-up was compiling the same ~600 modules again. Must run before they load,
// hence the dynamic imports below. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
module.enableCompileCache?.();

// Subpath imports, not the package barrel: the barrel also loads the HTTP, Redis and cluster modules
// (hundreds of files, ~0.5 s of every `cds` start) that the CLI never uses.
const [NodeRuntime, NodeServices, Effect, Runtime, { runCli }, { setWorkerUrl }] = await Promise.all([
  import("@effect/platform-node/NodeRuntime"),
  import("@effect/platform-node/NodeServices"),
  import("effect/Effect"),
  import("effect/Runtime"),
  import("./main.ts"),
  import("./batch/worker-url.ts"),
]);

// The worker thread's module sits beside this file: src/batch/*.ts from source, dist/batch/*.js bundled.
setWorkerUrl(new URL(`./batch/analyze-worker.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`, import.meta.url));

/**
 * The runner calls process.exit at once on a non-zero code, which cuts short a report still being written
 * to a pipe (`cds validate … --format json | jq` lost everything past ~64 KB on exit 1). So the exit waits
 * until stdout and stderr have taken everything written before it.
 */
const exitAfterOutput: typeof Runtime.defaultTeardown = (exit, onExit) =>
  Runtime.defaultTeardown(exit, (code) => {
    if (code === 0) return onExit(code);
    process.stdout.write("", () => process.stderr.write("", () => onExit(code)));
  });

runCli(process.argv.slice(2)).pipe(
  Effect.provide(NodeServices.layer),
  NodeRuntime.runMain({ disableErrorReporting: true, teardown: exitAfterOutput }),
);
