/**
 * Serves the built page (dist/) on 127.0.0.1 for `cds serve` and the end-to-end tests. Only files
 * under the folder are served, only to GET/HEAD; nothing is written, logged or fetched.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Where `vite build` writes the page. */
export const DIST_DIR = fileURLToPath(new URL("../dist/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT/" */
  readonly url: string;
  readonly close: () => Promise<void>;
}

export interface ServeOptions {
  /** The folder to serve; the built page by default. */
  readonly root?: string;
  /** 0 (the default): a free port. */
  readonly port?: number;
}

/** True when the page has been built (dist/index.html exists). */
export async function isBuilt(root: string = DIST_DIR): Promise<boolean> {
  return stat(join(root, "index.html")).then((s) => s.isFile(), () => false);
}

export function startStaticServer(options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? DIST_DIR);
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    // Nothing outside the folder, whatever the path says ("/../../etc/passwd").
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "content-length": info.size,
      "x-content-type-options": "nosniff",
      // Hashed assets never change; the page itself is always asked again.
      "cache-control": path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return listen(server, options.port ?? 0);
}

function listen(server: Server, port: number): Promise<StaticServer> {
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
