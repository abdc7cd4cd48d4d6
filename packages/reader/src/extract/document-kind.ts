import type { DocumentKind, PlanMeta } from "@cdsvn/core";
import { letterheadLines } from "./meta.ts";
import type { Unit } from "./units.ts";
import { fold } from "./text.ts";

/**
 * What the document is, from what a reviewer looks at first: the issuing body in the letterhead
 * ("UBND XÃ HÒA LÂM", "ỦY BAN NHÂN DÂN TỈNH …", "UBND HUYỆN …"), the kind in the title and the
 * number ("KẾ HOẠCH", "BÁO CÁO", "…/KH-UBND", "…/BC-UBND"), and, without a letterhead, whether the
 * text is an administrative document at all (a news item tells of a plan: "đã ban hành Kế hoạch …").
 */
export function documentKind(units: readonly Unit[], meta: PlanMeta): { kind: DocumentKind; evidence: string } {
  const letterhead = letterheadLines(units);
  const headText = letterhead.map((l) => l.text).join(" | ");
  const head = fold(headText);
  const titleUnit = units.find((u) => u.kind !== "table" && /^(?:#+\s*)?(?:kế hoạch|báo cáo|chương trình|tin|bài)\b/iu.test(u.text) && u.text.length < 300);
  const title = titleUnit ? fold(titleUnit.text) : "";
  const symbol = meta.documentNumber ? fold(meta.documentNumber) : "";
  const evidence: string[] = [];

  const isReport = /^bao cao\b/u.test(title) || /\/bc-/u.test(symbol);
  const isPlan = /^(?:#+\s*)?(?:ke hoach|chuong trinh)\b/u.test(title) || isPlanSymbol(symbol);
  // The issuing body heads a short letterhead line; a sentence naming "UBND xã …" is not a letterhead.
  let issuer: RegExpExecArray | null = null;
  const bodyAt = (i: number): { m: RegExpExecArray; text: string } | null => {
    // "ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ" on two lines is one name, and a narrow column breaks it
    // further: "ỦY" / "BAN NHÂN DÂN" / "TỈNH THANH HÓA".
    let text = "";
    for (const l of letterhead.slice(i, i + 3)) {
      text = text ? `${text} ${l.text}` : l.text;
      if (text.length > 100) return null;
      const m = ISSUER_LINE.exec(fold(text));
      if (m) return { m, text };
    }
    return null;
  };
  for (let i = 0; i < letterhead.length && !issuer; i++) {
    const found = bodyAt(i);
    if (!found) continue;
    // A party letterhead names the superior body above the issuer ("ĐẢNG BỘ TỈNH HÀ TĨNH" /
    // "ĐẢNG ỦY XÃ KỲ HOA"): a lower body on the next lines is the one that issues.
    let chosen = found;
    for (let j = i + 1; j <= i + 3 && j < letterhead.length; j++) {
      const below = bodyAt(j);
      if (below && LEVEL_RANK[below.m[1]!]! > LEVEL_RANK[chosen.m[1]!]!) chosen = below;
    }
    issuer = chosen.m;
    evidence.push(chosen.text);
  }
  if (meta.documentNumber) evidence.push(`Số: ${meta.documentNumber}`);
  if (titleUnit) evidence.push(`title: ${titleUnit.text.slice(0, 100)}`);
  // "UBND xã Tịnh Trà ban hành Kế hoạch …", "Ủy ban nhân dân tỉnh ban hành Kế hoạch …": the preamble names who issues it.
  const preamble = units.slice(0, 20).map((u) => (u.kind === "table" ? "" : fold(u.text.slice(0, 600)))).join(" ");
  const issuedBy = issuerOfPreamble(preamble);
  const motto = /cong hoa xa hoi chu nghia viet nam|doc lap - tu do - hanh phuc/u.test(head);

  if (isReport) return { kind: "report", evidence: evidence.join("; ") || "title: báo cáo" };
  // A decision, resolution, directive or notice is not a plan, unless the plan it issues is attached
  // ("Ban hành kèm theo Quyết định này Kế hoạch …" and, below it, the plan under its own title).
  const act = otherActOf(units, symbol);
  if (act && !isPlanSymbol(symbol) && !hasAttachedPlan(units)) return { kind: "other", evidence: [act, ...evidence].join("; ") };
  if (!issuer && !motto && !meta.documentNumber && !hasPlanTitleLine(units) && !isPlanPage(units)) {
    // No letterhead, number or title: a text about a plan (its targets, its launch) is a news item.
    const body = fold(units.slice(0, 12).map((u) => u.text).join(" "));
    // A letter ("Kính gửi: …", "Nơi nhận: …") that asks for plans is an official letter, not news of one.
    if (/^kinh\s+gui\b|\bnoi nhan\s*:/u.test(body) || units.some((u) => u.kind !== "table" && /^Nơi nhận\s*:/u.test(u.text.trim()))) return { kind: "other", evidence: "a letter: Kính gửi / Nơi nhận" };
    if (/\b(?:ke hoach|muc tieu|chi tieu)\b/u.test(body)) return { kind: "news", evidence: "no letterhead, number or plan title; the text tells of a plan" };
    return { kind: "other", evidence: "no letterhead, number or plan title" };
  }
  if (!issuer && issuedBy) evidence.push(`preamble: ${issuedBy.phrase.slice(0, 80)}`);
  const titleLevel = levelFromTitle(fold(meta.title ?? title));
  const level = issuer?.[1] ?? issuedBy?.level ?? titleLevel ?? (meta.unitKind ? "xa" : null);
  if (!issuer && !issuedBy && titleLevel) evidence.push(`title: ${meta.title ?? titleUnit?.text ?? ""}`.slice(0, 120));
  if (!issuer && !issuedBy && !titleLevel && level) evidence.push(`unit named in the text: ${UNIT_WORD[meta.unitKind ?? ""] ?? ""} ${meta.unitName ?? ""}`.trim());
  switch (level) {
    case "xa": case "phuong": case "dac khu":
      return { kind: isPlan || !titleUnit ? "commune-plan" : "other", evidence: evidence.join("; ") };
    case "tinh":
      return { kind: "province-plan", evidence: evidence.join("; ") };
    case "thanh pho":
      // A city under a province is a district-level unit; a centrally-run city is a province. The
      // letterhead tells them apart: the former names its province above the city.
      return { kind: /\b(?:ubnd|uy ban nhan dan) tinh\b/u.test(head) ? "district-plan" : "province-plan", evidence: evidence.join("; ") };
    case "huyen": case "quan": case "thi xa":
      return { kind: "district-plan", evidence: evidence.join("; ") };
    default:
      return { kind: "other", evidence: evidence.join("; ") || "no issuing body or unit found" };
  }
}

const ISSUER_LINE = /^(?:uy ban nhan dan|ubnd|dang uy|dang bo|hdnd|hoi dong nhan dan)\s+(xa|phuong|dac khu|tinh|thanh pho|huyen|quan|thi xa)\b/u;
/** How local a body is: a commune's is below a district's, below a province's. */
const LEVEL_RANK: Readonly<Record<string, number>> = { tinh: 0, "thanh pho": 0, huyen: 1, quan: 1, "thi xa": 1, xa: 2, phuong: 2, "dac khu": 2 };

const ISSUING_BODY = /\b(?:uy ban nhan dan|ubnd|dang uy)(?: \([a-z]+\))?\s+(xa|phuong|dac khu|tinh|thanh pho|huyen|quan|thi xa)\b/gu;
const ISSUES_A_PLAN = /[^.;]{0,40}?\bban hanh (?:ke hoach|chuong trinh)/uy;

/**
 * "UBND xã Tịnh Trà ban hành Kế hoạch …" in the (folded) preamble: the issuing body, then "ban hành
 * kế hoạch" within 40 characters of the same sentence. The body is found first and the rest tried
 * from its end (sticky): one pattern for both, recheck rated cubic on a preamble of repeated bodies.
 * Returns the whole phrase and the body's level ("xa", "tinh" …).
 */
function issuerOfPreamble(preamble: string): { readonly phrase: string; readonly level: string } | null {
  ISSUING_BODY.lastIndex = 0;
  for (let body = ISSUING_BODY.exec(preamble); body; body = ISSUING_BODY.exec(preamble)) {
    const bodyEnd = body.index + body[0].length;
    ISSUES_A_PLAN.lastIndex = bodyEnd;
    const rest = ISSUES_A_PLAN.exec(preamble);
    // "… của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch …" names a cited document's issuer
    // and subject, not who issues this plan.
    const cited = /\bcua $/u.test(preamble.slice(Math.max(0, body.index - 4), body.index)) || (rest !== null && /\bve(?: viec)? ban hanh/u.test(rest[0]));
    if (rest && !cited) return { phrase: preamble.slice(body.index, bodyEnd + rest[0].length), level: body[1]! };
    ISSUING_BODY.lastIndex = bodyEnd; // no body starts inside another's words
  }
  return null;
}

const UNIT_WORD: Readonly<Record<string, string>> = { xa: "xã", phuong: "phường", "dac-khu": "đặc khu" };

/**
 * A plan's own title line near the top ("KẾ HOẠCH", "Kế hoạch" alone, "KẾ HOẠCH HÀNH ĐỘNG …"), as
 * opposed to a sentence that mentions a plan: the seeds have no letterhead and open with it.
 */
const hasPlanTitleLine = (units: readonly Unit[]) =>
  units.slice(0, 12).some((u) => u.kind !== "table" && /^(?:#+\s*)?(?:KẾ HOẠCH|CHƯƠNG TRÌNH|(?:Kế hoạch|Chương trình)$)/u.test(u.text.trim()));

/** A plan's own number says so: "…/KH-UBND", "…/CTr-UBND". */
const isPlanSymbol = (symbol: string) => /\/(?:kh|ctr)-/u.test(symbol);

/**
 * The kind of act a document is when it is neither plan nor report: its title line near the top
 * ("QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "THÔNG BÁO", "TỜ TRÌNH", alone on the line), the type code
 * of its number ("…/QĐ-UBND", "…/NQ-HĐND", "…/TB-UBND"), or an official letter's "V/v …" and
 * "Kính gửi:". Null for anything else.
 */
function otherActOf(units: readonly Unit[], symbol: string): string | null {
  const code = /\/(qd|nq|ct|tb|ttr)-/u.exec(symbol);
  if (code) return `số: …/${code[1]!.toUpperCase().replace("QD", "QĐ")}-`;
  const title = units.slice(0, 30).find((u) => u.kind !== "table" && /^(?:#+\s*)?(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|THÔNG BÁO|TỜ TRÌNH)$/u.test(u.text.trim()));
  if (title) return `title: ${title.text.trim()}`;
  // An official letter has no title: its subject under the number ("V/v …") and whom it is sent to.
  const letter = units.slice(0, 25).find((u) => u.kind !== "table" && /^(?:V\/v|Kính gửi\s*:)/u.test(u.text.trim()));
  return letter ? `an official letter: ${letter.text.trim().slice(0, 60)}` : null;
}

/**
 * A plan attached below the act that issues it: its own title line ("KẾ HOẠCH" alone, or "KẾ HOẠCH"
 * and an upper-case title) anywhere in the document, not a mention of a plan in a sentence.
 */
const hasAttachedPlan = (units: readonly Unit[]) =>
  units.some((u) => u.kind !== "table" && u.text.length < 300 && /^(?:#+\s*)?KẾ HOẠCH(?:\s[^\p{Ll}]*)?$/u.test(u.text.trim()));

/**
 * A plan as a portal posts it, without its letterhead: the post's title is the plan's ("Kế hoạch
 * chuyển đổi số năm 2026 trên địa bàn xã …", a heading, not a sentence), and the plan's own sections
 * follow ("I. CĂN CỨ …", "I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU"). A news item about a plan opens with
 * its subject ("Xã Tân Phú triển khai Kế hoạch …") and tells, in sentences.
 */
function isPlanPage(units: readonly Unit[]): boolean {
  const first = units.find((u) => u.kind !== "table");
  if (!first || first.text.length > 250 || !/^(?:#+\s*)?(?:kế hoạch|chương trình)\s/iu.test(first.text) || /[.;]$/u.test(first.text.trim())) return false;
  // a unit's text is clean: one space between words, so the pattern needs no blank runs
  return units.slice(1, 25).some((u) => u.kind !== "table" && PLAN_SECTION.test(fold(u.text.slice(0, 80))));
}
const PLAN_SECTION = /^(?:phan [ivx\d]+[.:]? )?(?:[ivx]+|\d+) ?[.)] ?(?:can cu|muc dich|muc tieu|yeu cau|nhiem vu|giai phap|to chuc thuc hien|noi dung)\b/u;

/** "… trên địa bàn xã Kỳ Hoa …", "… của tỉnh …", "chuyển đổi số tỉnh Đắk Lắk" in the (folded) title. */
function levelFromTitle(title: string): string | null {
  const m = /\b(?:dia ban|cua|tai)\s+(xa|phuong|dac khu|tinh|thanh pho|huyen|thi xa|quan)\b/u.exec(title) ??
    /\b(?<!cap )(xa|phuong|dac khu|tinh|thanh pho|huyen|thi xa)\s+(?!va\b|nam\b|giai\b)[a-z]/u.exec(title);
  return m ? m[1]! : null;
}
