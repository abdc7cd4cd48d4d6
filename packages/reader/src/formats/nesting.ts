import { FORMAT_LIMITS, FormatLimitExceeded } from "./limits.ts";

/** HTML elements that never hold content, and those whose end tag authors leave out: neither deepens a page. */
const FLAT_HTML = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
]);

/**
 * Refuses markup nested deeper than the limit, in one linear pass before any parser sees it: a
 * parser's element stack makes 300,000 nested tags in a 1.4 KB .docx cost seconds to minutes.
 * Counts start tags against end tags (self-closing tags, comments, CDATA, declarations aside; in
 * HTML also void elements and those whose end tag is optional). An approximation that can only
 * over-count for markup no word processor writes.
 */
export function checkNesting(markup: string, mode: "xml" | "html", what: string, limit: number = FORMAT_LIMITS.nestingDepth): void {
  let depth = 0;
  let i = markup.indexOf("<");
  while (i >= 0 && i < markup.length) {
    const next = markup.charCodeAt(i + 1);
    if (markup.startsWith("<!--", i)) { i = skipTo(markup, "-->", i + 4); continue; }
    if (markup.startsWith("<![CDATA[", i)) { i = skipTo(markup, "]]>", i + 9); continue; }
    const end = markup.indexOf(">", i + 1);
    if (end < 0) break;
    if (next === 47 /* / */) depth = Math.max(0, depth - 1);
    else if (next !== 33 /* ! */ && next !== 63 /* ? */ && markup.charCodeAt(end - 1) !== 47) {
      const name = mode === "html" ? /^[a-zA-Z][\w:-]*/.exec(markup.slice(i + 1, Math.min(end, i + 40)))?.[0]?.toLowerCase() : "";
      if (name !== undefined && !(mode === "html" && FLAT_HTML.has(name))) {
        if (++depth > limit) throw new FormatLimitExceeded(`${what} nests elements more than ${limit} deep (a real document nests a few dozen)`);
      }
    }
    i = markup.indexOf("<", end + 1);
  }
}

function skipTo(s: string, marker: string, from: number): number {
  const at = s.indexOf(marker, from);
  return at < 0 ? -1 : s.indexOf("<", at + marker.length);
}
