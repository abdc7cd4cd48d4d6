import { matchKey, unitKey, type DutyFact } from "@cdsvn/core";
import type { OutlineLine } from "./outline.ts";

/*
 * What "Tổ chức thực hiện" says each unit leads: "1. Văn phòng HĐND - UBND xã: Chủ trì tham mưu
 * triển khai … ứng dụng AI, …", or a unit heading followed by "- Chủ trì, phối hợp … cập nhật …".
 * Only sentences where the unit itself leads ("Chủ trì …" at the start) count; "phối hợp với X"
 * says nothing about who leads.
 */

const SECTION = /^\s*(?:#+\s*)?(?:\*\*)?(?:[ivx]+|\d+)\s*[.)/]\s*to chuc thuc hien\b/;
const TOP = /^\s*(?:#+\s*)?(?:\*\*)?(?:phan\s|[ivx]+\s*[.)/]\s|phu luc)/;
// The unit name runs to the first ":" (a class without ":", then the optional ":" part): one way to match.
const UNIT_HEAD = /^\s*(?:#+\s*)?(?:\*\*)?\d+\s*[.)]\s*((?:van phong|phong|trung tam|cong an|ban|uy ban|ubnd|doan|hoi|quan su|tram|truong|bo phan|cac phong|cac don vi|cac co quan)\b[^:]*)(?::(.*))?$/;
const LEADS = /^\s*(?:[-+•*–]\s*)?chu tri\b[,\s]*/;

/** The lead duties stated in the "Tổ chức thực hiện" section of the plan ahead. */
export function dutyFacts(lines: readonly OutlineLine[]): DutyFact[] {
  const out: DutyFact[] = [];
  const start = lines.findIndex((l) => !l.appendix && !l.review && SECTION.test(l.ascii));
  if (start < 0) return out;
  let unit: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.heading && TOP.test(l.ascii)) break;
    const head = UNIT_HEAD.exec(l.ascii);
    let rest: string | null = null;
    if (head) {
      const nameAt = l.ascii.indexOf(head[1]!);
      const nameEnd = nameAt + head[1]!.length;
      unit = l.text.slice(nameAt, nameEnd).trim();
      if (head[2] !== undefined) rest = l.ascii.slice(nameEnd + 1);
    } else if (unit) {
      rest = l.ascii;
    }
    if (!unit || rest === null) continue;
    const lead = LEADS.exec(rest);
    if (!lead) continue;
    const sentence = rest.slice(lead[0].length).split(/\.\s/)[0]!;
    const items = sentence.split(/[,;:()]|\bva\b/).map((x) => matchKey(x)).filter((x) => x.length > 0);
    const indent = l.text.length - l.text.trimStart().length;
    out.push({ unit, unitKey: unitKey(unit), key: matchKey(sentence), items, span: { start: l.start + indent, end: l.end }, line: l.index });
  }
  return out;
}
