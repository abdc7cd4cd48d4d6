import { defineRule, type CitationFact, type LegalDocument } from "@cdsvn/core";
import { citationsOf, docsUrl, planDate } from "../../helpers.ts";

const id = "legal/citation";

const KIND_VI: Readonly<Record<string, string>> = {
  "nghi-quyet": "Nghị quyết", "nghi-dinh": "Nghị định", "quyet-dinh": "Quyết định", "chi-thi": "Chỉ thị", "ket-luan": "Kết luận",
  "ke-hoach": "Kế hoạch", "chuong-trinh": "Chương trình", "cong-van": "Công văn", "thong-tu": "Thông tư", "thong-bao": "Thông báo",
  "huong-dan": "Hướng dẫn", luat: "Luật", other: "văn bản",
};

const key = (s: string) => s.normalize("NFC").toUpperCase().replace(/\s+/g, "").replace(/Đ|Ð/g, "D").replace(/^0+/, "");
/**
 * The documents a plan of `province` may cite, by the key of each symbol and alias: built once per
 * documents list (an engine's, shared by every plan) and province, not once per plan.
 */
const registries = new WeakMap<readonly LegalDocument[], Map<string | null, ReadonlyMap<string, LegalDocument>>>();
function registryOf(documents: readonly LegalDocument[], province: string | null): ReadonlyMap<string, LegalDocument> {
  let byProvince = registries.get(documents);
  if (!byProvince) registries.set(documents, (byProvince = new Map()));
  let registry = byProvince.get(province);
  if (!registry) {
    const built = new Map<string, LegalDocument>();
    for (const doc of documents) {
      if (doc.province !== null && province !== null && doc.province !== province) continue;
      for (const s of [doc.symbol, ...(doc.aliases ?? [])]) built.set(key(s), doc);
    }
    byProvince.set(province, (registry = built));
  }
  return registry;
}

/** What the rule reads of a citation: a reader's citation fact, or a legal basis of a plan without facts. */
type Cited = Pick<CitationFact, "symbol" | "kind" | "statedKind" | "typeCode" | "raw" | "span">;

/**
 * A citation must agree with itself and with the registry: the kind word must match the symbol's
 * type ("NQ 749/QĐ-TTg" is a Quyết định), the date and issuer the registry's, and a document
 * replaced before the plan was written should not be cited as in force.
 */
export const citation = defineRule({
  meta: {
    id,
    category: "legal-reference",
    severity: "error",
    docs: {
      description: { vi: "Trích dẫn văn bản phải đúng loại, ngày, cơ quan ban hành và còn hiệu lực", en: "Citations must have the right kind, date and issuer, and be in force" },
      rationale: { vi: "Căn cứ pháp lý sai làm kế hoạch mất giá trị pháp lý và lộ dấu hiệu sao chép.", en: "A wrong legal basis undermines the plan and betrays copying." },
      url: docsUrl(id),
    },
    messages: {
      vi: {
        kindMismatch: "\"{raw}\": số hiệu {symbol} là {symbolKind}, không phải {statedKind}",
        dateMismatch: "{symbol} ký ngày {expected}, không phải {actual}",
        replaced: "{symbol} đã được thay thế bởi {by} từ {from}",
        lapsed: "{symbol} có mục tiêu đến năm {to}, đã hết trước năm kế hoạch {planYear}",
      },
      en: {
        kindMismatch: "\"{raw}\": {symbol} is a {symbolKind}, not a {statedKind}",
        dateMismatch: "{symbol} was signed on {expected}, not {actual}",
        replaced: "{symbol} was replaced by {by} from {from}",
        lapsed: "{symbol} sets targets up to {to}, which lapsed before the plan year {planYear}",
      },
    },
    tags: ["legal"],
  },
  create(context) {
    const registry = registryOf(context.knowledge.documents, context.province);
    const when = planDate(context.plan, context.planYear);
    const seenReplaced = new Set<string>();
    const seenLapsed = new Set<string>();
    const seenDate = new Set<string>();
    const checkOne = (c: Cited, statedDate: string | null) => {
      if (c.statedKind && c.typeCode && c.statedKind !== c.kind && c.kind !== "other") {
        context.report({ messageId: "kindMismatch", data: { raw: c.raw, symbol: c.symbol, symbolKind: KIND_VI[c.kind] ?? c.kind, statedKind: KIND_VI[c.statedKind] ?? c.statedKind }, span: c.span, actual: c.statedKind, expected: c.kind, suggestion: `${KIND_VI[c.kind]} số ${c.symbol}` });
      }
      const doc = registry.get(key(c.symbol));
      if (!doc) return;
      if (statedDate && doc.signedDate && statedDate !== doc.signedDate && !seenDate.has(doc.symbol)) {
        seenDate.add(doc.symbol); // once per document: the same wrong date repeated is one mistake
        context.report({ messageId: "dateMismatch", data: { symbol: c.symbol, expected: vnDate(doc.signedDate), actual: vnDate(statedDate) }, span: c.span, expected: doc.signedDate, actual: statedDate, source: doc.source, confidence: doc.confidence });
      }
      const replaced = doc.status.find((s) => (s.status === "replaced" || s.status === "repealed") && when !== null && s.from <= when);
      if (replaced && !seenReplaced.has(doc.symbol)) {
        seenReplaced.add(doc.symbol);
        context.report({ messageId: "replaced", data: { symbol: c.symbol, by: replaced.by ?? "—", from: vnDate(replaced.from) }, span: c.span, severity: "warning", source: replaced.source, confidence: replaced.confidence, suggestion: replaced.by ?? null });
      }
      const to = doc.horizon?.to ?? null;
      if (to !== null && context.planYear !== null && to < context.planYear && doc.confidence === "confirmed" && !seenLapsed.has(doc.symbol)) {
        seenLapsed.add(doc.symbol);
        context.report({ messageId: "lapsed", data: { symbol: c.symbol, to, planYear: context.planYear }, span: c.span, severity: "warning", source: doc.source, confidence: doc.confidence });
      }
    };
    return {
      "plan:exit"(plan) {
        const citations = citationsOf(plan);
        if (citations) {
          for (const c of citations) checkOne(c, c.date);
          return;
        }
        // a plan written without facts: its legal bases, each as first cited
        for (const b of plan.legalBases) {
          const c: Cited = { symbol: b.symbol, kind: b.kind, statedKind: null, typeCode: null, raw: b.raw ?? b.symbol, span: b.span ?? { start: 0, end: 0 } };
          checkOne(c, b.date && b.date.length === 10 ? b.date : null);
        }
      },
    };
  },
});

function vnDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return d ? `${d}/${m}/${y}` : m ? `${m}/${y}` : (y ?? iso);
}
