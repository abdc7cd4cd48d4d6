import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.ts";

/**
 * Start-up stays small: `cds parse plan.txt` must not load the libraries only other formats and
 * exports need (exceljs, docx, unpdf, mammoth, the zip reader) nor the HTTP/Redis side of
 * @effect/platform-node. A module hook records every module the child process loads.
 */
const dir = mkdtempSync(join(tmpdir(), "cds-startup-"));
const hook = join(dir, "record-loads.mjs");
writeFileSync(hook, `import { registerHooks } from "node:module";
import { writeFileSync } from "node:fs";
const seen = [];
registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
process.on("exit", () => writeFileSync(process.env.CDS_LOADED_MODULES, seen.join("\\n")));
`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loadedBy(args: readonly string[]): { code: number | null; modules: string[] } {
  const out = join(dir, `loaded-${args.join("-").replace(/[^\w.-]/g, "_")}.txt`);
  const r = spawnSync(process.execPath, ["--disable-warning=ExperimentalWarning", "--import", pathToFileURL(hook).href, resolve(repoRoot, "apps/cli/src/bin.ts"), ...args], {
    cwd: repoRoot, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CDS_LOADED_MODULES: out }, timeout: 60_000,
  });
  return { code: r.status, modules: readFileSync(out, "utf8").split("\n") };
}

const HEAVY = /\/node_modules\/(?:exceljs|docx|unpdf|mammoth|jszip|fflate|@redis\/[^/]+|redis)\//;
const heavyIn = (modules: readonly string[]) => [...new Set(modules.filter((m) => HEAVY.test(m)).map((m) => HEAVY.exec(m)![0]))];

describe("cds start-up loads only what the command needs", () => {
  it("cds parse on a .txt plan loads no exporter, .docx/.pdf library or Redis client", () => {
    const { code, modules } = loadedBy(["parse", "examples/xa-an-phu-2026.txt"]);
    expect(code).toBe(0);
    expect(modules.some((m) => m.includes("/apps/cli/src/commands/parse.ts"))).toBe(true);
    expect(heavyIn(modules)).toEqual([]);
    // Subpath imports only: the barrel ("effect") loads every module of the library.
    expect(modules.filter((m) => /\/node_modules\/effect\/dist\/index\.js$/.test(m))).toEqual([]);
  });

  it("cds parse on a .docx plan loads the zip reader it needs, on demand", () => {
    const { code, modules } = loadedBy(["parse", "examples/xa-an-phu-2026.docx"]);
    expect(code).toBe(0);
    expect(heavyIn(modules)).toEqual(["/node_modules/fflate/"]);
  });
});
