/**
 * The worker thread's entry. A worker is a fresh Node.js instance: V8's compile cache (on in bin.ts for
 * the main thread) must be turned on here too, before the analysis modules load, or every worker of
 * every run compiles the engine again; hence the dynamic import.
 */
import module from "node:module";

module.enableCompileCache?.();
await import("./analyze-task.ts");
