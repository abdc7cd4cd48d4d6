import { Parser } from "htmlparser2";
import { checkNesting } from "./nesting.ts";

/** Tags after which the text of a cell or paragraph continues on a new line. */
const LINE_BREAKING = new Set(["br", "p", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table"]);

/**
 * A fragment of HTML (a Markdown cell written by a converter: `<ul><li>…</li></ul>`, `<br>`, `<b>`)
 * → its text, one line per list item or paragraph, entities decoded. htmlparser2 is a streaming
 * tokenizer, so this is linear in the input whatever the markup.
 */
export function htmlFragmentToText(html: string): string {
  if (!html.includes("<") && !html.includes("&")) return html;
  checkNesting(html, "html", "a cell's markup");
  let out = "";
  const parser = new Parser(
    {
      ontext(t) {
        out += t;
      },
      onopentag(name) {
        if (LINE_BREAKING.has(name)) out += "\n";
      },
      onclosetag(name) {
        if (LINE_BREAKING.has(name) && name !== "br") out += "\n";
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

/** Whether a string looks like it carries HTML markup (a tag, not a lone "<" in "< 5%"). */
export const hasMarkup = (s: string): boolean => /<\/?[a-zA-Z][^<>]{0,200}>|&(?:[a-zA-Z]{2,8}|#\d{1,6});/.test(s);
