import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBuilt, startStaticServer, type StaticServer } from "../server/static-server.ts";

/** A raw request, so paths like "/../x" reach the server as written (fetch would normalise them). */
function get(url: string, path: string, method = "GET"): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the static server of `cds serve`", () => {
  const root = mkdtempSync(join(tmpdir(), "cds-web-root-"));
  const outside = join(root, "..", `secret-${process.pid}.txt`);
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>trang</title>");
    writeFileSync(join(root, "assets", "a.js"), "export {}");
    writeFileSync(outside, "secret");
    server = await startStaticServer({ root });
  });
  afterAll(async () => { await server?.close(); });

  it("listens on 127.0.0.1 on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/$/);
  });

  it("serves the page and its assets with their types", async () => {
    const page = await get(server.url, "/");
    expect(page).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
    expect(page.body).toContain("trang");
    expect(await get(server.url, "/assets/a.js")).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
    expect(await isBuilt(root)).toBe(true);
    expect(await isBuilt(join(root, "assets"))).toBe(false);
  });

  it("serves nothing outside its folder, whatever the path says", async () => {
    const name = `secret-${process.pid}.txt`;
    for (const path of [`/../${name}`, `/%2e%2e/${name}`, `/assets/..%2f..%2f${name}`]) {
      const r = await get(server.url, path);
      expect([403, 404]).toContain(r.status);
      expect(r.body).not.toContain("secret");
    }
    expect((await get(server.url, "/nothing-here.js")).status).toBe(404);
    expect((await get(server.url, "/%E0%A4%A")).status).toBe(400);
  });

  it("answers only GET and HEAD", async () => {
    expect((await get(server.url, "/", "POST")).status).toBe(405);
    expect(await get(server.url, "/", "HEAD")).toMatchObject({ status: 200, body: "" });
  });
});
