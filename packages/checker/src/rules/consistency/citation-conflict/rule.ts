import { defineRule, type CitationFact } from "@cdsvn/core";
import { citationsOf, docsUrl } from "../../helpers.ts";

const id = "consistency/citation-conflict";


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
        const dated = citationsOf(context.plan) ?? [];
        const byKey = new Map<string, CitationFact[]>();
        for (const x of dated) {
          if (!x.date || !x.typeCode) continue;
          const key = `${x.typeCode}|${x.issuerCode}|${x.date}`;
          push(byKey, key, x);
        }
        for (const group of byKey.values()) {
          const symbols = [...new Set(group.map((x) => x.symbol))];
          if (symbols.length < 2) continue;
          for (const x of group) {
            const other = symbols.find((s) => s !== x.symbol)!;
            context.report({ messageId: "twoNumbers", data: { kind: x.typeCode, issuer: x.issuerCode, date: x.date, symbol: x.symbol, other }, span: x.span, actual: x.symbol });
          }
        }
        const bySymbol = new Map<string, CitationFact[]>();
        for (const x of dated) if (x.date) push(bySymbol, x.symbol, x);
        for (const [symbol, group] of bySymbol) {
          const dates = [...new Set(group.map((x) => x.date))];
          if (dates.length < 2) continue;
          const first = group[0]!.date;
          for (const x of group) {
            if (x.date === first) continue;
            context.report({ messageId: "twoDates", data: { symbol, date: x.date, other: first }, span: x.span, actual: x.date, expected: first });
          }
        }
      },
    };
  },
});

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
