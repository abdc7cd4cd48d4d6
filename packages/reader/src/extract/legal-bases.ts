import { findLegalCitations, parseLegalSymbol, parseVnDate, type DocTree, type LegalBasis } from "@cdsvn/core";

/** Every numbered document cited anywhere, deduplicated by symbol; date and issuer of the first citation. */
export function extractLegalBases(tree: DocTree, ownNumber: string | null = null): LegalBasis[] {
  const bySymbol = new Map<string, LegalBasis>();
  const own = ownNumber ? parseLegalSymbol(ownNumber) : null;
  for (const c of findLegalCitations(tree.text)) {
    if (bySymbol.has(c.symbol)) continue;
    // the plan's own number is not a basis
    if (own && own.ok && own.value.symbol === c.symbol) continue;
    const after = tree.text.slice(c.symbolSpan.end, c.symbolSpan.end + 200);
    const dm = /^[\s,]*(?:ngày|ngay)\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})/u.exec(after);
    let date: string | null = null;
    if (dm) {
      const d = parseVnDate(/tháng/u.test(dm[1]!) ? `ngày ${dm[1]}` : dm[1]!);
      if (d.ok) date = d.value.iso;
    }
    const im = /^.{0,40}?\bcủa\s+([^,;.]{3,80}?)(?:\s+(?:về|phê duyệt|ban hành|thực hiện|triển khai|sửa đổi|quy định|hướng dẫn|tại)(?![\p{L}])|[,;.]|$)/u.exec(after);
    bySymbol.set(c.symbol, {
      symbol: c.symbol, number: c.number, kind: c.statedKind ?? c.kind, date,
      issuer: im ? im[1]!.trim() : null, raw: c.raw, span: c.span,
    });
  }
  return [...bySymbol.values()];
}
