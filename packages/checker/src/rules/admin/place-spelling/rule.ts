import { defineRule, foldVietnamese, toAscii } from "@cdsvn/core";
import { analyze, linesHolding } from "../../../analysis/document.ts";
import { docsUrl } from "../../helpers.ts";

const id = "admin/place-spelling";

/** Edit distance, bounded: returns max+1 as soon as it is exceeded. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The plan's own commune and its province must be spelt right: "Son Hồng" for "Sơn Hồng", "tỉnh ghệ
 * An" for "tỉnh Nghệ An". The commune name comes from the plan; province names from the caller.
 */
export const placeSpelling = defineRule({
  meta: {
    id,
    category: "admin-unit",
    severity: "warning",
    docs: {
      description: { vi: "Tên xã, tên tỉnh viết sai", en: "Misspelt commune or province name" },
      rationale: { vi: "Tên đơn vị hành chính sai trong văn bản hành chính là lỗi thể thức.", en: "A misspelt place name in an official document is a formal defect." },
      url: docsUrl(id),
    },
    messages: {
      vi: { unitName: "\"{written}\" viết sai tên đơn vị \"{expected}\"", provinceName: "\"{written}\" viết sai tên tỉnh \"{expected}\"" },
      en: { unitName: "\"{written}\" misspells the unit's name \"{expected}\"", provinceName: "\"{written}\" misspells the province name \"{expected}\"" },
    },
    tags: ["admin"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        if (!context.text) return;
        // raw text: a misspelt place name is by definition not something the reader recognised
        const doc = analyze(context.text, context.plan);
        const unit = plan.meta.unitName;
        if (unit && unit.length >= 3) {
          const want = foldVietnamese(unit);
          const asciiWant = toAscii(unit);
          for (const line of doc.lines) {
            let at = line.ascii.indexOf(asciiWant);
            while (at >= 0) {
              const written = line.text.slice(at, at + unit.length);
              const boundary = !/[a-z0-9]/.test(line.ascii[at - 1] ?? " ") && !/[a-z0-9]/.test(line.ascii[at + unit.length] ?? " ");
              if (boundary && foldVietnamese(written) !== want && /^\p{Lu}/u.test(written)) {
                context.report({ messageId: "unitName", data: { written, expected: unit }, span: { start: line.start + at, end: line.start + at + unit.length }, actual: written, expected: unit, suggestion: unit });
              }
              at = line.ascii.indexOf(asciiWant, at + 1);
            }
          }
        }
        const provinces = context.knowledge.places?.provinces ?? [];
        if (provinces.length === 0) return;
        const known = new Set(provinces.map((p) => foldVietnamese(p)));
        const re = /(?<![\p{L}])(tỉnh|Tỉnh|TỈNH)\s+((?:\p{L}+)(?:\s+\p{Lu}\p{L}*){0,2})/gu;
        // only a line whose fold holds "tinh" (or "tỉnh", on a line folded by lower-casing) can match
        for (const line of linesHolding(doc, ["tinh", "tỉnh"])) {
          re.lastIndex = 0;
          for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
            const words = m[2]!.split(/\s+/);
            // the longest prefix of 1–3 words that is close to a known name
            let hit: { written: string; expected: string } | null = null;
            for (let n = Math.min(3, words.length); n >= 1 && !hit; n--) {
              const written = words.slice(0, n).join(" ");
              const f = foldVietnamese(written);
              if (known.has(f)) break;
              if (f.length < 4) continue;
              for (const p of provinces) {
                const d = distance(f, foldVietnamese(p), 2);
                if (d >= 1 && d <= (f.length >= 6 ? 2 : 1) && foldVietnamese(p).split(" ").length === n) { hit = { written, expected: p }; break; }
              }
            }
            if (!hit) continue;
            const start = line.start + m.index + m[0].indexOf(m[2]!);
            context.report({ messageId: "provinceName", data: hit, span: { start, end: start + hit.written.length }, actual: hit.written, expected: hit.expected, suggestion: hit.expected });
          }
        }
      },
    };
  },
});
