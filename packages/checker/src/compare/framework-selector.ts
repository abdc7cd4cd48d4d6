import type { Framework } from "@cdsvn/core";
import { effectiveFramework, readAsOf, type EffectiveFramework, type SelectFrameworkOptions } from "./effective-framework.ts";

/** Picks the framework in force for a plan: `effectiveFramework`, or one that remembers its answers. */
export type FrameworkSelector = (frameworks: readonly Framework[], options: SelectFrameworkOptions) => EffectiveFramework;

/** Answers kept per frameworks array; past this many (a batch of plans issued on many days) the memory starts over. */
const MAX_ANSWERS = 512;

/**
 * A selector that selects each framework in force once. The answer depends only on the frameworks,
 * the province, the year, the level and the day the plan is read at (its issue date read as the last
 * day it can mean: "2025-07" and "2025-07-31" are one day), so a folder of plans of one province and
 * year pays for the selection once. The frameworks are told apart by identity: an engine builds each
 * province's list once and never changes it; another list (even with the same frameworks) is selected
 * anew, so no answer can be stale. The memory lives and dies with the selector (one per engine).
 *
 * @example
 * ```ts
 * import { cachedFrameworkSelector, compareWithFrameworks } from "@cdsvn/checker";
 * import { allFrameworks } from "@cdsvn/national";
 *
 * const select = cachedFrameworkSelector();
 * const frameworks = allFrameworks([haTinh]); // one list, kept: answers are remembered per list
 * const outcome = compareWithFrameworks({ plan, text, frameworks, province: "ha-tinh", selectFramework: select });
 * ```
 */
export function cachedFrameworkSelector(): FrameworkSelector {
  const answers = new WeakMap<readonly Framework[], Map<string, EffectiveFramework>>();
  return (frameworks, options) => {
    let known = answers.get(frameworks);
    if (!known) answers.set(frameworks, (known = new Map()));
    const key = JSON.stringify([options.province, options.year, options.level ?? "commune", readAsOf(options)]);
    let answer = known.get(key);
    if (answer === undefined) {
      answer = effectiveFramework(frameworks, options);
      if (known.size >= MAX_ANSWERS) known.clear();
      known.set(key, answer);
    }
    return answer;
  };
}
