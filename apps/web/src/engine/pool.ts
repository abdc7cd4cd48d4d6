import type { Locale } from "@cdsvn/core";
import type { Analysis, AnalyzeSettings, FrameworkFile, FrameworkInfo, FromWorker, ToWorker } from "./protocol.ts";

/**
 * The page's side of the analysis workers: a small pool (two at most: the machines reviewers use are
 * laptops, and each worker holds its own copy of the engine), created on the first file so the first
 * screen loads no engine code. Each request is a promise; a worker that crashes fails only its file.
 */
interface Pending {
  readonly message: ToWorker;
  readonly transfer: Transferable[];
  readonly onStage: (stage: "reading") => void;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: Error) => void;
}

const SIZE = Math.max(1, Math.min(2, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));

export class AnalysisPool {
  #workers: Worker[] = [];
  #idle: Worker[] = [];
  #queue: Pending[] = [];
  #running = new Map<Worker, Pending>();
  #nextId = 1;
  /** Called each time a worker has loaded the engine. */
  onReady: () => void = () => {};

  analyze(fileName: string, bytes: Uint8Array, settings: AnalyzeSettings, onStage: (stage: "reading") => void = () => {}): Promise<Analysis> {
    // A copy is transferred: the page keeps its bytes to re-run the file (another province, year or language).
    const copy = bytes.slice();
    return this.#submit({ type: "analyze", id: this.#nextId++, fileName, bytes: copy, settings }, [copy.buffer], onStage) as Promise<Analysis>;
  }

  /** Starts the workers ahead of the first file (called when the page is idle), so a drop waits for no engine load. */
  warm(): void {
    while (this.#workers.length < SIZE) this.#idle.push(this.#spawn());
  }

  readFramework(file: FrameworkFile, locale: Locale): Promise<FrameworkInfo> {
    return this.#submit({ type: "framework", id: this.#nextId++, file, locale }, [], () => {}) as Promise<FrameworkInfo>;
  }

  #submit(message: ToWorker, transfer: Transferable[], onStage: Pending["onStage"]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ message, transfer, onStage, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#workers.length < SIZE ? this.#spawn() : null);
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#running.set(worker, job);
      worker.postMessage(job.message, job.transfer);
    }
  }

  #spawn(): Worker {
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "cds-analysis" });
    this.#workers.push(worker);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === "ready") return this.onReady();
      const job = this.#running.get(worker);
      if (!job || m.id !== job.message.id) return;
      if (m.type === "stage") return job.onStage(m.stage);
      this.#running.delete(worker);
      this.#idle.push(worker);
      if (m.type === "analyzed") job.resolve(m.analysis);
      else if (m.type === "framework-read") job.resolve(m.info);
      else job.reject(new Error(m.reason));
      this.#pump();
    };
    // A worker that dies (out of memory on a hostile file) fails its file; a fresh one takes the rest.
    worker.onerror = (event) => {
      event.preventDefault();
      const job = this.#running.get(worker);
      this.#running.delete(worker);
      this.#workers = this.#workers.filter((w) => w !== worker);
      worker.terminate();
      job?.reject(new Error(event.message || "the analysis stopped"));
      this.#pump();
    };
    return worker;
  }
}
