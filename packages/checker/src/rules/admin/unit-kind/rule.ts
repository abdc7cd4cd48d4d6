import { defineRule, toAscii } from "@cdsvn/core";
import { analyze, linesHolding } from "../../../analysis/document.ts";
import { docsUrl } from "../../helpers.ts";

const id = "admin/unit-kind";

/** Words before "phường"/"xã" that make it the plan's own unit ("UBND phường", "cấp phường", "của phường"). */
const OWN = /(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|cấp|của|cơ quan|chủ tịch|các hệ thống của)\s+$/iu;

/**
 * A xã's plan that speaks of "UBND phường" (or a phường's plan of "UBND xã") was copied from
 * another unit's plan. Generic pairs ("xã, phường", "các xã, phường") and named other units
 * ("phường Bến Thủy") are fine.
 */
export const unitKind = defineRule({
  meta: {
    id,
    category: "admin-unit",
    severity: "error",
    docs: {
      description: { vi: "Kế hoạch của xã không được viết cho \"phường\" và ngược lại", en: "A xã's plan must not speak of itself as a phường, nor the reverse" },
      rationale: { vi: "Nhầm xã/phường là dấu hiệu sao chép kế hoạch của đơn vị khác mà không sửa.", en: "Mixing xã and phường betrays a plan copied from another unit." },
      url: docsUrl(id),
    },
    messages: {
      vi: { wrongKind: "Kế hoạch của {own} {unit} nhưng ở đây ghi \"{phrase}\"" },
      en: { wrongKind: "The plan is a {own}'s ({unit}) but this says \"{phrase}\"" },
    },
    tags: ["admin"],
  },
  create(context) {
    return {
      "plan:exit"(plan) {
        const kind = plan.meta.unitKind;
        if (!context.text || (kind !== "xa" && kind !== "phuong")) return;
        const own = kind === "xa" ? "xã" : "phường";
        const wrong = kind === "xa" ? "phường" : "xã";
        const re = new RegExp(`(?<![\\p{L}])${wrong}(?![\\p{L}])`, "giu");
        // raw text: the wrong unit word ("phường" in a xã's plan) is in running prose, not in an entity
        // a line can hold the word only if its fold does ("phuong", or the word itself on a line folded by lower-casing)
        for (const line of linesHolding(analyze(context.text, context.plan), [toAscii(wrong), wrong])) {
          re.lastIndex = 0;
          for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
            const before = line.text.slice(Math.max(0, m.index - 30), m.index);
            const after = line.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
            if (wrong === "xã" && /^\s*hội/iu.test(after)) continue;
            // generic pairs: "xã, phường", "phường/xã", "xã và phường"
            if (new RegExp(`${own}\\s*(?:,|/|-|và|hoặc)\\s*$`, "iu").test(before) || new RegExp(`^\\s*(?:,|/|-|và|hoặc)\\s*${own}`, "iu").test(after)) continue;
            // a named unit ("phường Trường Vinh") is another unit, not this one — unless it is this plan's own name
            const ownName = namesOwnUnit(after, plan.meta.unitName);
            if (/^\s+\p{Lu}/u.test(after) && !ownName) continue;
            const start = line.start + m.index;
            const ownUse = ownName || OWN.test(before);
            const lead = (before.split(/[,;.:(]/).pop() ?? "").trimStart();
            const tail = after.split(/[,;.:)]/)[0] ?? "";
            // cut at word boundaries where the window cut the line, so no half word is quoted
            const phrase =
              (m.index > 30 && lead.length === before.length ? dropFirstWord(lead) : lead) +
              m[0] +
              (tail.length > 20 ? dropLastWord(tail.slice(0, 21)) : tail);
            context.report({
              messageId: "wrongKind",
              data: { own, unit: plan.meta.unitName ?? "", phrase: phrase.trim() },
              span: { start, end: start + m[0].length },
              actual: wrong,
              expected: own,
              suggestion: own,
              // "xã phường" (a template's leftover) is likely wrong; "UBND phường" certainly
              ...(ownUse ? {} : { severity: "warning" as const }),
            });
          }
        }
      },
    };
  },
});

/** "ông mật trình" → "mật trình": the first word of a window that cut into it. */
function dropFirstWord(piece: string): string {
  return piece.replace(/^\S*\s*/u, "");
}

/** "được cung cấp tr" → "được cung cấp": the last word of a window that cut into it. */
function dropLastWord(piece: string): string {
  // a scan from the end, not /\s*\S*$/ (which retries from every blank of the piece: quadratic)
  let end = piece.length;
  while (end > 0 && !/\s/u.test(piece[end - 1]!)) end--;
  while (end > 0 && /\s/u.test(piece[end - 1]!)) end--;
  return piece.slice(0, end);
}

/** Whether the words after "phường"/"xã" are the plan's own unit name ("phường An Phú" in An Phú's xã plan). */
function namesOwnUnit(after: string, unitName: string | null): boolean {
  if (!unitName) return false;
  const name = toAscii(unitName).trim();
  const next = toAscii(after).trimStart();
  return name.length > 0 && next.startsWith(name) && !/^[a-z0-9]/.test(next.slice(name.length));
}
