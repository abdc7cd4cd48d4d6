import { expandAbbreviations, matchKey } from "@cdsvn/core";
import { analyze, type DocLine } from "./document.ts";

/**
 * What "Tổ chức thực hiện" says each unit leads: "1. Văn phòng HĐND - UBND xã: Chủ trì tham mưu
 * triển khai … ứng dụng AI, …", or a unit heading followed by "- Chủ trì, phối hợp … cập nhật …".
 * Only sentences where the unit itself leads ("Chủ trì …" at the start) count; "phối hợp với X"
 * says nothing about who leads.
 */
export interface Duty {
  /** The unit as written. */
  readonly unit: string;
  /** Its folded key, for comparing units written two ways ("HĐND - UBND" / "Hội đồng nhân dân và …"). */
  readonly unitKey: string;
  /** The duty sentence after "chủ trì", folded. */
  readonly key: string;
  /** Its list items ("số hóa hồ sơ, phần mềm bản quyền, ứng dụng AI"), folded, generic words kept. */
  readonly items: readonly string[];
  readonly line: DocLine;
}

const SECTION = /^\s*(?:#+\s*)?(?:\*\*)?(?:[ivx]+|\d+)\s*[.)/]\s*to chuc thuc hien\b/;
const TOP = /^\s*(?:#+\s*)?(?:\*\*)?(?:phan\s|[ivx]+\s*[.)/]\s|phu luc)/;
const UNIT_HEAD = /^\s*(?:#+\s*)?(?:\*\*)?\d+\s*[.)]\s*((?:van phong|phong|trung tam|cong an|ban|uy ban|ubnd|doan|hoi|quan su|tram|truong|bo phan|cac phong|cac don vi|cac co quan)\b[^:]*)(?::(.*))?$/;
const LEADS = /^\s*(?:[-+•*–]\s*)?chu tri\b[,\s]*/;

/** A unit's key: abbreviations expanded, folded, without the filler words that vary between mentions. */
export function unitKey(unit: string): string {
  return matchKey(expandAbbreviations(unit)).split(" ").filter((w) => w && w !== "va" && w !== "xa" && w !== "cua").join(" ");
}

let cache: { text: string; duties: Duty[] } | null = null;

export function duties(text: string): Duty[] {
  if (cache && cache.text === text) return cache.duties;
  const lines = analyze(text).lines;
  const out: Duty[] = [];
  const start = lines.findIndex((l) => !l.appendix && !l.review && SECTION.test(l.ascii));
  if (start >= 0) {
    let unit: string | null = null;
    for (let i = start + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.heading && TOP.test(l.ascii)) break;
      const head = UNIT_HEAD.exec(l.ascii);
      let rest: string | null = null;
      let restAt = 0;
      if (head) {
        const nameEnd = l.ascii.indexOf(head[1]!) + head[1]!.length;
        unit = l.text.slice(l.ascii.indexOf(head[1]!), nameEnd).trim();
        if (head[2] !== undefined) {
          restAt = nameEnd + 1;
          rest = l.ascii.slice(restAt);
        }
      } else if (unit) {
        rest = l.ascii;
      }
      if (!unit || rest === null) continue;
      const lead = LEADS.exec(rest);
      if (!lead) continue;
      const sentence = rest.slice(lead[0].length).split(/\.\s/)[0]!;
      const items = sentence.split(/[,;:()]|\bva\b/).map((x) => matchKey(x)).filter((x) => x.length > 0);
      out.push({ unit, unitKey: unitKey(unit), key: matchKey(sentence), items, line: l });
    }
  }
  cache = { text, duties: out };
  return out;
}
