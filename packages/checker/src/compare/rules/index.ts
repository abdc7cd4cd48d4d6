import type { Rule } from "@cdsvn/core";
import { frameworkCoverage } from "./coverage/rule.ts";
import { frameworkTarget } from "./target/rule.ts";

/**
 * The rules whose findings come from the comparison with the framework in force, not from a walk of
 * the plan (`compareWithFrameworks` reports them): listed for `cds rules`, `cds explain`, the docs
 * catalogue, and the rule ids a config may name.
 */
export const frameworkRules: readonly Rule[] = [frameworkCoverage, frameworkTarget];
export { frameworkCoverage, frameworkTarget };
