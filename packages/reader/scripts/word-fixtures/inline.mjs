/**
 * The inline marks a word-fixture plan writes inside its texts, for what Word keeps inside a
 * paragraph: tracked changes, hidden text, fields, hyperlinks, symbols, breaks and hyphens.
 *
 *   ⟦ins:…⟧  an insertion (tracked)            ⟦del:…⟧  a deletion (tracked)
 *   ⟦hide:…⟧ hidden text (w:vanish)             ⟦link:URL|text⟧ a hyperlink
 *   ⟦fs:INSTR|result⟧ a simple field            ⟦fc:INSTR|result⟧ a complex field (fldChar)
 *   ⟦sdt:YYYY-MM-DD|text⟧ a date content control
 *   ⟦sym:F0B3⟧ a Symbol-font character          ⟦tab⟧ ⟦br⟧ ⟦shy⟧ (soft hyphen) ⟦nbh⟧ (non-breaking hyphen)
 *   [^…]     a footnote
 *
 * `tokens` splits a text into these; `plain` gives the text as Word's "save as text" prints the final
 * document (insertions kept, deletions and hidden text dropped, a field's result, footnotes dropped).
 */

/** Symbol-font code points (Word's w:sym, private-use F0xx) and the Unicode letter they draw. */
export const SYMBOL_FONT = { F0B3: "≥", F0A3: "≤", F0B1: "±", F0AE: "→", F0D7: "×" };

const MARK = /⟦(ins|del|hide|link|fs|fc|sdt|sym|tab|br|shy|nbh)(?::([^⟧]*))?⟧|\[\^([^\]]+)\]/gu;

/** @returns {Array<{ kind: string, text?: string, arg?: string }>} */
export function tokens(text) {
  const out = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > at) out.push({ kind: "text", text: text.slice(at, m.index) });
    if (m[3] !== undefined) out.push({ kind: "note", text: m[3] });
    else {
      const [kind, body = ""] = [m[1], m[2]];
      if (kind === "link" || kind === "fs" || kind === "fc" || kind === "sdt") {
        const bar = body.lastIndexOf("|");
        out.push({ kind, arg: body.slice(0, bar), text: body.slice(bar + 1) });
      } else out.push({ kind, text: body });
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: "text", text: text.slice(at) });
  return out;
}

/** The final text, as Word's text export prints it. */
export function plain(text) {
  return tokens(text).map((t) => {
    switch (t.kind) {
      case "text": case "ins": case "link": case "fs": case "fc": case "sdt": return t.text;
      case "sym": return SYMBOL_FONT[t.text] ?? "";
      case "tab": return "\t";
      case "br": return "\n";
      case "nbh": return "-";
      default: return ""; // del, hide, shy, note
    }
  }).join("");
}
