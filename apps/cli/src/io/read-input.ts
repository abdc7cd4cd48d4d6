import { constants } from "node:fs";
import { open } from "node:fs/promises";

/** Largest file the CLI reads: plans are tens of kilobytes; this keeps a stray upload from eating memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Why a path could not be read as a plan file; `code` picks the message, the CLI words it. */
export class ReadInputError extends Error {
  readonly code: "ENOENT" | "EACCES" | "EISDIR" | "ENOTREG" | "EFBIG" | "EIO";
  readonly detail: string;
  constructor(code: ReadInputError["code"], detail = "") {
    super(detail || code);
    this.code = code;
    this.detail = detail;
  }
}

/**
 * Reads a plan file's bytes without trusting its name or `stat()`:
 * - opened non-blocking, so a FIFO in a plans folder cannot hang the run on open;
 * - checked on the open descriptor to be a regular file (a symlink to /dev/zero or a socket is refused:
 *   `stat().size` of a device is 0, so a size check before reading would let it through);
 * - read at most `limit + 1` bytes, so an over-large file is refused after `limit` bytes, never read whole.
 */
export async function readInputFile(path: string, limit: number = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw fromSystemError(e);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ReadInputError("EISDIR");
    if (!info.isFile()) throw new ReadInputError("ENOTREG");
    if (info.size > limit) throw new ReadInputError("EFBIG");
    // The size may change under us (a file still being written): read to the limit, whatever stat said.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // Sized by what stat said (one read for an ordinary file), at least 64 KB, never past limit + 1.
      const want = Math.min(limit + 1 - total, Math.max(64 * 1024, info.size + 1 - total));
      if (want <= 0) break;
      const buffer = new Uint8Array(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > limit) throw new ReadInputError("EFBIG");
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch (e) {
    throw e instanceof ReadInputError ? e : fromSystemError(e);
  } finally {
    await handle.close().catch(() => {});
  }
}

function fromSystemError(e: unknown): ReadInputError {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new ReadInputError("ENOENT");
    case "EACCES":
    case "EPERM":
      return new ReadInputError("EACCES");
    case "EISDIR":
      return new ReadInputError("EISDIR");
    default:
      return new ReadInputError("EIO", e instanceof Error ? e.message : String(e));
  }
}
