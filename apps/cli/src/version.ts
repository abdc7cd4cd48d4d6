import pkg from "../package.json" with { type: "json" };

/**
 * The version `cds --version` prints, read from this package's package.json (the one place a release
 * bumps; the bundle inlines it). Reports carry @cdsvn/engine's, released together with the same number.
 */
export const VERSION: string = pkg.version;
