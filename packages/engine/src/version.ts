import pkg from "../package.json" with { type: "json" };

/**
 * The engine's version, read from its package.json so a release bump cannot leave it stale. Written
 * into every report's `ruleset.engine` and checked against each plugin's `meta.engine` range.
 */
export const ENGINE_VERSION: string = pkg.version;
