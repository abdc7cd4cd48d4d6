import { isAbsolute, resolve } from "node:path";

/**
 * Paths on the command line are relative to where the user typed them. Under `pnpm cds`, pnpm runs
 * the script from the repository root and passes the user's directory as INIT_CWD.
 */
export function userPath(path: string): string {
  if (isAbsolute(path)) return path;
  const base = process.env.npm_lifecycle_event === "cds" && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return resolve(base, path);
}
