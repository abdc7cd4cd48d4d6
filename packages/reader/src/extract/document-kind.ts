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
  const isPlan = /^(?:#+\s*)?(?:ke hoach|chuong trinh)\b/u.test(title) || /\/(?:kh|ctr)-/u.test(symbol);
  // The issuing body heads a short letterhead line; a sentence naming "UBND xã …" is not a letterhead.
  let issuer: RegExpExecArray | null = null;
  for (let i = 0; i < letterhead.length; i++) {
    // "ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ" on two lines is one name.
    const bare = /^(?:uy ban nhan dan|ubnd|dang uy|hdnd|hoi dong nhan dan)$/u.test(fold(letterhead[i]!.text));
    const text = bare && i + 1 < letterhead.length ? `${letterhead[i]!.text} ${letterhead[i + 1]!.text}` : letterhead[i]!.text;
    if (text.length > 100) continue;
    issuer = /^(?:uy ban nhan dan|ubnd|dang uy|dang bo|hdnd|hoi dong nhan dan)\s+(xa|phuong|dac khu|tinh|thanh pho|huyen|quan|thi xa)\b/u.exec(fold(text));
    if (issuer) { evidence.push(text); break; }
  }
  if (meta.documentNumber) evidence.push(`Số: ${meta.documentNumber}`);
  if (titleUnit) evidence.push(`title: ${titleUnit.text.slice(0, 100)}`);
  // "UBND xã Tịnh Trà ban hành Kế hoạch …", "Ủy ban nhân dân tỉnh ban hành Kế hoạch …": the preamble names who issues it.
  const preamble = units.slice(0, 20).map((u) => (u.kind === "table" ? "" : fold(u.text.slice(0, 600)))).join(" ");
  const issuedBy = /\b(?:uy ban nhan dan|ubnd|dang uy)(?: \([a-z]+\))?\s+(xa|phuong|dac khu|tinh|thanh pho|huyen|quan|thi xa)\b[^.;]{0,40}?\bban hanh (?:ke hoach|chuong trinh)/u.exec(preamble);
  const motto = /cong hoa xa hoi chu nghia viet nam|doc lap - tu do - hanh phuc/u.test(head);

  if (isReport) return { kind: "report", evidence: evidence.join("; ") || "title: báo cáo" };
  if (!issuer && !motto && !meta.documentNumber && !hasPlanTitleLine(units)) {
    // No letterhead, number or title: a text about a plan (its targets, its launch) is a news item.
    const body = fold(units.slice(0, 12).map((u) => u.text).join(" "));
    // A letter ("Kính gửi: …", "Nơi nhận: …") that asks for plans is an official letter, not news of one.
    if (/^kinh\s+gui\b|\bnoi nhan\s*:/u.test(body) || units.some((u) => u.kind !== "table" && /^Nơi nhận\s*:/u.test(u.text.trim()))) return { kind: "other", evidence: "a letter: Kính gửi / Nơi nhận" };
    if (/\b(?:ke hoach|muc tieu|chi tieu)\b/u.test(body)) return { kind: "news", evidence: "no letterhead, number or plan title; the text tells of a plan" };
    return { kind: "other", evidence: "no letterhead, number or plan title" };
  }
  if (!issuer && issuedBy) evidence.push(`preamble: ${issuedBy[0].slice(0, 80)}`);
  const titleLevel = levelFromTitle(fold(meta.title ?? title));
  const level = issuer?.[1] ?? issuedBy?.[1] ?? titleLevel ?? (meta.unitKind ? "xa" : null);
  if (!issuer && !issuedBy && titleLevel) evidence.push(`title: ${meta.title ?? ""}`.slice(0, 120));
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

const UNIT_WORD: Readonly<Record<string, string>> = { xa: "xã", phuong: "phường", "dac-khu": "đặc khu" };

/**
 * A plan's own title line near the top ("KẾ HOẠCH", "Kế hoạch" alone, "KẾ HOẠCH HÀNH ĐỘNG …"), as
 * opposed to a sentence that mentions a plan: the seeds have no letterhead and open with it.
 */
const hasPlanTitleLine = (units: readonly Unit[]) =>
  units.slice(0, 12).some((u) => u.kind !== "table" && /^(?:#+\s*)?(?:KẾ HOẠCH|CHƯƠNG TRÌNH|(?:Kế hoạch|Chương trình)$)/u.test(u.text.trim()));

/** "… trên địa bàn xã Kỳ Hoa …", "… của tỉnh …", "chuyển đổi số tỉnh Đắk Lắk" in the (folded) title. */
function levelFromTitle(title: string): string | null {
  const m = /\b(?:dia ban|cua|tai)\s+(xa|phuong|dac khu|tinh|thanh pho|huyen|thi xa|quan)\b/u.exec(title) ??
    /\b(?<!cap )(xa|phuong|dac khu|tinh|thanh pho|huyen|thi xa)\s+(?!va\b|nam\b|giai\b)[a-z]/u.exec(title);
  return m ? m[1]! : null;
}
