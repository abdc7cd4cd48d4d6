/// <reference lib="webworker" />
/**
 * An analysis worker: reads and checks one file at a time off the page's thread, so the page stays
 * responsive while a PDF is parsed. A file that fails answers with its reason; the worker goes on.
 */
import { analyze, frameworkInfo, warmUp } from "./run.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";

const post = (message: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === "analyze") {
      post({ type: "stage", id: message.id, stage: "reading" });
      post({ type: "analyzed", id: message.id, analysis: await analyze(message.fileName, message.bytes, message.settings) });
    } else {
      post({ type: "framework-read", id: message.id, info: await frameworkInfo(message.file, message.locale) });
    }
  } catch (e) {
    post({ type: "failed", id: message.id, reason: e instanceof Error ? e.message : String(e) });
  }
};

// The first plan a fresh worker reads pays for compiling the reader and the rules; a small plan read
// now, while the reviewer is still choosing files, pays it instead.
void warmUp().finally(() => post({ type: "ready" }));
