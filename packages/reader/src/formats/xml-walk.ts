import { Parser } from "htmlparser2";

/** What a walk over an XML part reports: start tags with their (decoded) attributes, text, end tags. */
export interface XmlVisitor {
  open?(name: string, attrs: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Streams an XML part through htmlparser2's XML mode (a real tokenizer, linear in the input: no
 * regular expression over the markup); tag names keep their prefix ("w:p"), entities are decoded.
 * Callers check nesting first (`checkNesting`): the parser's element stack is what deep nesting costs.
 */
export function walkXml(xml: string, on: XmlVisitor): void {
  const parser = new Parser(
    {
      onopentag: (name, attrs) => on.open?.(name, attrs),
      ontext: (t) => on.text?.(t),
      onclosetag: (name) => on.close?.(name),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}
