// The build of one library package (run in its folder by `pnpm build`, turbo, and prepack):
// a clean dist/ (a module deleted from src/ must not ship from an old build), tsc's JavaScript and
// declarations, and the Markdown docs that sit beside the code (rule docs) copied to the same place
// under dist/, where the published package reads them. Plain JavaScript so any Node runs it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", ".bin", "tsc");

rmSync("dist", { recursive: true, force: true });
const result = spawnSync(tsc, ["-p", "tsconfig.build.json"], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);

for (const entry of readdirSync("src", { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
  const from = join(entry.parentPath ?? entry.path, entry.name);
  cpSync(from, join("dist", from.slice("src/".length)));
}
if (!existsSync("dist/index.js")) {
  console.error(`build: ${process.cwd()}: no dist/index.js after tsc`);
  process.exit(1);
}
