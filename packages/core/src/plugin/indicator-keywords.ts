import { expandAbbreviations } from "../text/abbreviations.ts";
import { matchKey } from "../text/normalize.ts";

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
  const key = indicatorKey(text);
  return keywords.every((group) => {
    const negated = group.startsWith("!");
    const alternatives = (negated ? group.slice(1) : group).split("|").map((a) => indicatorKey(a)).filter((a) => a.trim() !== "");
    const found = alternatives.some((a) => key.includes(a));
    return negated ? !found : found;
  });
}
