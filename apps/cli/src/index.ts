/** @cdsvn/cli: the `cds` command, importable for embedding and tests. */
export { cds, runCli, VERSION } from "./main.ts";
