import { defineRule, findLegalCitations, parseVnDate, type LegalCitation } from "@cdsvn/core";
import { docsUrl } from "../../helpers.ts";

const id = "consistency/citation-conflict";

const DATE_AFTER = /^[^.;\n]{0,25}?ngày\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/u;

interface Dated { readonly c: LegalCitation; readonly date: string | null }

/**
 * One document must be cited the same way throughout: the same number for the same issuer, kind
 * and date, and the same date for the same number.
 */
export const citationConflict = defineRule({
  meta: {
    id,
    category: "internal-consistency",
    severity: "warning",
    docs: {
      description: { vi: "Một văn bản được trích dẫn với hai số hiệu hoặc hai ngày khác nhau", en: "One document cited with two different numbers or dates" },
      rationale: { vi: "Trích dẫn mâu thuẫn khiến căn cứ pháp lý không kiểm chứng được.", en: "Contradictory citations leave the legal basis unverifiable." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        twoNumbers: "{kind} của {issuer} ngày {date} được ghi là {symbol} ở đây nhưng là {other} ở chỗ khác",
        twoDates: "{symbol} ghi ngày {date} ở đây nhưng ngày {other} ở chỗ khác",
      },
      en: {
        twoNumbers: "The {kind} of {issuer} dated {date} is cited as {symbol} here but as {other} elsewhere",
        twoDates: "{symbol} is dated {date} here but {other} elsewhere",
      },
    },
    tags: ["legal"],
  },
  create(context) {
    return {
      "plan:exit"() {
        if (!context.text) return;
        const dated: Dated[] = findLegalCitations(context.text).map((c) => {
          const m = DATE_AFTER.exec(context.text.slice(c.span.end, c.span.end + 60));
          const d = m ? parseVnDate(m[1]!) : null;
          return { c, date: d && d.ok && d.value.iso && d.value.iso.length === 10 ? d.value.iso : null };
        });
        const byKey = new Map<string, Dated[]>();
        for (const x of dated) {
          if (!x.date || !x.c.typeCode) continue;
          const key = `${x.c.typeCode}|${x.c.issuerCode}|${x.date}`;
          byKey.set(key, [...(byKey.get(key) ?? []), x]);
        }
        for (const group of byKey.values()) {
          const symbols = [...new Set(group.map((x) => x.c.symbol))];
          if (symbols.length < 2) continue;
          for (const x of group) {
            const other = symbols.find((s) => s !== x.c.symbol)!;
            context.report({ messageId: "twoNumbers", data: { kind: x.c.typeCode, issuer: x.c.issuerCode, date: x.date, symbol: x.c.symbol, other }, span: x.c.span, actual: x.c.symbol });
          }
        }
        const bySymbol = new Map<string, Dated[]>();
        for (const x of dated) if (x.date) bySymbol.set(x.c.symbol, [...(bySymbol.get(x.c.symbol) ?? []), x]);
        for (const [symbol, group] of bySymbol) {
          const dates = [...new Set(group.map((x) => x.date))];
          if (dates.length < 2) continue;
          const first = group[0]!.date;
          for (const x of group) {
            if (x.date === first) continue;
            context.report({ messageId: "twoDates", data: { symbol, date: x.date, other: first }, span: x.c.span, actual: x.date, expected: first });
          }
        }
      },
    };
  },
});
