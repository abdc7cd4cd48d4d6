/** The toolkit version: printed by `cds --version` and written into every report's `ruleset.engine`. */
export const VERSION = "0.1.0";
