/**
 * Where the worker thread's module is. From source it sits beside this file; in the published bundle
 * (scripts/bundle-cli.mjs: entry "batch/analyze-worker") beside bin.js, and this module may be inlined
 * into any chunk, so bin — which knows its own place — says where (`setWorkerUrl`).
 */
let url: URL | null = null;

export function setWorkerUrl(at: URL): void {
  url = at;
}

export function workerUrl(): URL {
  return url ?? new URL("./analyze-worker.ts", import.meta.url);
}
