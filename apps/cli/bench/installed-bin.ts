import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let built = false;

/**
 * The published `cds` (the esbuild bundle in dist/, run by node directly), built once per bench run from
 * the current source; CDS_BENCH_REBUILD=0 keeps an existing dist/.
 */
export function installedBin(): string {
  const bin = join(cliDir, "dist/bin.js");
  if (!built && (!existsSync(bin) || process.env.CDS_BENCH_REBUILD !== "0")) {
    const b = spawnSync(process.execPath, [resolve(cliDir, "../../scripts/bundle-cli.mjs")], { cwd: cliDir, stdio: "inherit" });
    if (b.status !== 0) throw new Error("bundling the CLI failed");
  }
  built = true;
  return bin;
}
