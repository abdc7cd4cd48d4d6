/**
 * The text of every string literal and template-literal part in a TypeScript source, with its line:
 * a small tokenizer that knows comments, strings, templates (with nested `${}`) and regex literals,
 * which is all the catalogue test needs to find words a person would read.
 */
export interface Literal {
  readonly text: string;
  readonly line: number;
}

const REGEX_CAN_FOLLOW = new Set(["", "(", ",", "=", ":", "[", "!", "&", "|", "?", "{", "}", ";", "+", "-", "*", "%", "<", ">", "~", "^"]);

export function stringLiterals(source: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  let line = 1;
  let last = ""; // the last significant character outside strings and comments
  let lastWord = "";
  /** Open `${` depths of the templates we are inside, innermost last. */
  const templates: number[] = [];
  let braces = 0;

  const readTemplatePart = (): void => {
    // At the character after ` or after the } closing a ${…}.
    let text = "";
    const start = line;
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === "\\") { text += source.slice(i, i + 2); i += 2; continue; }
      if (ch === "\n") line++;
      if (ch === "`") { i++; out.push({ text, line: start }); templates.pop(); last = "`"; return; }
      if (ch === "$" && source[i + 1] === "{") { i += 2; out.push({ text, line: start }); templates[templates.length - 1] = braces; braces++; last = "{"; return; }
      text += ch;
      i++;
    }
  };

  while (i < source.length) {
    const ch = source[i]!;
    const next = source[i + 1];
    if (ch === "\n") { line++; i++; continue; }
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === "/" && next === "/") { while (i < source.length && source[i] !== "\n") i++; continue; }
    if (ch === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === "\n") line++;
      i = stop;
      continue;
    }
    if (ch === "'" || ch === '"') {
      let text = "";
      const start = line;
      i++;
      while (i < source.length && source[i] !== ch && source[i] !== "\n") {
        if (source[i] === "\\") { text += source.slice(i, i + 2); i += 2; continue; }
        text += source[i];
        i++;
      }
      i++;
      out.push({ text, line: start });
      last = ch;
      continue;
    }
    if (ch === "`") { i++; templates.push(-1); readTemplatePart(); continue; }
    if (ch === "/" && (REGEX_CAN_FOLLOW.has(last) || lastWord === "return" || lastWord === "typeof")) {
      // A regex literal: skip to its closing slash, minding classes and escapes.
      i++;
      let inClass = false;
      while (i < source.length && source[i] !== "\n") {
        const c = source[i]!;
        if (c === "\\") { i += 2; continue; }
        if (c === "[") inClass = true;
        else if (c === "]") inClass = false;
        else if (c === "/" && !inClass) break;
        i++;
      }
      i++;
      while (i < source.length && /[a-z]/.test(source[i]!)) i++;
      last = "/";
      lastWord = "";
      continue;
    }
    if (ch === "{") { braces++; last = ch; lastWord = ""; i++; continue; }
    if (ch === "}") {
      braces--;
      i++;
      if (templates.length > 0 && templates[templates.length - 1] === braces) { templates[templates.length - 1] = -1; readTemplatePart(); continue; }
      last = ch;
      lastWord = "";
      continue;
    }
    if (/[A-Za-z_$0-9]/.test(ch)) {
      let w = "";
      while (i < source.length && /[A-Za-z_$0-9]/.test(source[i]!)) w += source[i++];
      last = "a";
      lastWord = w;
      continue;
    }
    last = ch;
    lastWord = "";
    i++;
  }
  return out;
}

/** Letters only Vietnamese (or another accented language) writes: a word a person reads. */
const ACCENTED_RE = /(?![×÷])[À-ÿĀ-žƠơƯưẠ-ỹ]/u;
/** Two words of prose in a row, once markup is taken out ("No findings", "cannot read"). */
const PROSE_RE = /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/;

/**
 * Whether a literal is words for a person: anything accented, or English prose. Fragments that are
 * code (CSS or JSON with braces and semicolons, format codes) and markup tags are not.
 */
export function isUserFacing(text: string, allowed: readonly string[] = []): boolean {
  let s = text;
  for (const a of allowed) s = s.split(a).join("");
  if (ACCENTED_RE.test(s)) return true;
  if (/[{};]/.test(s)) return false;
  return PROSE_RE.test(s.replace(/<[^>]*>|^[^<]*>|<[^>]*$/g, " "));
}
