import type { FrameworkFile } from "./engine/protocol.ts";

/**
 * The province framework the reviewer loaded, kept in this browser's IndexedDB (bytes can be a few
 * hundred kilobytes of .xlsx: too much for localStorage) until the reviewer removes it.
 */
const DB = "cds-web";
const STORE = "framework";
const KEY = "current";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The stored framework, or null (also when storage is unavailable, as in a private window). */
export async function loadFramework(): Promise<FrameworkFile | null> {
  try {
    const value = await run<{ name: string; bytes: ArrayBuffer } | undefined>("readonly", (s) => s.get(KEY));
    return value ? { name: value.name, bytes: new Uint8Array(value.bytes) } : null;
  } catch {
    return null;
  }
}

export async function saveFramework(file: FrameworkFile): Promise<void> {
  await run("readwrite", (s) => s.put({ name: file.name, bytes: file.bytes.slice().buffer }, KEY));
}

export async function removeFramework(): Promise<void> {
  await run("readwrite", (s) => s.delete(KEY));
}
