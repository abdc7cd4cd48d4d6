import { findPeriod, parseVnDate, toAscii, type DocTree, type PlanMeta, type UnitKind } from "@cdsvn/core";
import type { Unit } from "./units.ts";
import { clean, fold } from "./text.ts";

const KIND: Readonly<Record<string, UnitKind>> = { xa: "xa", phuong: "phuong", "dac khu": "dac-khu" };
const NAME = String.raw`[\p{Lu}][\p{Ll}]*(?:[ \t][\p{Lu}][\p{Ll}]*){0,3}`;
const UNIT_RE = new RegExp(String.raw`(?<![\p{L}])(xã|phường|đặc khu)\s+(${NAME})`, "gu");
const UPPER_UNIT_RE = /(?<![\p{L}])(XÃ|PHƯỜNG|ĐẶC KHU)\s+([\p{Lu}]+(?:[ \t]+[\p{Lu}]+){0,3})(?![\p{L}])/u;
const PROVINCE_RE = new RegExp(String.raw`(?<![\p{L}])(tỉnh|Tỉnh|thành phố|Thành phố|TỈNH|THÀNH PHỐ)\s+(${NAME}|[\p{Lu}]+(?:\s[\p{Lu}]+){0,2}(?![\p{L}]))`, "gu");

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
/** A province id made from its name: "Thanh Hoá" → "thanh-hoa". No list of provinces here: plugins refine it. */
export const provinceSlug = (name: string) => toAscii(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

// Words that follow "xã"/"tỉnh" but are not names ("xã Hội" in a title-cased heading, "tỉnh Ủy").
const NOT_NAMES = /^(?:hội|ủy|uỷ|đoàn|nhà|và|về)$/iu;

function mostFrequent(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | null = null, bestN = 0;
  for (const [n, k] of counts) if (k > bestN) { best = n; bestN = k; }
  return best;
}

/**
 * The document header: title, unit, province, plan year, number, date, signer, issuer. The province
 * is read from the text ("tỉnh Hà Tĩnh", "UBND TỈNH …", "thành phố Hải Phòng") and made into a slug
 * generically; the CLI's plugins know the real names and refine it.
 */
export function extractMeta(tree: DocTree, units: readonly Unit[]): PlanMeta {
  const text = tree.text;
  const head = units.filter((u) => u.kind !== "table").slice(0, 40);
  const letterhead = letterheadLines(units);
  const meta: PlanMeta = {
    title: null, unitName: null, unitKind: null, province: null,
    planYear: null, documentNumber: null, issuedDate: null, signer: null,
  };
  // Number: "Số: 10/KH-UBND" anywhere in the letterhead (its own line, a table cell, one line with the
  // date); blank ("Số: /KH-UBND", "Số:      /KH-UBND") stays null.
  // Without a letterhead before the title, the first lines of the document (as before).
  const numberLines = letterhead.some((l) => NUMBER_RE.test(l.text)) ? letterhead : head.filter((u) => /^số\s*:/iu.test(u.text));
  for (const l of numberLines) {
    const m = NUMBER_RE.exec(l.text);
    if (!m) continue;
    const at = l.start + m.index + (m[0].length - m[0].trimStart().length);
    meta.documentNumber = m[1] ? m[1].replace(/[.,;]$/, "") : null;
    meta.numberSpan = { start: at, end: Math.min(l.end, at + m[0].trim().length) };
    break;
  }
  // Date: "…, ngày 18 tháng 12 năm 2026" in the letterhead; else the appendix's "(Kèm theo Kế hoạch số … ngày …)".
  const dateLine = letterhead.find((l) => l.text.length < 300 && /ngày.{0,12}tháng.{0,12}năm\s*\d{4}/iu.test(l.text) && !/^(?:thực hiện|căn cứ)/iu.test(l.text))
    ?? head.find((u) => u.text.length < 200 && /ngày.*tháng.*năm/iu.test(u.text) && !/^(?:thực hiện|căn cứ)/iu.test(u.text))
    ?? units.find((u) => u.text.length < 400 && /kèm theo kế hoạch/iu.test(u.text) && /ngày.*năm/iu.test(u.text));
  if (dateLine) {
    const at = dateLine.text.search(/ngày.{0,12}tháng/iu);
    const d = parseVnDate(dateLine.text.slice(at >= 0 ? at : dateLine.text.search(/ngày/iu)));
    if (d.ok) meta.issuedDate = d.value.iso;
    meta.dateSpan = { start: dateLine.start, end: dateLine.end };
  }
  // Title: the "KẾ HOẠCH" line and the lines that complete it.
  const ti = head.findIndex((u) => /^kế hoạch$/iu.test(u.text.replace(/^#+\s*/, "").trim()));
  const oneLine = ti < 0 ? head.find((u) => u.text.length < 300 && /^(?:#+\s*)?(?:KẾ HOẠCH|Kế hoạch)\s+(?!số\b)\S/u.test(u.text) && (u.headingLike || /^(?:#+\s*)?KẾ HOẠCH/u.test(u.text))) : undefined;
  if (oneLine) {
    meta.title = clean(oneLine.text.replace(/^#+\s*/, "").replace(/^KẾ HOẠCH/u, "Kế hoạch"));
    meta.titleSpan = { start: oneLine.start, end: oneLine.end };
  }
  if (ti >= 0) {
    const parts: string[] = [];
    let end = head[ti]!.end;
    for (const u0 of head.slice(ti + 1, ti + 4)) {
      // A wrapped title may have been joined with the preamble that follows it: cut it there.
      const cut = /\s(?:Căn cứ|Thực hiện\s+(?:Nghị|Quyết|Kế hoạch|Công văn|Chỉ thị|Chương trình|Luật|Thông tư|Hướng dẫn|Văn bản))\s/u.exec(u0.text);
      const u = cut ? { ...u0, text: u0.text.slice(0, cut.index), end: u0.start + cut.index } : u0;
      // the preamble ("Thực hiện Công văn số …", "Căn cứ …") cites documents; a title does not
      // (a short title line may name the resolution it implements: "Triển khai thực hiện Nghị quyết số 13-NQ/TU …")
      const citesAsPreamble = /\bsố\s*\d|(?<!\d)\d+\s*[/-]\s*[A-ZĐ]{2}/u.test(u.text) && (/^(?:thực hiện|theo|căn cứ)\b/iu.test(u.text) || u.text.length > 120 || /[;.]$/.test(u.text));
      if (/^(?:căn cứ|số\s*:|phần|[IVX]+\.|\d+\.)/iu.test(u.text) || citesAsPreamble || u.text.length > 250) break;
      parts.push(u.text.replace(/^#+\s*/, ""));
      end = u.end;
      // A title ends at its year ("… NĂM 2026"); a wrapped one may go on after a period it names
      // mid-line ("… GIAI ĐOẠN 2022 -2025, ĐỊNH" / "HƯỚNG ĐẾN NĂM 2030” TRÊN ĐỊA BÀN TỈNH …").
      const endsAtYear = /(?:năm|giai đoạn)\s+\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?[\s”")]{0,3}$/iu.test(u.text);
      const yearMidLine = !endsAtYear && /(?:năm|giai đoạn)\s+\d{4}/iu.test(u.text) && !/[,\p{Lu}]$/u.test(u.text.trimEnd());
      if (cut || /[.;:]$/.test(u.text) || endsAtYear || yearMidLine) break;
    }
    meta.title = clean(`Kế hoạch ${parts.join(" ")}`);
    meta.titleSpan = { start: head[ti]!.start, end };
  }
  // A letterhead followed by an upper-case title without its "KẾ HOẠCH" line (pages that drop it).
  if (meta.title === null && (meta.numberSpan || meta.dateSpan)) {
    const after = Math.max(meta.numberSpan?.end ?? 0, meta.dateSpan?.end ?? 0);
    const upper = head.find((u) => u.start >= after && u.text.length >= 12 && u.text.length < 300 && !/\p{Ll}/u.test(u.text) && /\p{Lu}.*\s.*\p{Lu}/u.test(u.text));
    if (upper && !/^(?:CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|PHẦN|[IVX]+\.)/u.test(upper.text)) {
      meta.title = clean(upper.text);
      meta.titleSpan = { start: upper.start, end: upper.end };
    }
  }
  // Plan year: from the title, else the issue date, else the year the body names most.
  // "NĂM 2026" in an upper-case title counts as much as "năm 2026".
  const titleYear = meta.title ? /(?:năm|giai đoạn)\s*(\d{4})/iu.exec(meta.title) ?? null : null;
  if (titleYear) meta.planYear = Number(titleYear[1]);
  else if (meta.title && findPeriod(meta.title)) meta.planYear = findPeriod(meta.title)!.from;
  else if (meta.issuedDate) meta.planYear = Number(meta.issuedDate.slice(0, 4));
  else {
    const years = [...toAscii(text).matchAll(/\bnam (20\d\d)\b/gu)].map((m) => m[1]!);
    const y = mostFrequent(years);
    if (y) meta.planYear = Number(y);
  }
  // Unit: the title, else the header ("UBND XÃ HỢP MINH"), else the unit the text names most.
  const fromTitle = meta.title ? [...meta.title.matchAll(UNIT_RE)].find((m) => !NOT_NAMES.test(m[2]!.split(" ")[0]!)) : undefined;
  const setUnit = (kind: string, name: string) => {
    meta.unitKind = KIND[toAscii(kind)] ?? null;
    meta.unitName = name.replace(/(?<!\s)\s+(?:Năm|Giai|Về|Tỉnh|Thành)(?:\s[^]*)?$/u, "").trim();
  };
  if (fromTitle) setUnit(fromTitle[1]!, fromTitle[2]!);
  // An upper-case title names it in capitals: "… TRÊN ĐỊA BÀN XÃ TÂN PHÚ".
  const upperTitle = meta.unitName === null && meta.title ? UPPER_UNIT_RE.exec(meta.title) : null;
  if (upperTitle && !NOT_NAMES.test(upperTitle[2]!.split(/\s+/)[0]!)) setUnit(upperTitle[1]!.toLowerCase(), titleCase(upperTitle[2]!.trim()));
  if (meta.unitName === null) {
    for (const u of letterhead.slice(0, 12)) {
      const m = UPPER_UNIT_RE.exec(u.text);
      // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is the national motto, not a commune
      if (m && !NOT_NAMES.test(m[2]!.split(/\s+/)[0]!)) { setUnit(m[1]!.toLowerCase(), titleCase(m[2]!.trim())); break; }
    }
  }
  if (meta.unitName === null) {
    const all = [...text.matchAll(UNIT_RE)].filter((m) => !NOT_NAMES.test(m[2]!.split(" ")[0]!));
    const best = mostFrequent(all.map((m) => `${m[1]}|${m[2]}`));
    if (best) { const [k, n] = best.split("|"); setUnit(k!, n!); }
  }
  // Province: the name after "tỉnh" / "thành phố" the text uses most (upper-case header lines count too).
  const provinces = [...text.matchAll(PROVINCE_RE)]
    .map((m) => ({ name: /^[\p{Lu}\s]+$/u.test(m[2]!) ? titleCase(m[2]!) : m[2]!, at: m.index, raw: m[0] }))
    .filter((p) => !NOT_NAMES.test(p.name.split(" ")[0]!) && p.name !== meta.unitName);
  const best = mostFrequent(provinces.map((p) => provinceSlug(p.name)));
  if (best) {
    meta.province = best;
    const ev = provinces.find((p) => provinceSlug(p.name) === best)!;
    meta.provinceEvidence = clean(ev.raw);
  }
  // Signer: the name under the last "CHỦ TỊCH" line.
  let signerAfter = -1;
  const appendixAt = units.find((x) => /^phụ lục/iu.test(x.text))?.start ?? Infinity;
  units.forEach((u, i) => { if (u.start < appendixAt && u.text.includes("CHỦ TỊCH") && /CHỦ TỊCH\s*$/u.test(u.text)) signerAfter = i; });
  if (signerAfter >= 0) {
    const name = units.slice(signerAfter + 1).find((u) => u.kind !== "table" && /^[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+){1,4}$/u.test(u.text.trim()));
    if (name) meta.signer = name.text.trim();
  }
  if (meta.unitName && meta.unitKind) {
    const kindWord = meta.unitKind === "xa" ? "xã" : meta.unitKind === "phuong" ? "phường" : "đặc khu";
    meta.issuer = `Ủy ban nhân dân ${kindWord} ${meta.unitName}`;
  }
  void fold;
  return meta;
}

/** "Số: 245/KH-UBND", "Số 12/KH-UBND", "Số: /KH-UBND" (blank): capital S, at a line or cell start or after a blank. */
const NUMBER_RE = /(?:^|\s)(?:Số|SỐ)(?:\s{0,10}:\s{0,10}|\s{0,10}(?=\d))(\d[\w./-]{0,40}\/[\p{L}\d./-]{1,40}|\d[\w.-]{0,40})?\s{0,10}(?=\/|$|\s)/u;

/**
 * The lines of the letterhead: every paragraph before the title, and the cells of a letterhead table
 * (Word lays "UBND XÃ …" beside the national motto, and the number beside the date, in a table
 * without borders; a text export writes them tab-separated). Each keeps its offsets.
 */
export function letterheadLines(units: readonly Unit[]): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const u of units.slice(0, 16)) {
    if (u.kind === "table") {
      for (const row of u.table!.rows.slice(0, 4)) for (const c of row.cells) if (!c.covered && c.text.trim()) out.push({ text: clean(c.text), start: c.span.start, end: c.span.end });
      continue;
    }
    if (/^(?:#+\s*)?(?:kế hoạch|báo cáo)\b/iu.test(u.text) && !/^kế hoạch số/iu.test(u.text)) break;
    out.push({ text: u.text, start: u.start, end: u.end });
  }
  return out;
}
