import { defineRule, matchKey } from "@cdsvn/core";
import { z } from "zod";
import { figuresOf } from "../../helpers.ts";
import { docsUrl } from "../../helpers.ts";

const id = "other/national-aggregate";

/**
 * Macro-economic aggregates a commune neither measures nor steers: GDP/GRDP shares, labour
 * productivity, total factor productivity. Matched folded, as whole-word phrases.
 */
const AGGREGATES = ["GDP", "GRDP", "tổng sản phẩm", "năng suất lao động", "năng suất nhân tố tổng hợp", "TFP"];

/**
 * A commune plan that states a share of GDP or a growth of labour productivity as its own target or
 * result has copied a national (or provincial) aggregate: nobody measures it for a commune, so it can
 * be neither pursued nor assessed ("Kinh tế số chiếm 20% GDP" in a commune's results of the year).
 */
export const nationalAggregate = defineRule<{ aggregates: string[] }>({
  meta: {
    id,
    category: "other",
    severity: "warning",
    docs: {
      description: { vi: "Chỉ tiêu tổng hợp cấp quốc gia, tỉnh (tỷ trọng GDP, năng suất lao động) ghi như số liệu của xã", en: "National or provincial aggregates (GDP share, labour productivity) stated as the commune's own figures" },
      rationale: {
        vi: "Xã không tính GDP hay năng suất lao động; chỉ tiêu chép từ văn bản cấp trên thì không theo dõi, đánh giá được ở xã.",
        en: "No one computes GDP or labour productivity for a commune; a target copied from a national document cannot be tracked or assessed there.",
      },
      url: docsUrl(id),
    },
    messages: {
      vi: { aggregate: "\"{clause}\" là chỉ tiêu tổng hợp cấp quốc gia, tỉnh ({aggregate}), không phải số liệu đo được ở cấp xã" },
      en: { aggregate: "\"{clause}\" is a national or provincial aggregate ({aggregate}), not a figure measured for a commune" },
    },
    options: z.object({ aggregates: z.array(z.string()).default(AGGREGATES) }),
    defaultOptions: { aggregates: AGGREGATES },
    tags: ["indicator"],
  },
  create(context) {
    const phrases = context.options.aggregates.map((name) => ({ name, padded: ` ${matchKey(name)} ` })).filter((p) => p.padded.length > 2);
    return {
      // every plan of the genre is a commune-level unit's (xã, phường, đặc khu)
      "plan:exit"() {
        const seenLines = new Set<number>();
        for (const f of figuresOf(context.plan)) {
          const aggregate = measuredAggregate(f.clause, f.raw, phrases);
          if (!aggregate) continue;
          const line = f.line;
          if (seenLines.has(line)) continue;
          seenLines.add(line);
          const clause = f.clause.length > 80 ? `${f.clause.slice(0, 79)}…` : f.clause;
          context.report({ messageId: "aggregate", data: { clause, aggregate: aggregate.name }, span: f.span });
        }
      },
    };
  },
});

/**
 * The aggregate the figure measures: named at the head of the clause ("Năng suất lao động … tăng 7%")
 * or right after the figure ("chiếm 20% GDP"). An aggregate at the tail is a purpose, not the measure
 * ("80% người lao động có kỹ năng số …, nâng cao năng suất lao động"). Each phrase comes as its match
 * key between spaces (`padded`), built once per run.
 */
function measuredAggregate<P extends { padded: string }>(clause: string, raw: string, phrases: readonly P[]): P | undefined {
  const at = clause.indexOf(raw);
  const before = matchKey(at >= 0 ? clause.slice(0, at) : clause).split(" ").filter(Boolean);
  const after = at >= 0 ? matchKey(clause.slice(at + raw.length)).split(" ").filter(Boolean) : [];
  const head = ` ${before.slice(0, 6).join(" ")} `;
  const next = ` ${after.slice(0, 4).join(" ")} `;
  return phrases.find((p) => head.includes(p.padded) || next.includes(p.padded));
}
