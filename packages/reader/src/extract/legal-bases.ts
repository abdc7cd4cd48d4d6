import { collapseSpaces, findLegalCitations, parseLegalSymbol, parseVnDate, type DocTree, type LegalBasis, type Span } from "@cdsvn/core";

/** Every numbered document cited anywhere, deduplicated by symbol; date and issuer of the first citation. */
export function extractLegalBases(tree: DocTree, ownNumber: string | null = null, ownNumberSpan: Span | null = null): LegalBasis[] {
  const bySymbol = new Map<string, LegalBasis>();
  const own = ownNumber ? parseLegalSymbol(ownNumber) : null;
  for (const c of findLegalCitations(tree.text)) {
    // the plan's own number is not a basis
    if (own && own.ok && own.value.symbol === c.symbol) continue;
    if (ownNumberSpan && c.span.start < ownNumberSpan.end && c.span.end > ownNumberSpan.start) continue;
    // Word wraps citations anywhere; read what follows the symbol as one line.
    const after = collapseSpaces(tree.text.slice(c.symbolSpan.end, c.symbolSpan.end + 200));
    const dm = /^[\s,]*(?:ngày|ngay)\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})/u.exec(after);
    let date: string | null = null;
    if (dm) {
      const d = parseVnDate(/tháng/u.test(dm[1]!) ? `ngày ${dm[1]}` : dm[1]!);
      if (d.ok) date = d.value.iso;
    }
    // `after` has its blanks collapsed to one space, so the words are parted by " ", not `\s+`: with
    // `\s+` after the lazy issuer, recheck rated the pattern quadratic (it retried every blank run).
    const im = /^.{0,40}?\bcủa ([^,;.]{3,80}?)(?: (?:về|phê duyệt|ban hành|thực hiện|triển khai|sửa đổi|quy định|hướng dẫn|tại)(?![\p{L}])|[,;.]|$)/u.exec(after);
    const issuer = im ? im[1]!.trim() : null;
    const seen = bySymbol.get(c.symbol);
    if (seen) {
      // A first, bare mention ("NQ 749/QĐ-TTG") is completed by a later full citation.
      if (seen.date === null && date !== null) seen.date = date;
      if (seen.issuer === null && issuer !== null) seen.issuer = issuer;
      continue;
    }
    bySymbol.set(c.symbol, {
      symbol: c.symbol, number: c.number,
      // The symbol's own type code ("QĐ" in 749/QĐ-TTg) says what the document is; the words before it
      // may be wrong ("NQ 749/QĐ-TTG"), which is the checker's to report. A công văn has no type code.
      kind: c.typeCode ? c.kind : (c.statedKind ?? c.kind),
      date, issuer, raw: c.raw, span: c.span,
    });
  }
  return [...bySymbol.values()];
}
