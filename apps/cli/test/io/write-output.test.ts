import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { claimOutputs, writeFileAtomic } from "../../src/io/write-output.ts";

const dir = mkdtempSync(join(tmpdir(), "cds-write-"));
const out = (name: string) => ({ shown: name, path: join(dir, name) });

describe("claimOutputs", () => {
  it("writes every output and leaves no temporary file", async () => {
    const claimed = await claimOutputs([out("a.json"), out("sub/b.md")]);
    await claimed.commit(new Map([[join(dir, "a.json"), "{}"], [join(dir, "sub/b.md"), "# b"]]));
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("{}");
    expect(readFileSync(join(dir, "sub/b.md"), "utf8")).toBe("# b");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)("fails before anything is written when one output cannot be written", async () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    writeFileSync(join(dir, "first.json"), "old");
    await expect(claimOutputs([out("first.json"), out("locked/x.md")])).rejects.toMatchObject({ shown: "locked/x.md" });
    expect(readFileSync(join(dir, "first.json"), "utf8")).toBe("old");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("fails before anything is written when an output's folder is a file", async () => {
    writeFileSync(join(dir, "plain"), "");
    writeFileSync(join(dir, "keep.json"), "old");
    await expect(claimOutputs([out("keep.json"), out("plain/x.md")])).rejects.toMatchObject({ shown: "plain/x.md" });
    expect(readFileSync(join(dir, "keep.json"), "utf8")).toBe("old");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces a previous file whole", async () => {
    writeFileSync(join(dir, "r.csv"), "old,old,old");
    await writeFileAtomic(out("r.csv"), "new");
    expect(readFileSync(join(dir, "r.csv"), "utf8")).toBe("new");
    expect(existsSync(join(dir, "r.csv"))).toBe(true);
  });
});
