import pkg from "../package.json" with { type: "json" };

/**
 * The toolkit version: printed by `cds --version` and written into every report's `ruleset.engine`.
 * Read from this package's package.json (the one place a release bumps), inlined by the bundle.
 */
export const VERSION: string = pkg.version;
