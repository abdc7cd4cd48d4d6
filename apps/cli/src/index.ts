/** @cdsvn/cli: the `cds` command, importable for embedding and tests. */
export { cdsFor, runCli, VERSION } from "./main.ts";
