import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readInputFile } from "../../src/io/read-input.ts";

const dir = mkdtempSync(join(tmpdir(), "cds-read-"));

describe("readInputFile", () => {
  it("reads a regular file whole", async () => {
    const path = join(dir, "plan.txt");
    writeFileSync(path, "Kế hoạch");
    expect(new TextDecoder().decode(await readInputFile(path))).toBe("Kế hoạch");
  });

  it("refuses a file over the limit after reading at most limit + 1 bytes", async () => {
    const path = join(dir, "big.txt");
    writeFileSync(path, "x".repeat(101));
    await expect(readInputFile(path, 100)).rejects.toMatchObject({ code: "EFBIG" });
    expect((await readInputFile(path, 101)).length).toBe(101);
  });

  it("refuses a symlink to a device (stat size 0) instead of reading without end", async () => {
    const path = join(dir, "zero.txt");
    symlinkSync("/dev/zero", path);
    await expect(readInputFile(path, 1000)).rejects.toMatchObject({ code: "ENOTREG" });
  });

  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const path = join(dir, "fifo.txt");
    execFileSync("mkfifo", [path]);
    await expect(readInputFile(path)).rejects.toMatchObject({ code: "ENOTREG" });
  });

  it("names a missing file and a directory", async () => {
    await expect(readInputFile(join(dir, "nope.txt"))).rejects.toMatchObject({ code: "ENOENT" });
    await expect(readInputFile(dir)).rejects.toMatchObject({ code: "EISDIR" });
  });
});
