import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const built = existsSync(join(repo, "apps/web/dist/index.html"));

/** `cds serve --no-open`: prints the address on stdout, serves the page there, stops on Ctrl+C (130, the interrupted-command code). */
describe.skipIf(!built)("cds serve", () => {
  it("serves the built page on 127.0.0.1 and stops on SIGINT with exit 130", async () => {
    const child = spawn(process.execPath, ["--disable-warning=ExperimentalWarning", join(repo, "apps/cli/src/bin.ts"), "serve", "--no-open"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const url = await new Promise<string>((resolveUrl, reject) => {
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString();
        const line = stdout.split("\n").find((l) => l.startsWith("http"));
        if (line) resolveUrl(line.trim());
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    const code = await new Promise<number | null>((done) => {
      child.on("exit", (c) => done(c));
      child.kill("SIGINT");
    });
    expect(code).toBe(130);
    expect(stderr).toContain("Ctrl+C");
  });
});
