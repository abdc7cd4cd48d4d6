import { expandAbbreviations } from "../text/abbreviations.ts";
import { matchKey } from "../text/normalize.ts";
import { ownCopy } from "../text/own-copy.ts";

/**
 * The keyword convention of framework indicators, shared by the comparer and by plugin rules:
 * `keywords` is a list of groups that must ALL occur in the wording (after NFC, abbreviation
 * expansion, tone and case folding); a group "a|b" is satisfied by either alternative; a group
 * "!a" must NOT occur (it tells "hồ sơ xử lý trực tuyến" from "trực tuyến toàn trình").
 */
export function indicatorKey(text: string): string {
  return ` ${matchKey(expandAbbreviations(text))} `;
}

/** True when every keyword group is satisfied by `text`; an empty list never matches. */
export function matchesKeywords(text: string, keywords: readonly string[]): boolean {
  if (keywords.length === 0) return false;
  const key = textKey(text);
  return compiledGroups(keywords).every(({ negated, alternatives }) => {
    const found = alternatives.some((a) => key.includes(a));
    return negated ? !found : found;
  });
}

interface KeywordGroup {
  readonly negated: boolean;
  /** The alternatives' keys (`indicatorKey`), empty ones left out. */
  readonly alternatives: readonly string[];
}

/**
 * A keyword list's groups with their keys, built once per list: a rule tests every plan indicator
 * against every item of a table, and framework data never changes.
 */
const groupsOf = new WeakMap<readonly string[], readonly KeywordGroup[]>();

function compiledGroups(keywords: readonly string[]): readonly KeywordGroup[] {
  let groups = groupsOf.get(keywords);
  if (!groups) {
    groups = keywords.map((group) => {
      const negated = group.startsWith("!");
      return { negated, alternatives: (negated ? group.slice(1) : group).split("|").map((a) => indicatorKey(a)).filter((a) => a.trim() !== "") };
    });
    groupsOf.set(keywords, groups);
  }
  return groups;
}

/**
 * A wording's key, remembered: the same plan indicator is tested against many keyword lists. Least
 * recently used out first, so a batch larger than the memory does not fold every wording again.
 */
const textKeys = new Map<string, string>();
const TEXT_KEYS_LIMIT = 4096;

function textKey(text: string): string {
  let key = textKeys.get(text);
  if (key !== undefined) {
    textKeys.delete(text);
  } else {
    // Its own copy, so the cache does not keep the plan the wording was cut from (text/own-copy.ts).
    text = ownCopy(text);
    key = indicatorKey(text);
    if (textKeys.size >= TEXT_KEYS_LIMIT) textKeys.delete(textKeys.keys().next().value!);
  }
  textKeys.set(text, key);
  return key;
}
