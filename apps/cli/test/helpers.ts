import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const bin = resolve(repoRoot, "apps/cli/src/bin.ts");

/** Runs the real `cds` in a child process, as a user would, with the repo root as working directory. */
export function cds(args: readonly string[], env: Record<string, string> = {}, timeout = 60_000) {
  const r = spawnSync(process.execPath, ["--disable-warning=ExperimentalWarning", bin, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", npm_lifecycle_event: "", ...env },
    timeout,
    // A folder's JSON report passes spawnSync's 1 MB default; past it the child is killed (status null).
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
